import { z } from 'zod';

/**
 * What any method can answer, whatever it does: the payload failed its schema
 * (`invalid_request`, naming the field), main answered outside its schema, the
 * method is unknown, main is out of reach, or a bug. The message is for logs
 * and the hover title; the UI words the code itself.
 */
export const boundaryErrorCodes = ['invalid_request', 'invalid_response', 'unknown_method', 'unavailable', 'internal'] as const;

export const boundaryErrorSchema = z.object({
  code: z.enum(boundaryErrorCodes),
  message: z.string(),
  /** Dotted path of the first offending field, e.g. `query` or `phones.0.e164`. */
  field: z.string().optional(),
  issues: z
    .array(
      z.object({
        field: z.string(),
        message: z.string(),
        /** The rule that failed (zod's issue code, e.g. `too_big`), for the UI to word. */
        problem: z.string().optional(),
        /** The bound a `too_big` or `too_small` value crossed. */
        limit: z.number().optional(),
      }),
    )
    .optional(),
});
export type BoundaryError = z.infer<typeof boundaryErrorSchema>;

/**
 * One kind of refusal a method declares next to its request and response
 * (a call that does not exist, a number that cannot be called back): a code
 * and the structured details the UI needs to say it, never prose.
 */
export function errorKind<const Code extends string, Details extends z.ZodRawShape = Record<never, never>>(code: Code, details?: Details) {
  return z.object({ code: z.literal(code), ...(details ?? ({} as Details)) }).strict();
}

/** Any method's own error kind, as it crosses the wire (its method's schema checked it before it left main). */
export const methodErrorSchema = z.looseObject({ code: z.string() });
/** Seen without its method: a code, and no message or field (those belong to boundary errors). */
export type MethodError = { code: string; message?: undefined; field?: undefined; [detail: string]: unknown };

export type ContractError = BoundaryError | MethodError;
export const contractErrorSchema = z.union([boundaryErrorSchema, methodErrorSchema]);

export type Result<T, E = ContractError> = { ok: true; value: T } | { ok: false; error: E };

/**
 * A handler's way to answer with an error value. Returned, usually; thrown
 * from deep inside a service (a secret store), the dispatcher answers it the
 * same way — if the method declares that kind.
 */
export class Failure<E extends { code: string } = MethodError> extends Error {
  constructor(readonly error: E) {
    super(error.code);
  }
}

export function fail<const E extends { code: string }>(error: E): Failure<E> {
  return new Failure(error);
}

function pathToField(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(root)' : path.map(String).join('.');
}

function limitOf(issue: z.core.$ZodIssue): number | undefined {
  if (issue.code === 'too_big') return Number(issue.maximum);
  if (issue.code === 'too_small') return Number(issue.minimum);
  return undefined;
}

export function errorFromZod(code: 'invalid_request' | 'invalid_response', subject: string, error: z.ZodError): BoundaryError {
  const issues = error.issues.map((issue) => {
    const limit = limitOf(issue);
    return { field: pathToField(issue.path), message: issue.message, problem: issue.code, ...(limit === undefined ? {} : { limit }) };
  });
  const first = issues[0] ?? { field: '(root)', message: 'invalid' };
  return {
    code,
    message: `${subject}: field "${first.field}" ${first.message}`,
    field: first.field,
    issues,
  };
}
