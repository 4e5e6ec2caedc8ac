import { statSync } from 'node:fs';
import { z } from 'zod';
import type { RosterFileReport } from '@shared/domain/roster';
import type { Sqlite } from '../../store/connection';
import { ImportFileError, importFile } from '../import/import-file';
import { importAgentItemSchema } from '../import/import-item-schema';
import { fileTrustProblem } from '../policy/file-trust';
import { retireAgentsNotSeenSince } from '../../store/queries/roster';

export interface RosterFileOptions {
  /** The owner the file must have where ownership means something (Linux, macOS): root, like a machine policy. Null skips the check (Windows). */
  owner: number | null;
  now?: number;
}

function trustProblem(path: string, owner: number | null): string | null {
  const stats = statSync(path);
  if (!stats.isFile()) return 'not a file';
  if (owner === null) return null;
  const problem = fileTrustProblem(stats, owner);
  if (problem === null) return null;
  return problem.code === 'not_owned_by_root' ? 'not owned by root: anyone could have written who the supervisors are' : 'writable by others than its owner';
}

/**
 * The roster from the file IT's policy names (`roster.file`), for sites
 * without a CRM: the file IS the roster. Its people are stored as of the
 * file's modification time (an edited file wins over what an older read
 * stored), and anyone a previous read stored who is no longer in it is made
 * inactive. Who is a supervisor decides what a console shows, so the file
 * must be as trusted as a machine policy: root's, and writable only by root.
 * Refused entries and an unusable file are in the report, never thrown.
 */
export async function readRosterFile(sqlite: Sqlite, path: string, options: RosterFileOptions): Promise<RosterFileReport> {
  const readAt = options.now ?? Date.now();
  const report = (fields: Partial<RosterFileReport>): RosterFileReport => ({ path, readAt, people: 0, problems: [], error: null, ...fields });
  let modifiedAt: number;
  try {
    const untrusted = trustProblem(path, options.owner);
    if (untrusted) return report({ error: untrusted });
    modifiedAt = Math.floor(statSync(path).mtimeMs);
  } catch (error) {
    return report({ error: error instanceof Error && 'code' in error ? `cannot be read (${String(error.code)})` : 'cannot be read' });
  }
  const itemSchema = z.discriminatedUnion('kind', [importAgentItemSchema.extend({ updatedAt: z.unknown().optional().transform(() => modifiedAt) })]);
  try {
    // People have no phone numbers to read: the default country is never used.
    const imported = await importFile(sqlite, path, { defaultCountry: 'GB', now: readAt, itemSchema });
    retireAgentsNotSeenSince(sqlite, modifiedAt);
    const problems = [...imported.rejected, ...imported.adjusted, ...imported.ignored];
    return report({ people: imported.imported + imported.unchanged, problems });
  } catch (error) {
    if (error instanceof ImportFileError) return report({ error: error.message });
    throw error;
  }
}
