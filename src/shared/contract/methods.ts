import { z } from 'zod';
import {
  customerHitSchema,
  customerIdSchema,
  customerProfileSchema,
  promiseSchema,
  timelineCursorSchema,
  timelinePageSchema,
} from '../domain/customer';
import { callRecordSchema, callStartSchema } from '../domain/call-record';
import { dialRequestSchema } from '../domain/dial-link';
import { myCallsQuerySchema, myCallsSchema } from '../domain/my-calls';
import { rosterSchema } from '../domain/roster';
import { agentStatsQuerySchema, agentStatsSchema } from '../domain/board';
import { boardAlertRulesSchema } from '../domain/board-alerts';
import {
  grantRequestSchema,
  grantSchema,
  grantVerifyRequestSchema,
  supervisionSessionEventSchema,
  verifiedGrantSchema,
} from '../domain/supervision';
import { callReviewSchema, reviewableCallSchema } from '../domain/call-review';
import { evaluationReplySchema, evaluationSaveSchema, evaluationSchema, evaluationScoresQuerySchema, evaluationScoresSchema } from '../domain/evaluation';
import { exportedFileSchema, tableExportRequestSchema } from '../domain/table-export';
import { trendCallsQuerySchema, trendCallsSchema, trendQuerySchema, trendReportSchema } from '../domain/trends';
import { phoneAccountSaveSchema, phoneAccountViewSchema } from '../domain/phone-account';
import { settingsPatchSchema, settingsSchema } from '../domain/settings';
import { formEditRefusals } from '../review/review-access';
import { storedScorecardFormSchema } from '../scorecards/scorecard-form';
import { scorecardFormDraftSchema } from '../scorecards/scorecard-form-draft';
import { scriptIssueSchema } from '../scripts/script-issue';
import { scriptRunSaveSchema, scriptRunSchema } from '../scripts/script-run';
import { storedScriptSchema } from '../scripts/script-schema';
import { newCustomerSchema } from '../domain/new-customer';
import {
  dueSoonQuerySchema,
  pendingWrapUpSchema,
  promiseStatusChangeSchema,
  promiseUpdateSchema,
  wrapUpCodesSchema,
  wrapUpDraftSaveSchema,
  wrapUpSaveSchema,
} from '../domain/wrap-up';
import { crmConnectionSaveSchema, crmConnectionViewSchema } from '../domain/crm-connection';
import { syncStatusSchema } from '../domain/sync-status';
import { heldEntryActionSchema, heldEntryDiscardSchema, heldEntrySchema } from '../domain/held-entry';
import { storeRecoverySchema } from '../domain/store-recovery';
import { effectivePolicySchema } from '../policy/effective-policy';
import { logWriteSchema, sipTraceBatchSchema } from '../logging/log-entry';
import { supportBundleRequestSchema, supportBundleResultSchema } from '../support/support-bundle';
import { consoleActivitySchema, updateStatusSchema } from '../updates/console-activity';
import type { BoundaryError } from './error';
import { maxScriptTextLength, maxSearchQueryLength } from './limits';
import {
  callNotFound,
  crmAddressRefused,
  crmTokenTooLong,
  crmUnavailable,
  crmUrlTooLong,
  customerNotFound,
  evaluationNotFound,
  heldChangeNotFound,
  keychainMissing,
  needsCustomer,
  noSipPassword,
  notASupervisor,
  notAPhoneNumber,
  promiseNotFound,
  reviewNotAllowed,
  scorecardEditRefused,
  scorecardFormInvalid,
  scorecardFormNotFound,
  scorecardUnanswered,
  scriptNotFound,
  scriptUnfinished,
  scriptVersionNotFound,
  secretUnreadable,
  settingLocked,
  supervisionGrantRefused,
  supervisionRefused,
  supervisionSessionNotFound,
  trendsRefused,
  unknownCode,
  noUpdateReady,
  updateNotIdle,
} from './error-kinds';

/** A declared error kind: an object schema whose `code` is a literal. */
type ErrorKindSchema = z.ZodObject<{ code: z.ZodLiteral<string> }>;

interface MethodSpec<Req extends z.ZodType, Res extends z.ZodType, Errors extends readonly ErrorKindSchema[]> {
  request: Req;
  response: Res;
  /** The kinds of refusal the method answers besides the boundary errors every method may answer. */
  errors: Errors;
}

function method<Req extends z.ZodType, Res extends z.ZodType, const Errors extends readonly ErrorKindSchema[] = []>(
  request: Req,
  response: Res,
  errors: Errors = [] as unknown as Errors,
): MethodSpec<Req, Res, Errors> {
  return { request, response, errors };
}

const noParams = z.object({}).strict();

export const appInfoSchema = z.object({
  version: z.string(),
  shell: z.enum(['electron', 'web']),
  customerCount: z.number().int().nonnegative(),
  demoData: z.boolean(),
  /** Set when the database was found damaged at this start and the agent has not dismissed the notice yet. */
  storeRecovery: storeRecoverySchema.nullable(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

/**
 * Every call the renderer may make to main. Both shells bind the same
 * handlers to this table; nothing else crosses the boundary.
 */
export const methods = {
  'app.info': method(noParams, appInfoSchema),
  /**
   * Raises the console's window above the others (clicking an incoming-call
   * notification). The browser shell's host cannot raise a browser window: there
   * the page focuses itself, and this call changes nothing.
   */
  /** The agent read the damaged-database notice: no page shows it again (a new damage at a later start would). */
  'app.store-recovery.dismiss': method(noParams, z.object({}).strict()),
  'app.bring-to-front': method(noParams, z.object({}).strict()),
  'settings.get': method(noParams, settingsSchema),
  'settings.update': method(settingsPatchSchema, settingsSchema, [settingLocked]),
  /** IT's managed configuration as applied: the values it set, the settings it locks, and every key it ignored (with the rule broken). */
  'policy.get': method(noParams, effectivePolicySchema),
  'customers.search': method(
    z
      .object({
        query: z.string().trim().min(1, 'must not be empty').max(maxSearchQueryLength, `must be at most ${maxSearchQueryLength} characters`),
        limit: z.number().int().min(1).max(50).default(20),
      })
      .strict(),
    z.object({ hits: z.array(customerHitSchema) }),
  ),
  'customers.get': method(z.object({ customerId: customerIdSchema }).strict(), customerProfileSchema, [customerNotFound]),
  'customers.timeline': method(
    z
      .object({
        customerId: customerIdSchema,
        before: timelineCursorSchema.nullable().default(null),
        limit: z.number().int().min(1).max(200).default(50),
      })
      .strict(),
    timelinePageSchema,
  ),
  'phone.account.get': method(noParams, z.object({ account: phoneAccountViewSchema.nullable() })),
  'phone.account.save': method(phoneAccountSaveSchema, phoneAccountViewSchema, [keychainMissing, settingLocked]),
  /** The SIP password, for the renderer's phone to answer digest challenges (WebRTC lives there). */
  'phone.credentials': method(noParams, z.object({ password: z.string() }), [noSipPassword, secretUnreadable]),
  /** The tel:/sip: link the OS handed over last, once (null when none is waiting). */
  'phone.dial-links.take': method(noParams, z.object({ request: dialRequestSchema.nullable() })),
  /** A call rings or is dialled: it becomes an interaction now; the customers with its number come back for the screen pop. */
  'calls.start': method(
    callStartSchema,
    z.object({ interactionId: z.number().int(), customerIds: z.array(customerIdSchema), /** The caller's number in E.164, when it reads as one. */ e164: z.string().nullable() }),
  ),
  /** Every call, answered or not, ends up as an interaction with its outcome, linked to the customer whose number it was. */
  'calls.record': method(callRecordSchema, z.object({ interactionId: z.number().int(), customerId: z.number().int().nullable() })),
  /** The agent said who is calling (a number several customers share, or a customer just created). */
  'calls.link-customer': method(z.object({ interactionId: z.number().int().positive(), customerId: customerIdSchema }).strict(), z.object({}), [
    customerNotFound,
    callNotFound,
  ]),
  /** The agent's own panel: this console's newest calls (its SIP user's) and today's numbers, "today" as the page's clock says. */
  'calls.recent': method(myCallsQuerySchema, myCallsSchema),
  /** The CRM's roster and who this console's user is in it (by the phone account's SIP address). */
  'roster.get': method(noParams, rosterSchema),
  /** The supervisors' board: each agent's day (handled calls, handle time, wrap-up share) and overdue promises, by display name. */
  'board.agent-stats': method(agentStatsQuerySchema, z.object({ agents: z.array(agentStatsSchema) })),
  /** The alerts this supervisor set for the board (defaults until saved). */
  'board.alert-rules.get': method(noParams, boardAlertRulesSchema),
  'board.alert-rules.save': method(boardAlertRulesSchema, boardAlertRulesSchema),

  // Supervision (issue 13): who may listen, whisper or barge, proven by the CRM's signed grant; every session recorded.
  /** The supervisor's console asks the CRM for a grant to monitor this agent's call in this mode (at most 60 s to use it, once). */
  'supervision.grant.request': method(grantRequestSchema, grantSchema, [notASupervisor, supervisionRefused, crmUnavailable]),
  /** The agent's console checks a monitoring call's grant: signed by a CRM key of the feed, fresh, unused, for this agent, from that supervisor, allowing the mode. */
  'supervision.grant.verify': method(grantVerifyRequestSchema, verifiedGrantSchema, [supervisionGrantRefused]),
  /** A monitoring session started, changed mode or ended, on either console: audited; the supervisor's end goes to the CRM. */
  'supervision.session.record': method(supervisionSessionEventSchema, z.object({}).strict(), [supervisionSessionNotFound, callNotFound]),

  // Call review and scorecards (issue 14): a supervisor reviews their teams' calls, an agent their own.
  /** One call and everything it left behind (script path, wrap-up, notes, promises, quality, recording, evaluations), with the forms to score it with. */
  'calls.review': method(z.object({ interactionId: z.number().int().positive() }).strict(), callReviewSchema, [callNotFound, reviewNotAllowed]),
  /** The newest finished calls this user may review: their teams' (a supervisor) or their own (an agent). */
  'calls.reviewable': method(z.object({ limit: z.number().int().min(1).max(200).default(50) }).strict(), z.object({ calls: z.array(reviewableCallSchema) })),
  /** A supervisor's scorecard for a call: scored in main, stored, and sent to the CRM (and from there to the agent). */
  'evaluations.save': method(evaluationSaveSchema, evaluationSchema, [callNotFound, reviewNotAllowed, scorecardFormNotFound, scorecardUnanswered]),
  /** The evaluations of this user's own calls, newest first. */
  'evaluations.mine': method(z.object({ limit: z.number().int().min(1).max(200).default(50) }).strict(), z.object({ evaluations: z.array(evaluationSchema) })),
  /** The agent acknowledges an evaluation, or disputes it with a comment; sent to the CRM like the evaluation. */
  'evaluations.reply': method(evaluationReplySchema, evaluationSchema, [evaluationNotFound]),
  /** Trends: average scores per agent and per question over a period, optionally for one team. */
  'evaluations.scores': method(evaluationScoresQuerySchema, evaluationScoresSchema),
  /** Every evaluation form with its versions (newest first; the form saved last first), and whether this user may edit them (and if not, why). */
  'scorecards.forms.list': method(
    noParams,
    z.object({ forms: z.array(z.object({ slug: z.string(), versions: z.array(storedScorecardFormSchema) })), editAccess: z.enum(['allowed', ...formEditRefusals]) }),
  ),
  /** An edited (or new) form becomes its next version, for evaluations from now on, and goes to the CRM; earlier versions never change. `unchanged`: it was saved as its newest version already. */
  'scorecards.forms.save': method(scorecardFormDraftSchema, z.object({ form: storedScorecardFormSchema, unchanged: z.boolean() }), [scorecardEditRefused, scorecardFormInvalid]),
  // Trends (issue 14): the site's calls over days and weeks, from the cache's daily rollups; an agent sees their own, a supervisor their teams'.
  /** Every measure of a period by day or week, with the filters' options and the root causes flagged as spikes. */
  'trends.get': method(trendQuerySchema, trendReportSchema, [trendsRefused]),
  /** The calls behind one bar or point of a trend, newest first. */
  'trends.calls': method(trendCallsQuerySchema, trendCallsSchema, [trendsRefused]),
  /** A view's tables as a CSV or XLSX file (numbers and dates in the user's language, formulas neutralised), for the page to download. */
  'export.tables': method(tableExportRequestSchema, exportedFileSchema),

  // Call scripts (issue 5): versioned scripts, and the run of each call.
  /** The newest version of every script: what a call starting now is offered; and the scripts folder's files refused at start. */
  'scripts.list': method(noParams, z.object({ scripts: z.array(storedScriptSchema), folderIssues: z.array(scriptIssueSchema) })),
  /**
   * A script file (YAML or JSON), imported or saved from the editor, becomes the script's next version.
   * A broken file is not an error but an answer: every issue, with the file, the step and the reason.
   */
  'scripts.save': method(
    z.object({ file: z.string().trim().min(1).max(255), text: z.string().max(maxScriptTextLength, `must be at most ${maxScriptTextLength} characters`) }).strict(),
    z.object({ script: storedScriptSchema.nullable(), issues: z.array(scriptIssueSchema) }),
  ),
  /** The newest version of a script as a YAML file. */
  'scripts.export': method(z.object({ slug: z.string().min(1).max(64) }).strict(), z.object({ file: z.string(), text: z.string() }), [scriptNotFound]),
  /** Where the agent is in the call's script and what was captured; saved as they go. */
  'scripts.run.save': method(scriptRunSaveSchema, scriptRunSchema, [scriptVersionNotFound, callNotFound, scriptUnfinished]),
  /** The call's script run (null when no script was used): the pane on reopening, wrap-up's prefill. */
  'scripts.run.get': method(z.object({ interactionId: z.number().int().positive() }).strict(), z.object({ run: scriptRunSchema.nullable() })),

  // Screen pop and wrap-up: what a call leaves behind (notes, codes, promises) and the unknown caller's quick create.
  /** An unknown caller becomes a customer, keeping the number they called from. */
  'customers.create': method(newCustomerSchema, z.object({ customerId: customerIdSchema }), [notAPhoneNumber]),
  /** The disposition and root-cause lists the wrap-up offers (active codes, configurable). */
  'wrap-up.codes': method(noParams, wrapUpCodesSchema),
  /** The whole wrap-up of a call (note, codes, promises being typed), saved as it is typed so that no crash loses it. */
  'wrap-up.draft.save': method(wrapUpDraftSaveSchema, z.object({ savedAt: z.number().int() }), [callNotFound]),
  /** Calls whose wrap-up draft was never saved as a wrap-up: finished on the next start. */
  'wrap-up.pending': method(noParams, z.object({ pending: z.array(pendingWrapUpSchema) })),
  'wrap-up.save': method(wrapUpSaveSchema, z.object({ noteId: z.number().int().nullable(), promiseIds: z.array(z.number().int()) }), [
    callNotFound,
    unknownCode,
    needsCustomer,
  ]),
  'promises.update': method(promiseUpdateSchema, promiseSchema, [promiseNotFound]),
  /** A promise kept, broken or cancelled. */
  'promises.set-status': method(promiseStatusChangeSchema, promiseSchema, [promiseNotFound]),
  /** Open promises an owner must keep soon (or already late): the reminder. */
  'promises.due-soon': method(dueSoonQuerySchema, z.object({ promises: z.array(promiseSchema.extend({ customerId: customerIdSchema })) })),

  // CRM sync (issue 4): the status the call bar shows, and the connection.
  /** Last sync time, what waits to be sent, whether the CRM is reachable; changes arrive as `sync.status-changed`. */
  'sync.status': method(noParams, syncStatusSchema),
  /** Runs a sync round now and answers when it is over. */
  'sync.now': method(noParams, syncStatusSchema),
  'sync.connection.get': method(noParams, crmConnectionViewSchema),
  /** Sets the CRM's sync endpoint (and its token, kept as a secret); an empty url disconnects. */
  'sync.connection.save': method(crmConnectionSaveSchema, crmConnectionViewSchema, [crmAddressRefused, crmUrlTooLong, crmTokenTooLong, keychainMissing, settingLocked]),
  /** Changes the CRM refused for good, with its reason: held until sent again or discarded. */
  'sync.held.list': method(noParams, z.object({ entries: z.array(heldEntrySchema) })),
  /** Sends a held change again (the CRM's side was fixed); a round starts at once. */
  'sync.held.retry': method(heldEntryActionSchema, syncStatusSchema, [heldChangeNotFound]),
  /** Gives a held change up for good; the audit log records who did it. */
  'sync.held.discard': method(heldEntryDiscardSchema, syncStatusSchema, [heldChangeNotFound]),

  // Logs, support bundle, updates (IT)
  /** A line from the page into main's log files (redacted there). */
  'log.write': method(logWriteSchema, z.object({}).strict()),
  /** A SIP message the page's phone sent or received, for the support bundle's trace (redacted on arrival). */
  'log.sip': method(sipTraceBatchSchema, z.object({}).strict()),
  /** Writes a support bundle (zip) into the data folder's support/ and says where. */
  'support.export-bundle': method(supportBundleRequestSchema, supportBundleResultSchema),
  'updates.status': method(noParams, updateStatusSchema),
  /** The page tells main what the console is doing whenever it changes: an update never restarts it under a call. */
  'updates.report-activity': method(consoleActivitySchema, z.object({}).strict()),
  /** The agent's "restart now" into a downloaded update; refused unless the console is idle. */
  'updates.restart-now': method(noParams, z.object({}).strict(), [updateNotIdle, noUpdateReady]),
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
/** What a caller passes (defaults may be omitted). */
export type RequestInput<M extends MethodName> = z.input<Methods[M]['request']>;
/** What a handler receives, after validation filled the defaults. */
export type RequestOf<M extends MethodName> = z.output<Methods[M]['request']>;
export type ResponseOf<M extends MethodName> = z.output<Methods[M]['response']>;
/** The error kinds a method declares. */
export type MethodErrorOf<M extends MethodName> = z.output<Methods[M]['errors'][number]>;
/** Everything a call of the method may answer as an error. */
export type ErrorOf<M extends MethodName> = BoundaryError | MethodErrorOf<M>;

export const methodNames = Object.keys(methods) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(methods, name);
}
