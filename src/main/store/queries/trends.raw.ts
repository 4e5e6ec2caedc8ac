import type { LocalizedLabel } from '@shared/domain/language';
import type { AgentRestriction } from '@shared/domain/trend-scope';
import type { CallMeasures, TrendCall, TrendFilters, TrendSelection } from '@shared/domain/trends';
import type { Store } from '../connection';
import { preparedPerDatabase } from '../prepared';

/**
 * The trend queries, over the daily rollups of migrations 0014 and 0019 (and,
 * for the calls behind a point, over the fact views they sum). Raw SQL: each
 * filter is one JSON-array parameter (`json_each`), so every statement is
 * prepared once whatever the filters, and NULL means "not filtered".
 *
 * Each query groups by the day first and then by the columns that follow it
 * in the rollup's key, so SQLite sums the rows in the order it reads them,
 * with no sort; the caller adds the days up into buckets, agents or owners
 * (a few thousand rows for a year, against hundreds of thousands read).
 */

/** The filters, on the columns every rollup and fact view shares (`of`: the table's alias, if any). */
const dimensionsMatch = (of = '') => `
  (:agents IS NULL OR ${of}agent IN (SELECT value FROM json_each(:agents)))
  AND (:queues IS NULL OR ${of}queue IN (SELECT value FROM json_each(:queues)))
  AND (:tiers IS NULL OR ${of}tier IN (SELECT value FROM json_each(:tiers)))
  AND (:languages IS NULL OR ${of}language IN (SELECT value FROM json_each(:languages)))`;

const callSums = `sum(calls) AS calls, sum(inbound) AS inbound, sum(answered) AS answered, sum(missed) AS missed,
  sum(abandoned) AS abandoned, sum(handle_ms) AS handleMs, sum(handled) AS handled, sum(wrap_up_ms) AS wrapUpMs,
  sum(wrapped_up) AS wrappedUp, sum(repeat_contacts) AS repeatContacts, sum(wanted_written) AS wantedWritten,
  sum(mismatches) AS mismatches`;

const promiseSums = 'sum(made) AS made, sum(kept) AS kept, sum(broken) AS broken, sum(cancelled) AS cancelled, sum(open) AS open';

export interface TrendRange {
  fromDay: number;
  toDay: number;
  agents: AgentRestriction;
  filters: TrendFilters;
}

function parameters(range: TrendRange) {
  const list = (values: readonly string[]) => (values.length === 0 ? null : JSON.stringify(values));
  return {
    fromDay: range.fromDay,
    toDay: range.toDay,
    agents: range.agents === null ? null : JSON.stringify(range.agents),
    queues: list(range.filters.queues),
    tiers: list(range.filters.tiers),
    languages: list(range.filters.languages),
  };
}

type Parameters = ReturnType<typeof parameters>;
export type PromiseSums = { made: number; kept: number; broken: number; cancelled: number; open: number };
export type DayAgentCallRow = CallMeasures & { day: number; agent: string };
export type DayCodeRow = { day: number; code: string; calls: number };
export type DayAgentPromiseRow = PromiseSums & { day: number; agent: string };
export type DayOwnerPromiseRow = PromiseSums & { day: number; ownerType: string; ownerName: string };
export type DayOverdueRow = { day: number; ownerType: string; ownerName: string; agent: string; overdue: number };

const statements = preparedPerDatabase((store: Store) => {
  const prepare = <Row>(sql: string) => store.sqlite.prepare<Parameters, Row>(sql);
  const inPeriod = `day BETWEEN :fromDay AND :toDay AND ${dimensionsMatch()}`;
  const codes = (kind: 'disposition' | 'root-cause') =>
    prepare<DayCodeRow>(`SELECT day, code, sum(calls) AS calls FROM trend_day_codes WHERE kind = '${kind}' AND ${inPeriod} GROUP BY day, code`);
  return {
    calls: prepare<DayAgentCallRow>(`SELECT day, agent, ${callSums} FROM trend_days WHERE ${inPeriod} GROUP BY day, agent`),
    queues: prepare<string>(`SELECT DISTINCT queue FROM trend_days WHERE ${inPeriod} AND queue <> '' ORDER BY queue`).pluck(),
    disposition: codes('disposition'),
    'root-cause': codes('root-cause'),
    promises: prepare<DayAgentPromiseRow>(`SELECT day, agent, ${promiseSums} FROM trend_promise_days WHERE ${inPeriod} GROUP BY day, agent`),
    promiseOwners: prepare<DayOwnerPromiseRow>(
      `SELECT day, owner_type AS ownerType, owner_name AS ownerName, ${promiseSums} FROM trend_promise_owner_days
       WHERE ${inPeriod} GROUP BY day, owner_type, owner_name`,
    ),
  };
});

// Overdue depends on the clock, so it is counted from the open promises themselves (migration 0019's list of them).
const overdueStatement = preparedPerDatabase((store: Store) =>
  store.sqlite.prepare<Parameters & { now: number }, DayOverdueRow>(
    `SELECT day, owner_type AS ownerType, owner_name AS ownerName, agent, count(*) AS overdue
     FROM trend_open_promises
     WHERE due_at < :now AND day BETWEEN :fromDay AND :toDay AND ${dimensionsMatch()}
     GROUP BY day, owner_type, owner_name, agent`,
  ),
);

/** Call measures by day and agent. */
export function trendCallRows(store: Store, range: TrendRange): DayAgentCallRow[] {
  return statements(store).calls.all(parameters(range));
}
export function trendQueues(store: Store, range: TrendRange): string[] {
  return statements(store).queues.all(parameters(range));
}
/** Calls by day and code. */
export function trendCodeRows(store: Store, range: TrendRange, kind: 'disposition' | 'root-cause'): DayCodeRow[] {
  return statements(store)[kind].all(parameters(range));
}
/** Promises made, by day and agent, and by day and owner. */
export function trendPromiseRows(store: Store, range: TrendRange): { byAgent: DayAgentPromiseRow[]; byOwner: DayOwnerPromiseRow[] } {
  const prepared = statements(store);
  const values = parameters(range);
  return { byAgent: prepared.promises.all(values), byOwner: prepared.promiseOwners.all(values) };
}
/** Promises made in the period and open past their due time at `now`, by the day made, owner and agent. */
export function trendOverdueRows(store: Store, range: TrendRange, now: number): DayOverdueRow[] {
  return overdueStatement(store).all({ ...parameters(range), now });
}

/** Every code of a list, active or not (history keeps retired codes), with its labels. */
export function codeLabels(store: Store, kind: 'disposition' | 'root-cause'): Map<string, LocalizedLabel> {
  const table = kind === 'disposition' ? 'disposition_codes' : 'root_cause_codes';
  const rows = store.sqlite.prepare<[], { code: string; en: string; ru: string; uk: string }>(`SELECT code, label_en AS en, label_ru AS ru, label_uk AS uk FROM ${table}`).all();
  return new Map(rows.map(({ code, en, ru, uk }) => [code, { en, ru, uk }]));
}

/** What a selection adds to the calls' WHERE: the same facts the rollups sum, so a bar and its list always agree. */
const selectionMatch = `
  CASE :measure
    WHEN 'calls' THEN 1
    WHEN 'answered' THEN f.answered
    WHEN 'missed' THEN f.missed
    WHEN 'abandoned' THEN f.abandoned
    WHEN 'repeat-contacts' THEN f.repeat_contact
    WHEN 'mismatches' THEN f.mismatch
    WHEN 'disposition' THEN i.disposition_code = :selected
    WHEN 'root-cause' THEN EXISTS (SELECT 1 FROM interaction_root_causes r WHERE r.interaction_id = f.interaction_id AND r.code = :selected)
    WHEN 'promises' THEN EXISTS (
      SELECT 1 FROM promises p WHERE p.interaction_id = f.interaction_id
        AND (:owner IS NULL OR p.owner_name = :owner)
        AND (:selected = 'made' OR p.status = :selected
             OR (:selected = 'overdue' AND p.status = 'open' AND p.due_at < :now)
             OR (:selected = 'pending' AND p.status = 'open' AND p.due_at >= :now)))
  END`;

type CallParameters = Parameters & { measure: string; selected: string | null; owner: string | null; now: number; fromMs: number; toMs: number; limit: number };

const callStatements = preparedPerDatabase((store: Store) => {
  // The period by start time (the index interactions_by_start), the dimensions and the measure by the facts.
  const where = `f.started_at >= :fromMs AND f.started_at < :toMs AND ${dimensionsMatch('f.')} AND ${selectionMatch}`;
  const from = 'trend_call_facts f JOIN interactions i ON i.id = f.interaction_id';
  return {
    page: store.sqlite.prepare<CallParameters, TrendCall>(
      `SELECT f.interaction_id AS interactionId, f.started_at AS startedAt, i.direction, i.agent, i.customer_id AS customerId,
              c.display_name AS customerName, CASE i.direction WHEN 'inbound' THEN i.from_number ELSE i.to_number END AS remote,
              i.outcome, i.disposition_code AS dispositionCode, CASE WHEN f.handled THEN f.handle_ms END AS handleMs
       FROM ${from} LEFT JOIN customers c ON c.id = i.customer_id
       WHERE ${where}
       ORDER BY f.started_at DESC, f.interaction_id DESC LIMIT :limit`,
    ),
    total: store.sqlite.prepare<CallParameters, number>(`SELECT count(*) FROM ${from} WHERE ${where}`).pluck(),
  };
});

export function trendCalls(store: Store, range: TrendRange, selection: TrendSelection, now: number, limit: number): { calls: TrendCall[]; total: number } {
  const selected = 'code' in selection ? selection.code : 'status' in selection ? selection.status : null;
  const values: CallParameters = {
    ...parameters(range),
    measure: selection.measure,
    selected,
    owner: selection.measure === 'promises' ? (selection.owner ?? null) : null,
    now,
    fromMs: range.fromDay * 86_400_000,
    toMs: (range.toDay + 1) * 86_400_000,
    limit,
  };
  const prepared = callStatements(store);
  return { calls: prepared.page.all(values), total: prepared.total.get(values) ?? 0 };
}
