import { fail } from '@shared/contract/error';
import type { Handlers } from '@shared/contract/dispatcher';
import type { Store } from '../../store/connection';
import { getRoster } from '../roster/roster';
import type { SecretStore } from '../secrets/secret-store';
import { savedCrmEndpoint } from '../sync/crm-connection-store';
import { createGrantClient } from '../sync/grant-client';
import { recordSupervisionEvent } from './record-session';
import { requestGrant } from './request-grant';
import { verifyGrant } from './verify-grant';

type SupervisionMethods = 'supervision.grant.request' | 'supervision.grant.verify' | 'supervision.session.record';

/** The contract's supervision methods: grants asked of the CRM, grants checked, sessions recorded. */
export function supervisionHandlers(store: Store, secrets: SecretStore): Pick<Handlers, SupervisionMethods> {
  return {
    'supervision.grant.request': async (request) => {
      const endpoint = savedCrmEndpoint(store, secrets);
      const outcome = await requestGrant(store, endpoint && createGrantClient(endpoint), request, getRoster(store));
      if (outcome.granted) return outcome.grant;
      switch (outcome.refusal) {
        case 'not-a-supervisor':
          return fail({ code: 'not_a_supervisor', agentId: request.agentId });
        case 'crm-refused':
          return fail({ code: 'supervision_refused', reason: outcome.reason });
        case 'crm-unavailable':
          return fail({ code: 'crm_unavailable', problem: outcome.problem });
      }
    },
    'supervision.grant.verify': (request) => {
      const check = verifyGrant(store, request, getRoster(store));
      return check.accepted ? check.grant : fail({ code: 'supervision_grant_refused', reason: check.reason });
    },
    'supervision.session.record': (event) => {
      const outcome = recordSupervisionEvent(store, event);
      if (outcome === 'no-session') return fail({ code: 'supervision_session_not_found', sessionId: event.sessionId });
      if (outcome === 'no-call') return fail({ code: 'call_not_found', interactionId: event.interactionId ?? 0 });
      return {};
    },
  };
}
