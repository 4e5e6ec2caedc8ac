import { supportedLanguages } from '../domain/language';
import {
  formSlugPattern,
  maxQuestionWeight,
  maxScorecardQuestions,
  questionIdPattern,
  scaleMarks,
  scorecardTextLimits,
  type LocalWords,
  type ScorecardFormBody,
  type ScorecardQuestion,
} from './scorecard-form';
import type { ScorecardFormDraft, ScorecardFormProblem, ScorecardQuestionDraft } from './scorecard-form-draft';

export type ScorecardFormCheck = { ok: true; body: ScorecardFormBody } | { ok: false; problems: ScorecardFormProblem[] };

/** A scale without a stated top runs 1–5, as the shipped form's tone does. */
const defaultScaleMax = 5;

function checkWords(words: ScorecardFormDraft['title'], where: { question: number | null; field: 'title' | 'text' }, limit: number, problems: ScorecardFormProblem[]): LocalWords {
  const checked = { en: '', ru: '', uk: '' };
  for (const language of supportedLanguages) {
    const text = words[language].trim();
    if (text === '') problems.push({ problem: 'empty-text', ...where, language });
    else if (text.length > limit) problems.push({ problem: 'text-too-long', ...where, language, limit });
    checked[language] = text;
  }
  return checked;
}

/** What was typed in the weight field as a number, or null when it is none ("", "ten"); a decimal comma is read as a point. */
function weightOf(typed: number | string): number | null {
  if (typeof typed === 'number') return Number.isFinite(typed) ? typed : null;
  const text = typed.trim().replace(',', '.');
  return /^[-+]?\d+(\.\d+)?$/.test(text) ? Number(text) : null;
}

function checkQuestion(draft: ScorecardQuestionDraft, index: number, problems: ScorecardFormProblem[]): ScorecardQuestion {
  if (!questionIdPattern.test(draft.id)) problems.push({ problem: 'bad-question-id', question: index });
  const weight = weightOf(draft.weight);
  if (weight === null) problems.push({ problem: 'weight-not-a-number', question: index });
  else if (!Number.isInteger(weight) || weight < 1 || weight > maxQuestionWeight) problems.push({ problem: 'weight-out-of-range', question: index, limit: maxQuestionWeight });
  const scaleMax = draft.scaleMax ?? defaultScaleMax;
  if (draft.kind === 'scale' && (scaleMax < scaleMarks.min || scaleMax > scaleMarks.max)) problems.push({ problem: 'scale-out-of-range', question: index, ...scaleMarks });
  const question: ScorecardQuestion = {
    id: draft.id,
    title: checkWords(draft.title, { question: index, field: 'title' }, scorecardTextLimits.questionTitle, problems),
    text: checkWords(draft.text, { question: index, field: 'text' }, scorecardTextLimits.questionText, problems),
    kind: draft.kind,
    // "Not applicable" and a script's pre-answer belong to yes/no questions: a scale keeps neither.
    allowNa: draft.kind === 'yes-no' && draft.allowNa,
    weight: weight ?? 0,
    critical: draft.critical,
  };
  if (draft.kind === 'scale') question.scaleMax = scaleMax;
  if (draft.kind === 'yes-no' && draft.scriptSection !== undefined) question.scriptSection = draft.scriptSection;
  return question;
}

/**
 * The rules a form meets before it becomes a version, wherever it comes from
 * (the editor as it is typed, a save in main, a CRM's item): words in every
 * language, none empty or longer than its limit; at least one question and
 * at most 50; question ids unique (evaluations and trends name questions by
 * them); weights whole numbers from 1 to 100; and not every question
 * critical — a form of critical items only would score nothing but 0 or 100.
 * Every problem is listed with where it is, not only the first.
 */
export function checkScorecardForm(draft: ScorecardFormDraft): ScorecardFormCheck {
  const problems: ScorecardFormProblem[] = [];
  if (!formSlugPattern.test(draft.slug)) problems.push({ problem: 'bad-slug' });
  const title = checkWords(draft.title, { question: null, field: 'title' }, scorecardTextLimits.formTitle, problems);
  if (draft.questions.length === 0) problems.push({ problem: 'no-questions' });
  if (draft.questions.length > maxScorecardQuestions) problems.push({ problem: 'too-many-questions', limit: maxScorecardQuestions });
  const questions = draft.questions.map((question, index) => checkQuestion(question, index, problems));
  const seen = new Set<string>();
  draft.questions.forEach(({ id }, index) => {
    if (seen.has(id)) problems.push({ problem: 'duplicate-question-id', question: index, questionId: id });
    seen.add(id);
  });
  if (questions.length > 0 && questions.every((question) => question.critical)) problems.push({ problem: 'only-critical' });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, body: { slug: draft.slug, title, questions } };
}

/** A saved form as the editor starts from it. */
export function draftOf(form: ScorecardFormBody): ScorecardFormDraft {
  return { slug: form.slug, title: { ...form.title }, questions: form.questions.map((question) => ({ ...question, title: { ...question.title }, text: { ...question.text } })) };
}
