import type { Sqlite } from './database';

/**
 * Memoizes a set of prepared statements per database connection: preparing
 * is the expensive part of a query on the hot paths (search as-you-type,
 * screen pop), so each connection prepares them once.
 */
export function preparedPerDatabase<T>(prepare: (sqlite: Sqlite) => T): (sqlite: Sqlite) => T {
  const cache = new WeakMap<Sqlite, T>();
  return (sqlite) => {
    let statements = cache.get(sqlite);
    if (statements === undefined) {
      statements = prepare(sqlite);
      cache.set(sqlite, statements);
    }
    return statements;
  };
}
