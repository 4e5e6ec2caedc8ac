import { z } from 'zod';
import { toneSchema } from '../domain/customer';
import { languageSchema, type Language } from '../domain/language';
import { capturedAnswerSchema, missedCheckpointSchema, type CapturedAnswer, type MissedCheckpoint } from '../domain/captured-answer';
import { localText, spokenText } from './local-text';
import { indexSteps } from './script-graph';
import type { ScriptBody } from './script-schema';
import { outstanding, type ScriptWalk } from './script-walker';

export const scriptWalkSchema = z
  .object({
    path: z.array(z.string().max(64)).min(1).max(2000),
    values: z.record(z.string().max(64), z.string().max(4000)),
    ticked: z.array(z.string().max(64)).max(500),
  })
  .strict();

export const scriptRunSaveSchema = z
  .object({
    interactionId: z.number().int().positive(),
    scriptId: z.number().int().positive(),
    language: languageSchema,
    tone: toneSchema,
    walk: scriptWalkSchema,
    /** The agent finished the script (only allowed once every required field on the path is filled). */
    finished: z.boolean(),
  })
  .strict();
export type ScriptRunSave = z.infer<typeof scriptRunSaveSchema>;

export const scriptRunSchema = z.object({
  id: z.number().int(),
  interactionId: z.number().int(),
  scriptId: z.number().int(),
  slug: z.string(),
  version: z.number().int(),
  title: z.string(),
  language: languageSchema,
  tone: toneSchema,
  walk: scriptWalkSchema,
  /** In the order the agent went through the script. */
  answers: z.array(capturedAnswerSchema),
  missedCheckpoints: z.array(missedCheckpointSchema),
  startedAt: z.number().int(),
  finishedAt: z.number().int().nullable(),
});
export type ScriptRun = z.infer<typeof scriptRunSchema>;

/** The answers captured on a walk, labelled in the run's language, in path order. */
export function capturedAnswers(body: ScriptBody, walk: ScriptWalk, language: Language): CapturedAnswer[] {
  const index = indexSteps(body);
  const answers: CapturedAnswer[] = [];
  for (const stepId of new Set(walk.path)) {
    const step = index.get(stepId)?.step;
    const value = walk.values[stepId];
    if (step?.type === 'question' && value !== undefined) {
      const answer = step.answers.find((candidate) => candidate.id === value);
      answers.push({ stepId, kind: 'question', label: spokenText(step.text, body.defaultTone, language), value, shown: answer ? localText(answer.label, language) : value });
    } else if (step?.type === 'field' && value !== undefined) {
      const option = step.options?.find((candidate) => candidate.id === value);
      const shown = option ? localText(option.label, language) : value;
      answers.push({ stepId, kind: 'field', label: localText(step.label, language), value, shown, ...(step.wrapUp ? { wrapUp: step.wrapUp } : {}) });
    } else if (step?.type === 'checkpoint' && walk.ticked.includes(stepId)) {
      answers.push({ stepId, kind: 'checkpoint', label: localText(step.label, language), value: 'done', shown: localText(step.label, language) });
    }
  }
  return answers;
}

export function missedCheckpoints(body: ScriptBody, walk: ScriptWalk, language: Language): MissedCheckpoint[] {
  const index = indexSteps(body);
  return outstanding(body, walk, 'whole-call').checkpoints.map((stepId) => {
    const step = index.get(stepId)?.step;
    return { stepId, label: step?.type === 'checkpoint' ? localText(step.label, language) : stepId };
  });
}
