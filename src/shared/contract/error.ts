import { z } from 'zod';

export const contractErrorCodes = [
  'invalid_request',
  'invalid_response',
  'unknown_method',
  'not_found',
  'unavailable',
  'internal',
  /** No OS keychain to keep a secret in (Linux without a running, unlocked secret service). */
  'keychain_missing',
  /** A stored secret could not be decrypted: it must be entered again. */
  'secret_unreadable',
] as const;

export const contractErrorSchema = z.object({
  code: z.enum(contractErrorCodes),
  message: z.string(),
  /** Dotted path of the first offending field, e.g. `query` or `phones.0.e164`. */
  field: z.string().optional(),
  issues: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});

export type ContractError = z.infer<typeof contractErrorSchema>;
export type ContractErrorCode = ContractError['code'];

export type Result<T> = { ok: true; value: T } | { ok: false; error: ContractError };

/**
 * A handler's way to answer with an error value. Returned, usually; thrown
 * from deep inside a service (a secret store), the dispatcher answers it the same way.
 */
export class Failure extends Error {
  constructor(readonly error: ContractError) {
    super(error.message);
  }
}

export function fail(code: ContractErrorCode, message: string, field?: string): Failure {
  return new Failure(field === undefined ? { code, message } : { code, message, field });
}

function pathToField(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(root)' : path.map(String).join('.');
}

export function errorFromZod(
  code: 'invalid_request' | 'invalid_response',
  subject: string,
  error: z.ZodError,
): ContractError {
  const issues = error.issues.map((issue) => ({
    field: pathToField(issue.path),
    message: issue.message,
  }));
  const first = issues[0] ?? { field: '(root)', message: 'invalid' };
  return {
    code,
    message: `${subject}: field "${first.field}" ${first.message}`,
    field: first.field,
    issues,
  };
}
