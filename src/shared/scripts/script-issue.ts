import { z } from 'zod';
import { languageSchema } from '../domain/language';

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

/** Which text of a script a finding is about, so that the console can name it in the supervisor's language. */
export const scriptTextPlaces = [
  'script-title',
  'section-title',
  'step-title',
  'phrase-friendly',
  'phrase-formal',
  'answer',
  'option',
  'field-label',
  'checkpoint-label',
  'knowledge-title',
  'knowledge-text',
] as const;
export type ScriptTextPlace = (typeof scriptTextPlaces)[number];

/**
 * The specifics of a finding as values, for a sentence in the console's
 * language (the `detail` is the same in English for logs and authors). Which
 * of them are present depends on the reason.
 */
export const scriptIssueFactsSchema = z
  .object({
    /** unknown-target: the id led to; duplicate-id: the id used twice. */
    id: z.string(),
    /** unknown-target: a step or the script's start leads there; duplicate-id: a step's or a section's id. */
    of: z.enum(['step', 'section', 'start']),
    place: z.enum(scriptTextPlaces),
    /** The answer's, option's or section's id the text belongs to. */
    placeId: z.string(),
    language: languageSchema,
    placeholder: z.string(),
    /** missing-section: the kind of section the script lacks. */
    sectionKind: z.string(),
    url: z.string(),
    /** schema: the field, from the step (or the file) down. */
    field: z.string(),
    /** schema: where in the file, from its root (`sections`, 1, `steps`, 2, `type`), for an editor to point at. */
    path: z.array(z.union([z.string(), z.number()])),
    problem: z.enum(['missing', 'invalid', 'unknown']),
    /** syntax: where the parser stopped, from 1. */
    line: z.number().int().positive(),
    column: z.number().int().positive(),
  })
  .partial();
export type ScriptIssueFacts = z.infer<typeof scriptIssueFactsSchema>;

/** One reason a script is rejected: the file, the step (null when the script as a whole is wrong) and why. */
export const scriptIssueSchema = z.object({
  file: z.string(),
  step: z.string().nullable(),
  reason: z.enum(scriptIssueReasons),
  /** The specifics, in English, for the author (a field path, the missing language, the unknown name). */
  detail: z.string(),
  facts: scriptIssueFactsSchema.optional(),
});
export type ScriptIssue = z.infer<typeof scriptIssueSchema>;

export function describeIssue(issue: ScriptIssue): string {
  return `${issue.file}${issue.step ? ` (step ${issue.step})` : ''}: ${issue.reason}: ${issue.detail}`;
}
