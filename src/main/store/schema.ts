/**
 * Typed view of the tables created by ./migrations. The SQL files are the
 * source of truth; tests/unit/store/schema-matches-migrations.test.ts fails
 * when a table or column here differs from what they create.
 */
import { integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { callEndReasons } from '@shared/domain/call-ending';
import { callDirections, callOutcomes, customerTiers, promiseOwnerTypes, promiseStatuses, tones } from '@shared/domain/customer';
import { evaluationResponses } from '@shared/domain/evaluation';
import { outboxKinds } from '@shared/domain/held-entry';
import { supportedLanguages } from '@shared/domain/language';
import { rosterRoles } from '@shared/domain/roster';
import { supervisionEndReasons, supervisionModes, supervisionSides } from '@shared/domain/supervision';
import type { LocalWords, ScorecardAnswers, ScorecardQuestion } from '@shared/scorecards/scorecard-form';

export const customers = sqliteTable('customers', {
  id: integer('id').primaryKey(),
  externalId: text('external_id'),
  firstName: text('first_name').notNull(),
  lastName: text('last_name').notNull(),
  displayName: text('display_name').notNull(),
  company: text('company'),
  email: text('email'),
  tier: text('tier', { enum: customerTiers }).notNull(),
  preferredLanguage: text('preferred_language', { enum: supportedLanguages }),
  preferredTone: text('preferred_tone', { enum: tones }).notNull(),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
});

export const customerTags = sqliteTable(
  'customer_tags',
  {
    customerId: integer('customer_id').notNull(),
    tag: text('tag').notNull(),
  },
  (table) => [primaryKey({ columns: [table.customerId, table.tag] })],
);

export const customerPhones = sqliteTable('customer_phones', {
  id: integer('id').primaryKey(),
  customerId: integer('customer_id').notNull(),
  e164: text('e164').notNull(),
  label: text('label'),
});

const codeListColumns = {
  code: text('code').primaryKey(),
  labelEn: text('label_en').notNull(),
  labelRu: text('label_ru').notNull(),
  labelUk: text('label_uk').notNull(),
  sortOrder: integer('sort_order').notNull(),
  active: integer('active', { mode: 'boolean' }).notNull(),
};
export const dispositionCodes = sqliteTable('disposition_codes', codeListColumns);
export const rootCauseCodes = sqliteTable('root_cause_codes', codeListColumns);

export const interactions = sqliteTable('interactions', {
  id: integer('id').primaryKey(),
  externalId: text('external_id'),
  customerId: integer('customer_id'),
  direction: text('direction', { enum: callDirections }).notNull(),
  fromNumber: text('from_number').notNull(),
  toNumber: text('to_number').notNull(),
  sipCallId: text('sip_call_id'),
  startedAt: integer('started_at').notNull(),
  answeredAt: integer('answered_at'),
  endedAt: integer('ended_at'),
  agent: text('agent'),
  outcome: text('outcome', { enum: callOutcomes }),
  dispositionCode: text('disposition_code'),
  customerWanted: text('customer_wanted'),
  weOffered: text('we_offered'),
  endReason: text('end_reason', { enum: callEndReasons }),
  sipCode: integer('sip_code'),
  longestNoAudioSeconds: integer('longest_no_audio_s'),
  updatedAt: integer('updated_at'),
  wrappedUpAt: integer('wrapped_up_at'),
  qualityMos: real('quality_mos'),
  qualityLossPercent: real('quality_loss_percent'),
  qualityJitterMs: real('quality_jitter_ms'),
  qualityRoundTripMs: real('quality_round_trip_ms'),
});

export const interactionRootCauses = sqliteTable(
  'interaction_root_causes',
  {
    interactionId: integer('interaction_id').notNull(),
    code: text('code').notNull(),
  },
  (table) => [primaryKey({ columns: [table.interactionId, table.code] })],
);

export const notes = sqliteTable('notes', {
  id: integer('id').primaryKey(),
  externalId: text('external_id'),
  customerId: integer('customer_id').notNull(),
  interactionId: integer('interaction_id'),
  author: text('author').notNull(),
  body: text('body').notNull(),
  createdAt: integer('created_at').notNull(),
});

export const noteDrafts = sqliteTable('note_drafts', {
  id: integer('id').primaryKey(),
  customerId: integer('customer_id'),
  interactionId: integer('interaction_id'),
  body: text('body').notNull(),
  updatedAt: integer('updated_at').notNull(),
  /** The rest of the wrap-up being typed (JSON, `wrapUpDraftSchema` without the note). */
  wrapUp: text('wrap_up'),
});

export const promises = sqliteTable('promises', {
  id: integer('id').primaryKey(),
  externalId: text('external_id'),
  customerId: integer('customer_id').notNull(),
  interactionId: integer('interaction_id'),
  description: text('description').notNull(),
  ownerType: text('owner_type', { enum: promiseOwnerTypes }).notNull(),
  ownerName: text('owner_name').notNull(),
  dueAt: integer('due_at').notNull(),
  status: text('status', { enum: promiseStatuses }).notNull(),
  statusChangedAt: integer('status_changed_at').notNull(),
  createdAt: integer('created_at').notNull(),
});

export const scripts = sqliteTable('scripts', {
  id: integer('id').primaryKey(),
  slug: text('slug').notNull(),
  version: integer('version').notNull(),
  title: text('title').notNull(),
  body: text('body', { mode: 'json' }).notNull(),
  createdAt: integer('created_at').notNull(),
  createdBy: text('created_by'),
});

export const scriptRuns = sqliteTable('script_runs', {
  id: integer('id').primaryKey(),
  interactionId: integer('interaction_id'),
  /** The call's customer, kept by triggers (migration 0009) for the card's timeline. */
  customerId: integer('customer_id'),
  scriptId: integer('script_id').notNull(),
  path: text('path', { mode: 'json' }).notNull(),
  answers: text('answers', { mode: 'json' }).notNull(),
  missedCheckpoints: text('missed_checkpoints', { mode: 'json' }).notNull(),
  startedAt: integer('started_at').notNull(),
  finishedAt: integer('finished_at'),
  language: text('language', { enum: supportedLanguages }).notNull(),
  tone: text('tone', { enum: tones }).notNull(),
});

/** The CRM's roster (migration 0012): the people, their SIP addresses, teams and roles. */
export const agents = sqliteTable('agents', {
  id: integer('id').primaryKey(),
  externalId: text('external_id').notNull(),
  sipAddress: text('sip_address').notNull(),
  displayName: text('display_name').notNull(),
  team: text('team').notNull(),
  leadsTeams: text('leads_teams', { mode: 'json' }).$type<string[]>().notNull(),
  role: text('role', { enum: rosterRoles }).notNull(),
  active: integer('active', { mode: 'boolean' }).notNull(),
  updatedAt: integer('updated_at').notNull(),
});

/** The CRM's public keys that sign monitoring grants (migration 0013, sync item `supervision-key`). */
export const supervisionKeys = sqliteTable('supervision_keys', {
  kid: text('kid').primaryKey(),
  publicKey: text('public_key').notNull(),
  validFrom: integer('valid_from').notNull(),
  validUntil: integer('valid_until'),
  updatedAt: integer('updated_at').notNull(),
});

/** Nonces of grants already accepted, kept until the grant would be refused as expired anyway. */
export const supervisionGrantNonces = sqliteTable('supervision_grant_nonces', {
  nonce: text('nonce').primaryKey(),
  usedAt: integer('used_at').notNull(),
  keepUntil: integer('keep_until').notNull(),
});

/** Monitoring sessions this console took part in, one row per side. */
export const supervisionSessions = sqliteTable('supervision_sessions', {
  id: integer('id').primaryKey(),
  sessionId: text('session_id').notNull(),
  side: text('side', { enum: supervisionSides }).notNull(),
  supervisorId: text('supervisor_id').notNull(),
  agentId: text('agent_id').notNull(),
  callId: text('call_id').notNull(),
  interactionId: integer('interaction_id').references(() => interactions.id),
  startedAt: integer('started_at').notNull(),
  endedAt: integer('ended_at'),
  endReason: text('end_reason', { enum: supervisionEndReasons }),
});

/** Which mode a session was in, from when to when (`endedAt` null: still in it). */
export const supervisionModePeriods = sqliteTable('supervision_mode_periods', {
  id: integer('id').primaryKey(),
  session: integer('session')
    .notNull()
    .references(() => supervisionSessions.id),
  mode: text('mode', { enum: supervisionModes }).notNull(),
  startedAt: integer('started_at').notNull(),
  endedAt: integer('ended_at'),
});

/** Calls scored against an evaluation form, and the agent's reply (migration 0015). */
export const evaluations = sqliteTable('evaluations', {
  id: integer('id').primaryKey(),
  externalId: text('external_id').notNull(),
  interactionId: integer('interaction_id'),
  agent: text('agent').notNull(),
  evaluator: text('evaluator').notNull(),
  formSlug: text('form_slug').notNull(),
  formVersion: integer('form_version').notNull(),
  answers: text('answers', { mode: 'json' }).$type<ScorecardAnswers>().notNull(),
  comment: text('comment').notNull(),
  scorePercent: real('score_percent'),
  failedCritical: text('failed_critical', { mode: 'json' }).$type<string[]>().notNull(),
  createdAt: integer('created_at').notNull(),
  response: text('response', { enum: evaluationResponses }).notNull(),
  responseComment: text('response_comment').notNull(),
  respondedAt: integer('responded_at'),
  updatedAt: integer('updated_at').notNull(),
});

/** Evaluation forms, one row per version (migration 0018): a version never changes once stored. */
export const scorecardForms = sqliteTable('scorecard_forms', {
  id: integer('id').primaryKey(),
  slug: text('slug').notNull(),
  version: integer('version').notNull(),
  title: text('title', { mode: 'json' }).$type<LocalWords>().notNull(),
  questions: text('questions', { mode: 'json' }).$type<ScorecardQuestion[]>().notNull(),
  createdAt: integer('created_at').notNull(),
  createdBy: text('created_by'),
});

export const syncOutbox = sqliteTable('sync_outbox', {
  id: integer('id').primaryKey(),
  idempotencyKey: text('idempotency_key').notNull(),
  entity: text('entity', { enum: outboxKinds }).notNull(),
  operation: text('operation').notNull(),
  payload: text('payload', { mode: 'json' }).notNull(),
  createdAt: integer('created_at').notNull(),
  attempts: integer('attempts').notNull(),
  nextAttemptAt: integer('next_attempt_at').notNull(),
  lastError: text('last_error'),
  ackedAt: integer('acked_at'),
  /** The CRM refused the entry for good: it waits for the agent's retry or discard. */
  heldReason: text('held_reason'),
});

export const syncCursors = sqliteTable('sync_cursors', {
  stream: text('stream').primaryKey(),
  cursor: text('cursor').notNull(),
  updatedAt: integer('updated_at').notNull(),
});

export const auditLog = sqliteTable('audit_log', {
  id: integer('id').primaryKey(),
  at: integer('at').notNull(),
  actor: text('actor').notNull(),
  action: text('action').notNull(),
  entity: text('entity'),
  entityId: text('entity_id'),
  details: text('details', { mode: 'json' }),
});

export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).notNull(),
  updatedAt: integer('updated_at').notNull(),
});

/** Daily sums of each call's trend facts (migration 0014), kept by triggers; see the migration for what each counts. */
export const trendDays = sqliteTable(
  'trend_days',
  {
    day: integer('day').notNull(),
    agent: text('agent').notNull(),
    queue: text('queue').notNull(),
    tier: text('tier').notNull(),
    language: text('language').notNull(),
    calls: integer('calls').notNull(),
    inbound: integer('inbound').notNull(),
    answered: integer('answered').notNull(),
    missed: integer('missed').notNull(),
    abandoned: integer('abandoned').notNull(),
    handleMs: integer('handle_ms').notNull(),
    handled: integer('handled').notNull(),
    wrapUpMs: integer('wrap_up_ms').notNull(),
    wrappedUp: integer('wrapped_up').notNull(),
    repeatContacts: integer('repeat_contacts').notNull(),
    wantedWritten: integer('wanted_written').notNull(),
    mismatches: integer('mismatches').notNull(),
  },
  (table) => [primaryKey({ columns: [table.day, table.agent, table.queue, table.tier, table.language] })],
);

/** Daily counts of calls by disposition and by root cause (migration 0014). */
export const trendDayCodes = sqliteTable(
  'trend_day_codes',
  {
    kind: text('kind', { enum: ['disposition', 'root-cause'] }).notNull(),
    day: integer('day').notNull(),
    code: text('code').notNull(),
    agent: text('agent').notNull(),
    queue: text('queue').notNull(),
    tier: text('tier').notNull(),
    language: text('language').notNull(),
    calls: integer('calls').notNull(),
  },
  (table) => [primaryKey({ columns: [table.kind, table.day, table.code, table.agent, table.queue, table.tier, table.language] })],
);

/** The promise counts both promise rollups share: a new set of column builders for each table, none shared between tables. */
const promiseSums = () => ({
  made: integer('made').notNull(),
  kept: integer('kept').notNull(),
  broken: integer('broken').notNull(),
  cancelled: integer('cancelled').notNull(),
  open: integer('open').notNull(),
});

/** Daily counts of promises made, by where they stand now (migration 0019; the keys of trend_days). */
export const trendPromiseDays = sqliteTable(
  'trend_promise_days',
  {
    day: integer('day').notNull(),
    agent: text('agent').notNull(),
    queue: text('queue').notNull(),
    tier: text('tier').notNull(),
    language: text('language').notNull(),
    ...promiseSums(),
  },
  (table) => [primaryKey({ columns: [table.day, table.agent, table.queue, table.tier, table.language] })],
);

/** The same counts by who keeps the promise, the owner right after the day (migration 0019). */
export const trendPromiseOwnerDays = sqliteTable(
  'trend_promise_owner_days',
  {
    day: integer('day').notNull(),
    ownerType: text('owner_type').notNull(),
    ownerName: text('owner_name').notNull(),
    agent: text('agent').notNull(),
    queue: text('queue').notNull(),
    tier: text('tier').notNull(),
    language: text('language').notNull(),
    ...promiseSums(),
  },
  (table) => [primaryKey({ columns: [table.day, table.ownerType, table.ownerName, table.agent, table.queue, table.tier, table.language] })],
);

/** Each open promise with its due time and the facts it counts under, for the overdue count (migration 0019). */
export const trendOpenPromises = sqliteTable(
  'trend_open_promises',
  {
    day: integer('day').notNull(),
    ownerType: text('owner_type').notNull(),
    ownerName: text('owner_name').notNull(),
    agent: text('agent').notNull(),
    promiseId: integer('promise_id').notNull(),
    queue: text('queue').notNull(),
    tier: text('tier').notNull(),
    language: text('language').notNull(),
    dueAt: integer('due_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.day, table.ownerType, table.ownerName, table.agent, table.promiseId] })],
);
