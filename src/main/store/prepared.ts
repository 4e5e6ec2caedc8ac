/**
 * Memoizes a set of prepared statements per database (a Store, or a bare
 * connection where the CRM-apply chain still takes one): preparing is the
 * expensive part of a query on the hot paths (search as-you-type, screen pop,
 * the outbox), so each database prepares them once.
 */
export function preparedPerDatabase<Connection extends object, T>(prepare: (connection: Connection) => T): (connection: Connection) => T {
  const cache = new WeakMap<Connection, T>();
  return (connection) => {
    let statements = cache.get(connection);
    if (statements === undefined) {
      statements = prepare(connection);
      cache.set(connection, statements);
    }
    return statements;
  };
}
