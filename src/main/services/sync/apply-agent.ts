import { rosterRoles, rosterSipAddress } from '@shared/domain/roster';
import type { Sqlite } from '../../store/connection';
import { preparedPerDatabase } from '../../store/prepared';
import type { ItemStatus, Reasons } from './item-report';
import type { AgentItem } from './wire';

const statements = preparedPerDatabase((sqlite: Sqlite) => ({
  heldUpdatedAt: sqlite.prepare<[string], number>('SELECT updated_at FROM agents WHERE external_id = ?').pluck(),
  upsert: sqlite.prepare<[string, string, string, string, string, string, number, number]>(
    `INSERT INTO agents (external_id, sip_address, display_name, team, leads_teams, role, active, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (external_id) DO UPDATE SET sip_address = excluded.sip_address, display_name = excluded.display_name, team = excluded.team,
       leads_teams = excluded.leads_teams, role = excluded.role, active = excluded.active, updated_at = excluded.updated_at`,
  ),
}));

/**
 * The roster is the CRM's: its copy replaces ours unless ours is as new or
 * newer (a replayed page). A person is never deleted, only made inactive:
 * calls and evaluations keep naming them. An address that is not
 * `user@domain` is refused — a console could never match it to its user.
 */
export function applyAgent(sqlite: Sqlite, item: AgentItem, reasons: Reasons): ItemStatus {
  const sipAddress = rosterSipAddress(item.sipAddress);
  if (sipAddress === null) {
    reasons.add('sipAddress', 'not a SIP address of the form user@domain');
    return 'rejected';
  }
  const held = statements(sqlite).heldUpdatedAt.get(item.id);
  if (held !== undefined && held >= item.updatedAt) return 'skipped';
  const role = reasons.choice(item.role, rosterRoles, 'agent', 'role');
  const leadsTeams = [...new Set(item.leadsTeams.map((team, index) => reasons.text(team, `leadsTeams.${index}`)))];
  statements(sqlite).upsert.run(
    reasons.text(item.id, 'id'),
    sipAddress,
    reasons.text(item.displayName, 'displayName'),
    reasons.text(item.team, 'team'),
    JSON.stringify(leadsTeams),
    role,
    item.active ? 1 : 0,
    item.updatedAt,
  );
  return 'applied';
}
