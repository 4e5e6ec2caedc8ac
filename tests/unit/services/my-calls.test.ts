import { afterEach, describe, expect, it } from 'vitest';
import { localDay } from '@shared/domain/my-calls';
import { startAppCore, type AppCore } from '../../../src/main/app-core';
import { createFileSecretStore } from '../../../src/main/services/secrets/file-secret-store';
import { addCustomer } from '../support/customers';
import { useTempDir } from '../support/temp-store';

const minute = 60_000;
/** A day as the page would say it: midnight to midnight. */
const day = { from: Date.UTC(2026, 10, 26), to: Date.UTC(2026, 10, 27) };

type Ending = 'answered' | 'missed' | 'no-answer';

/** A finished call of `local`, as the phone reports it through the contract. */
function call(local: string, startedAt: number, ending: Ending, { remote = '+380671234567', talkMs = 3 * minute, direction = 'inbound' as 'inbound' | 'outbound' } = {}) {
  const answered = ending === 'answered';
  const endedAt = startedAt + (answered ? 10_000 + talkMs : 20_000);
  return {
    direction: ending === 'no-answer' ? ('outbound' as const) : direction,
    remote,
    local,
    sipCallId: `${local}-${startedAt}@test`,
    startedAt,
    answeredAt: answered ? startedAt + 10_000 : null,
    endedAt,
    outcome: ending,
    endReason: answered ? ('remote-hangup' as const) : ending === 'missed' ? ('caller-cancelled' as const) : ('no-answer' as const),
    sipCode: answered ? null : 487,
    longestNoAudioSeconds: answered ? 0 : null,
  };
}

describe('the agent\'s own calls (calls.recent)', () => {
  const tempDir = useTempDir();
  let core: AppCore | null = null;
  afterEach(() => core?.close());

  async function consoleOf(username: string): Promise<AppCore> {
    core = startAppCore({ dataDir: tempDir(), shell: 'web', version: 'test', demoData: false, createSecretStore: createFileSecretStore });
    const saved = await core.dispatch('phone.account.save', { server: 'wss://sip.example.com/ws', username, domain: 'sip.example.com', displayName: 'Anna K.' });
    expect(saved.ok).toBe(true);
    return core;
  }

  async function record(app: AppCore, ...calls: ReturnType<typeof call>[]): Promise<void> {
    for (const each of calls) expect(await app.dispatch('calls.record', each)).toMatchObject({ ok: true });
  }

  /** A colleague's call, as the CRM's history brings it in: stored under their name. */
  function colleagueCall(app: AppCore, startedAt: number, outcome: 'answered' | 'missed'): void {
    app.store.sqlite
      .prepare(`INSERT INTO interactions (direction, from_number, to_number, started_at, answered_at, ended_at, agent, outcome) VALUES ('inbound', '+380670000009', 'boris', ?, ?, ?, 'Boris Melnyk', ?)`)
      .run(startedAt, outcome === 'answered' ? startedAt + 10_000 : null, startedAt + 60_000, outcome);
  }

  it('lists only this agent\'s calls, newest first, with the number a call back dials and whose it is', async () => {
    const app = await consoleOf('anna');
    const olena = addCustomer(app.store.sqlite, { firstName: 'Олена', lastName: 'Петренко', phones: ['+380671234567'] });
    const recorded: string[] = [];
    app.onEvent((event) => recorded.push(event));
    await record(
      app,
      call('anna', day.from + 60 * minute, 'answered'),
      call('anna', day.from - 2 * 60 * minute, 'missed', { remote: '+380441112233' }),
      call('anna', day.from + 120 * minute, 'no-answer', { remote: 'customer-2001' }),
    );
    colleagueCall(app, day.from + 90 * minute, 'missed');
    expect(recorded.filter((event) => event === 'calls.recorded')).toHaveLength(3);

    const answer = await app.dispatch('calls.recent', { day, limit: 10 });
    if (!answer.ok) throw new Error(JSON.stringify(answer.error));
    const { agent, calls } = answer.value as { agent: string; calls: { number: string; startedAt: number; customerName: string | null; customerId: number | null; outcome: string; direction: string }[] };
    expect(agent).toBe('Anna K.');
    expect(calls.map((each) => [each.direction, each.outcome, each.number])).toEqual([
      ['outbound', 'no-answer', 'customer-2001'],
      ['inbound', 'answered', '+380671234567'],
      ['inbound', 'missed', '+380441112233'],
    ]);
    expect(calls[1]).toMatchObject({ customerId: olena, customerName: 'Олена Петренко' });
    expect(calls[0]).toMatchObject({ customerId: null, customerName: null });

    const limited = await app.dispatch('calls.recent', { day, limit: 2 });
    expect(limited.ok && (limited.value as { calls: unknown[] }).calls).toHaveLength(2);
  });

  it('counts today at the day\'s edges: a call a millisecond before midnight is yesterday\'s, one at midnight today\'s', async () => {
    const app = await consoleOf('anna');
    await record(
      app,
      call('anna', day.from - 1, 'missed', { remote: '+380440000001' }),
      call('anna', day.from, 'missed', { remote: '+380440000002' }),
      call('anna', day.from + 5 * minute, 'answered', { talkMs: 2 * minute }),
      call('anna', day.to - 30_000, 'answered', { talkMs: 4 * minute }),
      call('anna', day.to, 'answered', { talkMs: 60 * minute }),
    );
    colleagueCall(app, day.from + 10 * minute, 'missed');
    colleagueCall(app, day.from + 11 * minute, 'answered');
    // The first answered call's wrap-up was saved a minute after it ended; the other's never was.
    app.store.sqlite.prepare('UPDATE interactions SET wrapped_up_at = ended_at + 60000 WHERE started_at = ?').run(day.from + 5 * minute);

    const answer = await app.dispatch('calls.recent', { day });
    expect(answer).toEqual({
      ok: true,
      value: expect.objectContaining({
        // (2 min talk + 1 min wrap-up + 4 min talk) / 2 calls
        today: { handled: 2, missed: 1, averageHandleSeconds: 210, wrapUpSeconds: 60 },
      }),
    });
  });

  it('answers an empty day with no average; without a phone account there is nobody to count for', async () => {
    const app = await consoleOf('anna');
    expect(await app.dispatch('calls.recent', { day })).toEqual({
      ok: true,
      value: { agent: 'Anna K.', calls: [], today: { handled: 0, missed: 0, averageHandleSeconds: null, wrapUpSeconds: 0 } },
    });
    app.close();

    core = startAppCore({ dataDir: tempDir(), shell: 'web', version: 'test', demoData: false, createSecretStore: createFileSecretStore });
    await record(core, call('unknown', day.from + minute, 'missed'));
    expect(await core.dispatch('calls.recent', { day })).toMatchObject({ ok: true, value: { agent: null, calls: [], today: { handled: 0, missed: 0 } } });
  });

  it('refuses a day that ends before it starts, naming the field', async () => {
    const app = await consoleOf('anna');
    expect(await app.dispatch('calls.recent', { day: { from: day.to, to: day.from } })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(await app.dispatch('calls.recent', { day, limit: 10_000 })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });
});

describe('the local day', () => {
  it('runs from local midnight to the next local midnight', () => {
    const now = new Date(2026, 10, 26, 23, 59, 59, 999).getTime();
    expect(localDay(now)).toEqual({ from: new Date(2026, 10, 26).getTime(), to: new Date(2026, 10, 27).getTime() });
    expect(localDay(new Date(2026, 10, 27).getTime()).from).toBe(new Date(2026, 10, 27).getTime());
  });
});
