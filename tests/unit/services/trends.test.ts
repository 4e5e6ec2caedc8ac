import { beforeEach, describe, expect, it } from 'vitest';
import type { AppCore } from '../../../src/main/app-core';
import { noTrendFilters, type TrendFilters, type TrendReport, type TrendSelection } from '../../../src/shared/domain/trends';
import { useAppCore } from '../support/app-core';
import { addCall, addCustomer, addPromise, seedCodeLists, seedRoster, signInAs } from '../support/trend-history';

/**
 * Each measure on a hand-made history with known answers (definitions:
 * migration 0014), and who may see whose figures. Monday 2 March 2026 is D.
 */
const hour = 3_600_000;
const D = Date.UTC(2026, 2, 2, 9);
const day = 24 * hour;
const anna = 'Анна Коваленко';
const james = 'James Walker';

const startCore = useAppCore();
let core: AppCore;
const calls: Record<string, number> = {};

beforeEach(() => {
  core = startCore();
  const { store } = core;
  seedCodeLists(store);
  seedRoster(
    store,
    [
      { name: anna, team: 'Billing', user: 'anna' },
      { name: james, team: 'Logistics', user: 'james' },
      { name: 'Оксана Бондар', team: 'Billing', role: 'supervisor', leads: ['Billing'], user: 'oksana' },
      { name: 'Admin', team: 'IT', role: 'admin', user: 'admin' },
    ],
    'oksana',
  );
  const [c1, c2, c3] = [addCustomer(store), addCustomer(store), addCustomer(store)];
  const c4 = addCustomer(store, 'vip', 'en');
  calls.resolvedThenBack = addCall(store, { customerId: c1, agent: anna, startedAt: D, talkS: 300, wrapUpS: 60, disposition: 'resolved', rootCauses: ['billing-error'], wanted: 'Повернення коштів', offered: 'Повернення коштів' });
  calls.cameBack = addCall(store, { customerId: c1, agent: james, startedAt: D + 3 * day, talkS: 120, wrapUpS: 30, disposition: 'not-resolved' });
  calls.nothingOffered = addCall(store, { customerId: c2, agent: anna, startedAt: D + day, talkS: 200, wrapUpS: null, wanted: 'Обмін', offered: '' });
  calls.abandoned = addCall(store, { customerId: c3, agent: anna, startedAt: D + day + 2 * hour, answeredAfterS: null, endReason: 'caller-cancelled' });
  calls.missed = addCall(store, { customerId: c3, agent: anna, startedAt: D + 2 * day, answeredAfterS: null, endReason: 'declined' });
  calls.unansweredOutgoing = addCall(store, { customerId: c3, agent: anna, startedAt: D + 2 * day + hour, direction: 'outbound', answeredAfterS: null, endReason: 'no-answer' });
  calls.vip = addCall(store, { customerId: c4, agent: james, startedAt: D + 8 * day, queue: '+74951234567', rootCauses: ['delivery-delay'] });
  const now = Date.now();
  addPromise(store, { customerId: c1, interactionId: calls.resolvedThenBack, owner: anna, madeAt: D + hour, dueAt: D + 5 * hour, status: 'kept' });
  addPromise(store, { customerId: c2, interactionId: calls.nothingOffered, owner: 'Відділ білінгу', ownerType: 'team', madeAt: D + day + hour, dueAt: now - hour });
  addPromise(store, { customerId: c2, interactionId: calls.nothingOffered, owner: 'Відділ білінгу', ownerType: 'team', madeAt: D + day + hour, dueAt: now + day });
  addPromise(store, { customerId: c1, interactionId: calls.cameBack, owner: james, madeAt: D + 3 * day + hour, dueAt: D + 4 * day, status: 'broken' });
});

async function report(from: string, to: string, bucket: 'day' | 'week' = 'day', filters: Partial<TrendFilters> = {}): Promise<TrendReport> {
  const result = await core.dispatch('trends.get', { from, to, bucket, filters: { ...noTrendFilters, ...filters } });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as TrendReport;
}

async function callsBehind(from: string, to: string, selection: TrendSelection, filters: Partial<TrendFilters> = {}): Promise<number[]> {
  const result = await core.dispatch('trends.calls', { from, to, selection, filters: { ...noTrendFilters, ...filters } });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return (result.value as { calls: { interactionId: number }[] }).calls.map((call) => call.interactionId);
}

const total = (report: TrendReport) =>
  report.calls.reduce((sum, bucket) => Object.fromEntries(Object.entries(bucket).map(([key, value]) => [key, value + (sum[key] ?? 0)])), {} as Record<string, number>);

describe('a supervisor’s trends count their team’s calls', () => {
  it('calls, answered, missed and abandoned, handle and wrap-up time, repeat contacts and wanted-vs-offered mismatches', async () => {
    const week = await report('2026-03-02', '2026-03-08');
    expect(week.buckets.map((bucket) => bucket.from)).toEqual(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08']);
    expect(week.calls.map((bucket) => bucket.calls)).toEqual([1, 2, 2, 0, 0, 0, 0]);
    expect(total(week)).toEqual({
      calls: 5, inbound: 4, answered: 2,
      // The unanswered outgoing call is neither.
      missed: 1, abandoned: 1,
      handleMs: 500_000, handled: 2, wrapUpMs: 60_000, wrappedUp: 1,
      // James's call back is a repeat contact, but it is not this team's.
      repeatContacts: 0,
      wantedWritten: 2,
      // One offer the customer came back after (to another team), one want with nothing offered.
      mismatches: 2,
    });
  });

  it('dispositions and root causes by day, labelled in every language', async () => {
    const week = await report('2026-03-02', '2026-03-08');
    expect(week.dispositions).toEqual([{ code: 'resolved', label: { en: 'resolved (en)', ru: 'resolved (ru)', uk: 'resolved (uk)' }, counts: [1, 0, 0, 0, 0, 0, 0] }]);
    expect(week.rootCauses.map((series) => [series.code, series.counts[0]])).toEqual([['billing-error', 1]]);
  });

  it('promises made on their calls: kept, broken, open and overdue, by owner and by team', async () => {
    const week = await report('2026-03-02', '2026-03-08', 'week');
    expect(week.promises).toEqual([{ made: 3, kept: 1, broken: 0, cancelled: 0, open: 2, overdue: 1 }]);
    expect(week.promiseOwners).toEqual([
      { ownerType: 'team', ownerName: 'Відділ білінгу', made: 2, kept: 0, broken: 0, cancelled: 0, open: 2, overdue: 1 },
      { ownerType: 'me', ownerName: anna, made: 1, kept: 1, broken: 0, cancelled: 0, open: 0, overdue: 0 },
    ]);
    expect(week.promiseTeams).toEqual([{ team: 'Billing', made: 3, kept: 1, broken: 0, cancelled: 0, open: 2, overdue: 1 }]);
  });

  it('lists the calls behind a point, with the same definitions as the figures', async () => {
    expect(await callsBehind('2026-03-03', '2026-03-03', { measure: 'abandoned' })).toEqual([calls.abandoned]);
    expect(await callsBehind('2026-03-02', '2026-03-08', { measure: 'missed' })).toEqual([calls.missed]);
    expect(await callsBehind('2026-03-02', '2026-03-08', { measure: 'mismatches' })).toEqual([calls.nothingOffered, calls.resolvedThenBack]);
    expect(await callsBehind('2026-03-02', '2026-03-02', { measure: 'root-cause', code: 'billing-error' })).toEqual([calls.resolvedThenBack]);
    expect(await callsBehind('2026-03-02', '2026-03-08', { measure: 'promises', status: 'overdue' })).toEqual([calls.nothingOffered]);
    expect(await callsBehind('2026-03-02', '2026-03-08', { measure: 'promises', status: 'pending', owner: 'Відділ білінгу' })).toEqual([calls.nothingOffered]);
    expect(await callsBehind('2026-03-02', '2026-03-08', { measure: 'promises', status: 'kept', owner: 'Відділ білінгу' })).toEqual([]);
    expect(await callsBehind('2026-03-02', '2026-03-08', { measure: 'calls' }, { agents: [anna] })).toHaveLength(5);
  });

  it('flags a root cause well above its usual share in the week the period ends, against the 8 weeks before, however short the period', async () => {
    const judged = D + 10 * 7 * day; // Monday 11 May
    for (let week = 0; week <= 8; week++) {
      for (let call = 0; call < 10; call++) {
        // 1 call in 10 for billing errors in each of the 8 weeks before; 6 in 10 in the judged week.
        const billingError = week === 0 ? call < 6 : call === 0;
        addCall(core.store, { customerId: null, agent: anna, startedAt: judged - week * 7 * day + call * hour, rootCauses: billingError ? ['billing-error'] : [] });
      }
    }
    const finding = [['billing-error', 6, 0.6, 0.1, '2026-05-11']];
    const spikes = (trends: TrendReport) => trends.spikes.map((spike) => [spike.code, spike.calls, spike.share, Number(spike.usualShare.toFixed(6)), spike.week]);
    const oneDay = await report('2026-05-13', '2026-05-13');
    expect(spikes(oneDay)).toEqual(finding);
    // The weeks read for the spike rule count nowhere else: that Wednesday had no calls.
    expect([oneDay.calls[0]?.calls, oneDay.rootCauses, oneDay.agents]).toEqual([0, [], []]);
    const year = await report('2025-05-14', '2026-05-13', 'week');
    expect(spikes(year)).toEqual(finding);
  });

  it('refuses another team, says which, and records the refusal', async () => {
    const result = await core.dispatch('trends.get', { from: '2026-03-02', to: '2026-03-08', bucket: 'day', filters: { ...noTrendFilters, teams: ['Logistics'] } });
    expect(result).toEqual({ ok: false, error: { code: 'trends_refused', reason: 'team-not-watched', name: 'Logistics' } });
    const audit = core.store.sqlite.prepare("SELECT actor, action FROM audit_log WHERE action = 'trends.refused'").all();
    expect(audit).toEqual([{ actor: 'Оксана Бондар', action: 'trends.refused' }]);
    const behind = await core.dispatch('trends.calls', { from: '2026-03-02', to: '2026-03-08', selection: { measure: 'calls' }, filters: { ...noTrendFilters, agents: [james] } });
    expect(behind).toEqual({ ok: false, error: { code: 'trends_refused', reason: 'agent-not-watched', name: james } });
  });
});

describe('an agent sees their own figures only', () => {
  it('counts only their calls, whatever the page asks', async () => {
    signInAs(core.store, 'james');
    const twoWeeks = await report('2026-03-02', '2026-03-15', 'week');
    expect(twoWeeks.calls.map((bucket) => bucket.calls)).toEqual([1, 1]);
    expect(total(twoWeeks).repeatContacts).toBe(1);
    expect(twoWeeks.scope).toMatchObject({ ownOnly: true, teams: [], agents: [james] });
    expect(await callsBehind('2026-03-02', '2026-03-15', { measure: 'calls' })).toEqual([calls.vip, calls.cameBack]);
    const theirColleague = await core.dispatch('trends.calls', { from: '2026-03-02', to: '2026-03-08', selection: { measure: 'calls' }, filters: { ...noTrendFilters, agents: [anna] } });
    expect(theirColleague).toMatchObject({ ok: false, error: { reason: 'agent-not-watched' } });
    const aTeam = await core.dispatch('trends.get', { from: '2026-03-02', to: '2026-03-08', bucket: 'day', filters: { ...noTrendFilters, teams: ['Logistics'] } });
    expect(aTeam).toMatchObject({ ok: false, error: { reason: 'team-not-watched' } });
  });

  it('someone the roster does not know sees nothing', async () => {
    signInAs(core.store, 'stranger');
    const result = await core.dispatch('trends.get', { from: '2026-03-02', to: '2026-03-08', bucket: 'day', filters: noTrendFilters });
    expect(result).toEqual({ ok: false, error: { code: 'trends_refused', reason: 'not-in-roster', name: null } });
  });
});

describe('an admin sees every team, filtered by tier, language and queue', () => {
  beforeEach(() => signInAs(core.store, 'admin'));

  it('filters narrow every figure to the matching calls', async () => {
    const all = await report('2026-03-02', '2026-03-15', 'week');
    expect(all.calls.map((bucket) => bucket.calls)).toEqual([6, 1]);
    expect(all.agents.map((row) => [row.agent, row.team, row.calls])).toEqual([[anna, 'Billing', 5], [james, 'Logistics', 2]]);
    for (const filters of [{ tiers: ['vip' as const] }, { languages: ['en' as const] }, { queues: ['+74951234567'] }]) {
      const narrowed = await report('2026-03-02', '2026-03-15', 'week', filters);
      expect(narrowed.calls.map((bucket) => bucket.calls), JSON.stringify(filters)).toEqual([0, 1]);
    }
    expect(all.scope.queues).toEqual(['+380441112233', '+74951234567']);
  });

  it('a week cut by the period counts only the period’s days', async () => {
    const partial = await report('2026-03-04', '2026-03-10', 'week');
    expect(partial.buckets).toEqual([{ from: '2026-03-04', to: '2026-03-08' }, { from: '2026-03-09', to: '2026-03-10' }]);
    expect(partial.calls.map((bucket) => bucket.calls)).toEqual([3, 1]);
  });
});
