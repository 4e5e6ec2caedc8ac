import type { ScriptBody } from '../script-schema';

/** Why the editor refused a change; each has its own message in the console's languages. */
export type ScriptEditProblem = 'invalid-id' | 'duplicate-id' | 'led-to' | 'is-start' | 'only-step';

/** A change to a script, or why it was refused and, for `led-to`, the steps that still lead to the one in question. */
export type ScriptEditResult = { ok: true; body: ScriptBody } | { ok: false; problem: ScriptEditProblem; steps: string[] };

export function refused(problem: ScriptEditProblem, steps: string[] = []): ScriptEditResult {
  return { ok: false, problem, steps };
}
