/**
 * Numbered SQL files in ./migrations, applied in order at start-up. The
 * applied version is kept in SQLite's `user_version`.
 */
const files = import.meta.glob<string>('./migrations/*.sql', { query: '?raw', import: 'default', eager: true });

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: readonly Migration[] = Object.entries(files)
  .map(([path, sql]) => {
    const name = path.slice(path.lastIndexOf('/') + 1);
    const version = Number.parseInt(name, 10);
    if (!Number.isInteger(version) || version <= 0) throw new Error(`Migration file name must start with its number: ${name}`);
    return { version, name, sql };
  })
  .sort((a, b) => a.version - b.version);

export const latestSchemaVersion = migrations.at(-1)?.version ?? 0;
