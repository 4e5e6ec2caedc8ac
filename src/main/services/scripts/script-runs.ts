import { capturedAnswerSchema, type CapturedAnswer } from '@shared/domain/captured-answer';
import { capturedAnswers, missedCheckpoints, scriptRunSchema, type ScriptRun, type ScriptRunSave } from '@shared/scripts/script-run';
import { canFinish } from '@shared/scripts/script-walker';
import { z } from 'zod';
import type { Store } from '../../store/connection';
import { findCall } from '../../store/queries/calls';
import { findScriptRunOfCall, saveScriptRunRow } from '../../store/queries/scripts';
import { getScript } from './script-store';

/** The answers column: what was captured at each step, keyed by step id, so wrap-up can look one up. */
const storedAnswersSchema = z.record(z.string(), capturedAnswerSchema.omit({ stepId: true }));

function storedAnswers(answers: CapturedAnswer[]): z.infer<typeof storedAnswersSchema> {
  return Object.fromEntries(answers.map(({ stepId, ...answer }) => [stepId, answer]));
}

/**
 * Saves where the agent is in the call's script, as they go (nothing typed
 * into a field is lost if the console dies mid-call). One run per call: a
 * switch to another script replaces it.
 */
export function saveScriptRun(store: Store, save: ScriptRunSave, now = Date.now()): ScriptRun | 'no-script' | 'no-call' | 'unfinished' {
  const script = getScript(store, save.scriptId);
  if (!script) return 'no-script';
  if (!findCall(store, save.interactionId)) return 'no-call';
  const body = script.body;
  // Finishing is the agent's word that the required fields are filled: checked here too, not only in the pane.
  if (save.finished && !canFinish(body, save.walk)) return 'unfinished';
  const values = {
    scriptId: script.id,
    language: save.language,
    tone: save.tone,
    path: save.walk.path,
    answers: storedAnswers(capturedAnswers(body, save.walk, save.language)),
    missedCheckpoints: missedCheckpoints(body, save.walk, save.language),
    finishedAt: save.finished ? now : null,
  };
  saveScriptRunRow(store, save.interactionId, now, values);
  const run = getScriptRun(store, save.interactionId);
  if (!run) throw new Error('The script run was not stored');
  return run;
}

/** The script run of a call with what it captured: for the pane when a call is reopened, for wrap-up and the timeline. */
export function getScriptRun(store: Store, interactionId: number): ScriptRun | null {
  const row = findScriptRunOfCall(store, interactionId);
  const script = row ? getScript(store, row.scriptId) : null;
  if (!row || !script) return null;
  const answers = storedAnswersSchema.parse(row.answers);
  const captured = Object.entries(answers).map(([stepId, answer]) => ({ stepId, ...answer }));
  return scriptRunSchema.parse({
    id: row.id,
    interactionId,
    scriptId: script.id,
    slug: script.slug,
    version: script.version,
    title: script.body.title[row.language] ?? script.slug,
    language: row.language,
    tone: row.tone,
    walk: {
      path: row.path,
      values: Object.fromEntries(captured.filter((answer) => answer.kind !== 'checkpoint').map((answer) => [answer.stepId, answer.value])),
      ticked: captured.filter((answer) => answer.kind === 'checkpoint').map((answer) => answer.stepId),
    },
    answers: captured,
    missedCheckpoints: row.missedCheckpoints,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
  });
}
