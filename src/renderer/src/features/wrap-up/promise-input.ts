import { promiseFieldsSchema, type PromiseDraft, type PromiseFields } from '@shared/domain/wrap-up';

/** A promise as the agent is typing it (the wrap-up draft carries it as it is, so its schema is shared). */
export type PromiseInput = PromiseDraft;

export type PromiseProblem = 'description' | 'ownerName' | 'dueAt';

export function emptyPromiseInput(agentName: string | null): PromiseInput {
  return { description: '', ownerType: 'me', ownerName: agentName ?? '', due: '' };
}

/** `2026-11-23T14:30` (the agent's local time) for a datetime-local field. */
export function toLocalInput(at: number): string {
  const date = new Date(at - new Date(at).getTimezoneOffset() * 60_000);
  return date.toISOString().slice(0, 16);
}

export function promiseInputOf(promise: PromiseFields): PromiseInput {
  return { description: promise.description, ownerType: promise.ownerType, ownerName: promise.ownerName, due: toLocalInput(promise.dueAt) };
}

/** The promise to store, or which field the agent must fix. */
export function readPromiseInput(input: PromiseInput): { ok: true; value: PromiseFields } | { ok: false; problem: PromiseProblem } {
  const dueAt = input.due === '' ? Number.NaN : new Date(input.due).getTime();
  if (Number.isNaN(dueAt)) return { ok: false, problem: 'dueAt' };
  const parsed = promiseFieldsSchema.safeParse({ description: input.description, ownerType: input.ownerType, ownerName: input.ownerName, dueAt });
  if (parsed.success) return { ok: true, value: parsed.data };
  const field = parsed.error.issues[0]?.path[0];
  return { ok: false, problem: field === 'description' || field === 'ownerName' ? field : 'dueAt' };
}
