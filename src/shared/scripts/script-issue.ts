import { z } from 'zod';

/** Why a script file is rejected; each has its own message in the console's languages. */
export const scriptIssueReasons = [
  'syntax',
  'schema',
  'duplicate-id',
  'unknown-target',
  'unreachable-step',
  'missing-translation',
  'unknown-placeholder',
  'missing-section',
  'missing-options',
  'unsafe-link',
] as const;
export type ScriptIssueReason = (typeof scriptIssueReasons)[number];

/** One reason a script is rejected: the file, the step (null when the script as a whole is wrong) and why. */
export const scriptIssueSchema = z.object({
  file: z.string(),
  step: z.string().nullable(),
  reason: z.enum(scriptIssueReasons),
  /** The specifics, in English, for the author (a field path, the missing language, the unknown name). */
  detail: z.string(),
});
export type ScriptIssue = z.infer<typeof scriptIssueSchema>;

export function describeIssue(issue: ScriptIssue): string {
  return `${issue.file}${issue.step ? ` (step ${issue.step})` : ''}: ${issue.reason}: ${issue.detail}`;
}
