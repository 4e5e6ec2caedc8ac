import type { Sqlite } from '../../store/connection';
import { preparedPerDatabase } from '../../store/prepared';

const statements = preparedPerDatabase((sqlite: Sqlite) => ({
  customer: sqlite.prepare<[string], number>('SELECT id FROM customers WHERE external_id = ?').pluck(),
  interaction: sqlite.prepare<[string], number>('SELECT id FROM interactions WHERE external_id = ?').pluck(),
}));

/** The local row id of a record the CRM names by its external id (undefined when this console has never seen it). */
export function localCustomerId(sqlite: Sqlite, externalId: string): number | undefined {
  return statements(sqlite).customer.get(externalId);
}

export function localInteractionId(sqlite: Sqlite, externalId: string): number | undefined {
  return statements(sqlite).interaction.get(externalId);
}
