import { chmodSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Roster } from '@shared/domain/roster';
import { mergePolicy } from '@shared/policy/effective-policy';
import { validatePolicy } from '@shared/policy/validate-policy';
import { readRosterFile } from '../../../src/main/services/roster/roster-file';
import { getRoster } from '../../../src/main/services/roster/roster';
import { useAppCore } from '../support/app-core';
import { useTempDir, useTempStore } from '../support/temp-store';

const tempDir = useTempDir();
const tempStore = useTempStore();
const appCore = useAppCore();
const owner = process.getuid?.() ?? 0;

const person = (id: string, displayName: string, extra: Record<string, unknown> = {}) => ({
  kind: 'agent',
  id,
  sipAddress: `sip:${id}@pbx.example.com`,
  displayName,
  team: 'Support',
  role: 'agent',
  ...extra,
});

function rosterFile(items: unknown[], modifiedAtSeconds: number, dir = tempDir()): string {
  const path = join(dir, 'roster.json');
  writeFileSync(path, JSON.stringify(items), { mode: 0o644 });
  utimesSync(path, modifiedAtSeconds, modifiedAtSeconds);
  return path;
}

describe('the roster file IT’s policy names (sites without a CRM)', () => {
  it('is the roster: its people are stored, and people an edit removed become inactive', async () => {
    const store = tempStore();
    const dir = tempDir();
    const first = rosterFile([person('1001', 'Anna Kovalenko'), person('1002', 'Ivan Petrenko'), person('olena', 'Olena Shevchenko', { role: 'supervisor', leadsTeams: ['Support'] })], 1_000, dir);
    expect(await readRosterFile(store.sqlite, first, { owner })).toMatchObject({ people: 3, problems: [], error: null });

    rosterFile([person('1001', 'Anna Kovalenko', { team: 'Billing' }), person('olena', 'Olena Shevchenko', { role: 'supervisor', leadsTeams: ['Support'] })], 2_000, dir);
    expect(await readRosterFile(store.sqlite, first, { owner })).toMatchObject({ people: 2, error: null });
    const agents = getRoster(store).agents;
    expect(agents.find((agent) => agent.id === '1001')).toMatchObject({ team: 'Billing', active: true });
    expect(agents.find((agent) => agent.id === '1002')).toMatchObject({ active: false });

    // Read again unchanged (a policy re-read): nobody changes.
    await readRosterFile(store.sqlite, first, { owner });
    expect(getRoster(store).agents).toEqual(agents);
  });

  it('names each refused entry with where it is, and stores the rest', async () => {
    const store = tempStore();
    const path = rosterFile([person('1001', 'Anna Kovalenko'), person('bad', 'No Address', { sipAddress: 'nobody' }), { kind: 'customer', id: 'c1' }], 1_000);
    const report = await readRosterFile(store.sqlite, path, { owner });
    expect(report.people).toBe(1);
    expect(report.problems).toEqual([
      { at: 'item 2', reasons: ['sipAddress: not a SIP address of the form user@domain'] },
      { at: 'item 3', reasons: [expect.stringContaining('kind')] },
    ]);
  });

  it('is not used when anyone but root could have written it, or when it is missing or not JSON — and says why', async () => {
    const store = tempStore();
    const path = rosterFile([person('1001', 'Anna Kovalenko')], 1_000);
    chmodSync(path, 0o666);
    expect(await readRosterFile(store.sqlite, path, { owner })).toMatchObject({ people: 0, error: 'writable by others than its owner' });
    chmodSync(path, 0o644);
    expect((await readRosterFile(store.sqlite, path, { owner: owner + 1 })).error).toMatch(/^not owned by root/);
    expect((await readRosterFile(store.sqlite, join(tempDir(), 'absent.json'), { owner })).error).toBe('cannot be read (ENOENT)');
    const broken = join(tempDir(), 'roster.json');
    writeFileSync(broken, '[{"kind": "agent",', { mode: 0o644 });
    expect((await readRosterFile(store.sqlite, broken, { owner })).error).toMatch(/not readable as JSON/);
    expect(getRoster(store).agents).toEqual([]);
  });

  it('is read at start from the policy, and roster.get says how the read went', async () => {
    const path = rosterFile([person('1001', 'Anna Kovalenko')], 1_000);
    const policy = mergePolicy([validatePolicy({ 'roster.file': path }, '/etc/parley/policy.json')]);
    const core = appCore({ policy, rosterFileOwner: owner });
    await new Promise<void>((resolve) => {
      const stop = core.onEvent((event) => {
        if (event !== 'roster.changed') return;
        stop();
        resolve();
      });
    });
    const answer = (await core.dispatch('roster.get', {})) as { ok: true; value: Roster };
    expect(answer.value.agents.map((agent) => agent.displayName)).toEqual(['Anna Kovalenko']);
    expect(answer.value.file).toMatchObject({ path, people: 1, error: null });
  });
});
