import type { RosterRole } from '@shared/domain/roster';
import type { Sqlite } from '../connection';
import { demoAgents } from './texts';

export const demoSipDomain = 'demo.parley.invalid';

interface DemoPerson {
  user: string;
  name: string;
  team: string;
  role: RosterRole;
  leads: readonly string[];
}

/** The demo contact center's teams, each with its share of the agents who take the demo's calls. */
export const demoTeams = ['Отдел биллинга', 'Отдел логистики', 'Відділ якості'] as const;

/**
 * The roster the demo's calls are taken by: every demo agent in a team, a
 * supervisor leading two teams, and an admin; what a site's CRM would send
 * as `agent` items, so that trends by team mean something on demo data.
 */
export const demoRoster: readonly DemoPerson[] = [
  ...demoAgents.map((name, index) => ({ user: `agent${index + 1}`, name, team: demoTeams[index % demoTeams.length] ?? demoTeams[0], role: 'agent' as const, leads: [] })),
  { user: 'supervisor', name: 'Ирина Морозова', team: 'Отдел биллинга', role: 'supervisor', leads: ['Отдел биллинга', 'Отдел логистики'] },
  { user: 'admin', name: 'Віктор Савченко', team: 'Адміністрація', role: 'admin', leads: [] },
];

/** Written once (a later run keeps it: the people are matched by their ids). */
export function insertDemoRoster(sqlite: Sqlite, now: number): void {
  const insert = sqlite.prepare(
    `INSERT OR IGNORE INTO agents (external_id, sip_address, display_name, team, leads_teams, role, active, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?)`,
  );
  for (const person of demoRoster) insert.run(`demo-${person.user}`, `${person.user}@${demoSipDomain}`, person.name, person.team, JSON.stringify(person.leads), person.role, now);
}
