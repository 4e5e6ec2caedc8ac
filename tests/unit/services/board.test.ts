import { afterEach, describe, expect, it } from 'vitest';
import { defaultBoardAlertRules } from '@shared/domain/board-alerts';
import { startAppCore, type AppCore } from '../../../src/main/app-core';
import { createFileSecretStore } from '../../../src/main/services/secrets/file-secret-store';
import { addCustomer } from '../support/customers';
import { useTempDir } from '../support/temp-store';

const minute = 60_000;
const day = { from: Date.UTC(2026, 10, 26), to: Date.UTC(2026, 10, 27) };
const now = day.from + 12 * 60 * minute;

describe('the supervisors’ board in main (real SQLite)', () => {
  const tempDir = useTempDir();
  let core: AppCore | null = null;
  afterEach(() => core?.close());

  function start(): AppCore {
    core = startAppCore({ dataDir: tempDir(), shell: 'web', version: 'test', demoData: false, createSecretStore: createFileSecretStore });
    return core;
  }

  /** An agent's call as the CRM's history brings it in: stored under their display name. */
  function storedCall(app: AppCore, agent: string, startedAt: number, talkMs: number | null, wrapUpMs: number | null): void {
    const answeredAt = talkMs === null ? null : startedAt + 5_000;
    const endedAt = answeredAt === null ? startedAt + 20_000 : answeredAt + (talkMs ?? 0);
    app.store.sqlite
      .prepare(
        `INSERT INTO interactions (direction, from_number, to_number, started_at, answered_at, ended_at, agent, outcome, wrapped_up_at)
         VALUES ('inbound', '+380670000009', 'q', ?, ?, ?, ?, ?, ?)`,
      )
      .run(startedAt, answeredAt, endedAt, agent, talkMs === null ? 'missed' : 'answered', wrapUpMs === null ? null : endedAt + wrapUpMs);
  }

  function promise(app: AppCore, owner: string, dueAt: number, status: 'open' | 'kept'): void {
    const customerId = addCustomer(app.store.sqlite, { firstName: 'Олена', lastName: 'Петренко' });
    app.store.sqlite
      .prepare(
        `INSERT INTO promises (customer_id, description, owner_type, owner_name, due_at, status, status_changed_at, created_at)
         VALUES (?, 'Call back', 'person', ?, ?, ?, ?, ?)`,
      )
      .run(customerId, owner, dueAt, status, dueAt - 60 * minute, dueAt - 60 * minute);
  }

  it('counts each agent’s handled calls today, their average handle time, wrap-up share and overdue promises', async () => {
    const app = start();
    // Anna: two answered calls today (4 min talk + 1 min wrap-up; 2 min talk + 1 min wrap-up), one missed, one yesterday.
    storedCall(app, 'Anna Kovalenko', day.from + 60 * minute, 4 * minute, minute);
    storedCall(app, 'Anna Kovalenko', day.from + 90 * minute, 2 * minute, minute);
    storedCall(app, 'Anna Kovalenko', day.from + 100 * minute, null, null);
    storedCall(app, 'Anna Kovalenko', day.from - 60 * minute, 9 * minute, minute);
    promise(app, 'Anna Kovalenko', now - 5 * minute, 'open');
    promise(app, 'Anna Kovalenko', now - 50 * minute, 'kept');
    promise(app, 'Anna Kovalenko', now + 5 * minute, 'open');
    promise(app, 'Boris Melnyk', now - 5 * minute, 'open');

    const answer = await app.dispatch('board.agent-stats', { agents: ['Anna Kovalenko', 'Vira Shevchuk'], day, now });
    expect(answer).toEqual({
      ok: true,
      value: {
        agents: [
          { agent: 'Anna Kovalenko', handled: 2, averageHandleSeconds: 240, wrapUpShare: 120 / 480, overduePromises: 1 },
          { agent: 'Vira Shevchuk', handled: 0, averageHandleSeconds: null, wrapUpShare: null, overduePromises: 0 },
        ],
      },
    });
  });

  it('reads overdue promises through the owner index', () => {
    const app = start();
    const plan = app.store.sqlite
      .prepare(`EXPLAIN QUERY PLAN SELECT count(*) FROM promises WHERE owner_name = ? AND status = 'open' AND due_at < ?`)
      .all('Anna Kovalenko', now) as { detail: string }[];
    expect(plan.map((step) => step.detail).join('\n')).toContain('promises_open_by_owner');
  });

  it('refuses a day that ends before it starts', async () => {
    const app = start();
    const answer = await app.dispatch('board.agent-stats', { agents: [], day: { from: day.to, to: day.from }, now });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });

  it('keeps the supervisor’s alert rules, and the audit log says they changed', async () => {
    const app = start();
    expect(await app.dispatch('board.alert-rules.get', {})).toEqual({ ok: true, value: defaultBoardAlertRules });
    const rules = { ...defaultBoardAlertRules, callLongerThanMinutes: null, offlineDuringShift: { from: '08:00', to: '17:00' }, notify: true };
    expect(await app.dispatch('board.alert-rules.save', rules)).toEqual({ ok: true, value: rules });
    expect(await app.dispatch('board.alert-rules.get', {})).toEqual({ ok: true, value: rules });
    const audit = app.store.sqlite.prepare(`SELECT action FROM audit_log WHERE action = 'board.alert-rules.saved'`).all();
    expect(audit).toHaveLength(1);
    expect(await app.dispatch('board.alert-rules.save', { ...rules, offlineDuringShift: { from: '8am', to: '17:00' } })).toMatchObject({ ok: false });
  });
});
