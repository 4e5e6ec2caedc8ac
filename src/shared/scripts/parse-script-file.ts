import { parse, stringify, YAMLError } from 'yaml';
import type { z } from 'zod';
import type { ScriptIssue, ScriptIssueFacts } from './script-issue';
import { scriptBodySchema, type ScriptBody } from './script-schema';
import { validateScript } from './validate-script';

export type ParsedScript = { ok: true; body: ScriptBody } | { ok: false; issues: ScriptIssue[] };

/** The id of the step a schema error points into (`sections.1.steps.2.…`), read from the raw file. */
function stepAt(raw: unknown, path: readonly PropertyKey[]): string | null {
  if (path[0] !== 'sections' || path[2] !== 'steps') return null;
  const sections = (raw as { sections?: { steps?: { id?: unknown }[] }[] }).sections;
  const id = sections?.[Number(path[1])]?.steps?.[Number(path[3])]?.id;
  return typeof id === 'string' ? id : null;
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let value = raw;
  for (const key of path) value = typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

/** What a schema error says, as values: the field (from the step down when it is in one) and whether it is missing, wrong or unknown. */
function schemaFacts(raw: unknown, issue: z.core.$ZodIssue, inStep: boolean): ScriptIssueFacts {
  const unknown = issue.code === 'unrecognized_keys';
  const path = unknown ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
  const field = path.slice(inStep ? 4 : 0).map(String).join('.');
  const problem = unknown ? 'unknown' : valueAt(raw, issue.path) === undefined ? 'missing' : 'invalid';
  return { field, problem, path: path.map((key) => (typeof key === 'number' ? key : String(key))) };
}

function schemaIssues(raw: unknown, error: z.ZodError, file: string): ScriptIssue[] {
  return error.issues.map((issue) => {
    const step = stepAt(raw, issue.path);
    return { file, step, reason: 'schema', detail: `${issue.path.map(String).join('.') || '(file)'}: ${issue.message}`, facts: schemaFacts(raw, issue, step !== null) };
  });
}

function syntaxIssue(file: string, error: unknown): ScriptIssue {
  const at = error instanceof YAMLError ? error.linePos?.[0] : undefined;
  const detail = error instanceof Error ? error.message : String(error);
  return { file, step: null, reason: 'syntax', detail, ...(at ? { facts: { line: at.line, column: at.col } } : {}) };
}

/** Reads one script file (YAML, or JSON, which is YAML too) and checks it is fit for a live call. */
export function parseScriptFile(file: string, text: string): ParsedScript {
  let raw: unknown;
  try {
    raw = parse(text, { prettyErrors: true, uniqueKeys: true });
  } catch (error) {
    return { ok: false, issues: [syntaxIssue(file, error)] };
  }
  return checkScript(file, raw);
}

/** Checks a script already read (from a file, or as the form editor holds it) against the schema and every rule. */
export function checkScript(file: string, raw: unknown): ParsedScript {
  const parsed = scriptBodySchema.safeParse(raw);
  if (!parsed.success) return { ok: false, issues: schemaIssues(raw, parsed.error, file) };
  const issues = validateScript(parsed.data, file);
  return issues.length === 0 ? { ok: true, body: parsed.data } : { ok: false, issues };
}

/** The script a file describes, when it has the schema's shape, even if it breaks a rule: what the form editor can show. */
export function readScriptShape(text: string): ScriptBody | null {
  try {
    const parsed = scriptBodySchema.safeParse(parse(text, { uniqueKeys: true }));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A script as a file to hand to an author: YAML, the form the shipped scripts are written in. */
export function scriptFileText(body: ScriptBody): string {
  return stringify(body, { lineWidth: 0 });
}

export function scriptFileName(body: ScriptBody): string {
  return `${body.slug}.yaml`;
}
