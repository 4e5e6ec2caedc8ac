import { z } from 'zod';
import { addressProblems } from '../domain/endpoint-address';
import { grantRefusalReasons } from '../domain/supervision';
import { formEditRefusals } from '../review/review-access';
import { scorecardFormProblemSchema } from '../scorecards/scorecard-form-draft';
import { errorKind } from './error';

/*
 * The kinds of refusal methods declare (src/shared/contract/methods.ts), with
 * the details the UI needs to say each in the agent's language. One kind,
 * one translation (`errors.<code>` in the locales).
 */

export const customerNotFound = errorKind('customer_not_found', { customerId: z.number().int() });
export const callNotFound = errorKind('call_not_found', { interactionId: z.number().int() });
export const promiseNotFound = errorKind('promise_not_found', { promiseId: z.number().int() });
export const scriptNotFound = errorKind('script_not_found', { slug: z.string() });
/** The run names a script version this console does not hold. */
export const scriptVersionNotFound = errorKind('script_version_not_found', { scriptId: z.number().int() });
/** Finishing was asked while a required field of the script is still empty. */
export const scriptUnfinished = errorKind('script_unfinished');
/** A caller's number (or SIP user) that cannot be called back, so it is not stored as a phone. */
export const notAPhoneNumber = errorKind('not_a_phone_number', { phone: z.string() });
/** A disposition or root cause that is not (or no longer) an active code of its list. */
export const unknownCode = errorKind('unknown_code', { list: z.enum(['disposition', 'root-cause']), given: z.string() });
/** Notes and promises belong to a customer: the agent must say who called first. */
export const needsCustomer = errorKind('needs_customer', { for: z.enum(['note', 'promises']) });
export const noSipPassword = errorKind('no_sip_password');
/** No OS keychain to keep a secret in (Linux without a running, unlocked secret service): nothing was stored. */
export const keychainMissing = errorKind('keychain_missing');
/** A stored secret could not be decrypted: it must be entered again. */
export const secretUnreadable = errorKind('secret_unreadable', { secret: z.string() });
export const heldChangeNotFound = errorKind('held_change_not_found', { key: z.string() });
export const crmAddressRefused = errorKind('crm_address_refused', { problem: z.enum(addressProblems) });
export const crmUrlTooLong = errorKind('crm_url_too_long', { limit: z.number().int() });
export const crmTokenTooLong = errorKind('crm_token_too_long', { limit: z.number().int() });
/** IT's policy sets this setting (by `policyKey`): the console does not change it. `setting` is a policy target, e.g. `settings.wrapUpSeconds`, `phone.server`. */
export const settingLocked = errorKind('setting_locked', { setting: z.string(), policyKey: z.string() });
/** "Restart now" while a call rings or is up, or in wrap-up: the update waits for an idle moment. */
export const updateNotIdle = errorKind('update_not_idle', { reason: z.enum(['no-activity-known', 'ringing', 'in-call', 'wrap-up']) });
/** "Restart now" with nothing downloaded and verified to restart into. */
export const noUpdateReady = errorKind('no_update_ready');
/** The CRM could not be asked (none is set up) or did not answer as the contract says: what sync would report. */
export const crmUnavailable = errorKind('crm_unavailable', { problem: z.enum(['not-configured', 'unreachable', 'unauthorized', 'server-error', 'bad-answer']) });
/** Monitoring asked for by someone the roster does not make a supervisor (or admin) of the agent's team, or for someone not in it. */
export const notASupervisor = errorKind('not_a_supervisor', { agentId: z.string() });
/** The CRM would not grant this monitoring (HTTP 403), in its own words. */
export const supervisionRefused = errorKind('supervision_refused', { reason: z.string() });
/** A monitoring call's grant this console does not accept; written to the audit log. */
export const supervisionGrantRefused = errorKind('supervision_grant_refused', { reason: z.enum(grantRefusalReasons) });
/** A session event for a monitoring session this console never recorded the start of. */
export const supervisionSessionNotFound = errorKind('supervision_session_not_found', { sessionId: z.string() });
/** The call belongs to an agent outside the teams this user leads (or, for an agent, to someone else). */
export const reviewNotAllowed = errorKind('review_not_allowed', { interactionId: z.number().int() });
/** A scorecard saved with questions still unanswered (not applicable counts as an answer). */
export const scorecardUnanswered = errorKind('scorecard_unanswered');
/** The form version named is not one this console holds. */
export const scorecardFormNotFound = errorKind('scorecard_form_not_found', { slug: z.string(), version: z.number().int() });
/** Only an active supervisor or admin of the roster may edit evaluation forms; the refusal is audited. */
export const scorecardEditRefused = errorKind('scorecard_edit_refused', { reason: z.enum(formEditRefusals) });
/** A form that breaks the rules of forms, with every problem and where (the editor marks each beside its question). */
export const scorecardFormInvalid = errorKind('scorecard_form_invalid', { problems: z.array(scorecardFormProblemSchema) });
/** The evaluation is not in this console's cache (yet), or is of someone else's call. */
export const evaluationNotFound = errorKind('evaluation_not_found', { evaluationId: z.string() });
/** Trends asked for figures this person may not see (an agent sees their own, a supervisor their teams'), or by someone the roster does not know. `name`: the team or agent refused. */
export const trendsRefused = errorKind('trends_refused', { reason: z.enum(['not-in-roster', 'team-not-watched', 'agent-not-watched']), name: z.string().nullable() });
