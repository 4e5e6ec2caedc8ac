import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Store } from '../connection';
import { preparedPerDatabase } from '../prepared';
import { customers, interactions, notes, promises } from '../schema';

/** The tables whose rows the CRM names by an external id. */
type NamedTable = typeof customers | typeof interactions | typeof notes | typeof promises;

const id = sql.placeholder('id');

// Every outbox entry names its row and the rows it points at: prepared once per database and table.
const statements = preparedPerDatabase((store: Store) => {
  const of = <Table extends NamedTable>(table: Table) => ({
    get: store.orm.select({ externalId: table.externalId }).from(table).where(eq(table.id, id)).prepare(),
    set: store.orm
      .update(table)
      .set({ externalId: sql`${sql.placeholder('externalId')}` })
      .where(and(eq(table.id, id), isNull(table.externalId)))
      .prepare(),
  });
  return { customers: of(customers), interactions: of(interactions), notes: of(notes), promises: of(promises) };
});

export type ExternallyNamed = keyof ReturnType<typeof statements>;

export function externalIdOf(store: Store, table: ExternallyNamed, rowId: number): string | null {
  return statements(store)[table].get.get({ id: rowId })?.externalId ?? null;
}

/** Names a row made here; a name it already has is kept. */
export function nameRow(store: Store, table: ExternallyNamed, rowId: number, externalId: string): void {
  statements(store)[table].set.run({ id: rowId, externalId });
}
