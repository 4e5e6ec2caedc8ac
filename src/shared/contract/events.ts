import { z } from 'zod';
import { customerIdSchema } from '../domain/customer';
import { phoneAccountViewSchema } from '../domain/phone-account';
import { settingsSchema } from '../domain/settings';
import { syncStatusSchema } from '../domain/sync-status';
import { effectivePolicySchema } from '../policy/effective-policy';
import { updateStatusSchema } from '../updates/console-activity';

/** Every event main may push to the renderer, with its payload schema. */
export const events = {
  'settings.changed': settingsSchema,
  'phone.account.changed': phoneAccountViewSchema,
  /**
   * The OS handed Parley a tel:/sip: link. The link itself is collected with
   * `phone.dial-links.take`, the same call that picks up one that arrived
   * before the page was listening: none is lost, none is handled twice.
   */
  'phone.dial-requested': z.object({}).strict(),
  /** A script got a new version: calls starting from now on use it. */
  'scripts.changed': z.object({ slug: z.string() }).strict(),
  /** A call's script run changed (wrap-up prefills from it). */
  'scripts.run.changed': z.object({ interactionId: z.number().int() }).strict(),
  /** A call's ending was stored: the agent's own list of calls and today's numbers reload. */
  'calls.recorded': z.object({ interactionId: z.number().int() }).strict(),
  /** An evaluation was saved or replied to here, or arrived from the CRM: review panes and the agent's list reload. */
  'evaluations.changed': z.object({}).strict(),
  /** An evaluation form got a new version here (forms from the CRM arrive with \`sync.status-changed\`): review panes and the form editor reload. */
  'scorecards.changed': z.object({ slug: z.string() }).strict(),
  /** A customer's notes, promises or calls changed (a wrap-up saved, a promise kept): cards and reminders reload. */
  'customers.changed': z.object({ customerId: customerIdSchema }).strict(),
  /** The link to the CRM changed state, a round ended, or something was queued for it. */
  'sync.status-changed': syncStatusSchema,
  /** The roster file was read again (at start, or with a new policy): who is who may have changed. */
  'roster.changed': z.object({}).strict(),
  /** The browser shell re-read its policy file (SIGHUP): locks and problems changed. */
  'policy.changed': effectivePolicySchema,
  /** The update moved on (found, downloaded and verified — `ready` —, or refused at verification). */
  'updates.status-changed': updateStatusSchema,
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;

export const eventNames = Object.keys(events) as EventName[];

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(events, name);
}
