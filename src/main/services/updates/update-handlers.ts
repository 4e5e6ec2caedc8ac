import type { Handlers } from '@shared/contract/dispatcher';
import { fail } from '@shared/contract/error';
import type { UpdateController } from './update-controller';

export function updateHandlers(updates: UpdateController): Pick<Handlers, 'updates.status' | 'updates.report-activity' | 'updates.restart-now'> {
  return {
    'updates.status': () => updates.status(),
    'updates.report-activity': (activity) => {
      updates.reportActivity(activity);
      return {};
    },
    'updates.restart-now': () => {
      const answer = updates.restartNow();
      if (answer.restarting) return {};
      if (answer.reason === 'no-update-ready') return fail({ code: 'no_update_ready' });
      if (answer.reason === 'ringing' || answer.reason === 'in-call' || answer.reason === 'wrap-up' || answer.reason === 'no-activity-known') {
        return fail({ code: 'update_not_idle', reason: answer.reason });
      }
      // Window and idle-time reasons belong to the automatic install, never to the agent's own request.
      return fail({ code: 'no_update_ready' });
    },
  };
}
