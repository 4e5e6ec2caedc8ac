import { personSearchText, searchIndexText } from '@shared/domain/name-search-keys';
import type Database from 'better-sqlite3';

/**
 * The search keys as SQL functions, so that the triggers on `customers` index
 * every write the same way (sync, import, demo data, the console, a
 * migration's backfill) and no writer can forget them. Every connection
 * that writes customers needs them: a trigger that calls a missing function
 * fails the write.
 */
export function registerSearchFunctions(sqlite: Database.Database): void {
  sqlite.function('search_index_text', { deterministic: true }, (text: unknown) =>
    searchIndexText(typeof text === 'string' ? text : null),
  );
  sqlite.function('person_search_text', { deterministic: true }, (firstName: unknown, lastName: unknown, displayName: unknown, company: unknown) =>
    personSearchText({
      firstName: String(firstName ?? ''),
      lastName: String(lastName ?? ''),
      displayName: String(displayName ?? ''),
      company: typeof company === 'string' ? company : null,
    }),
  );
}
