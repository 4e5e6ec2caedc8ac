import { isDeepStrictEqual } from 'node:util';
import { scorecardFormDraftSchema, type ScorecardFormProblem } from '@shared/scorecards/scorecard-form-draft';
import { checkScorecardForm } from '@shared/scorecards/scorecard-form-problems';
import type { Sqlite } from '../../store/connection';
import { preparedPerDatabase } from '../../store/prepared';
import type { ItemStatus, Reasons } from './item-report';
import type { ScorecardFormItem } from './wire';

const statements = preparedPerDatabase((sqlite: Sqlite) => ({
  held: sqlite.prepare<[string, number], { title: string; questions: string }>('SELECT title, questions FROM scorecard_forms WHERE slug = ? AND version = ?'),
  insert: sqlite.prepare<[string, number, string, string, number, string | null]>(
    'INSERT INTO scorecard_forms (slug, version, title, questions, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)',
  ),
}));

/** Where in the body a problem is, for the report (the field and the rule, never the words). */
function problemField(problem: ScorecardFormProblem): string {
  const question = 'question' in problem && problem.question !== null ? `.questions.${problem.question}` : '';
  if (problem.problem === 'empty-text' || problem.problem === 'text-too-long') return `body${question}.${problem.field}.${problem.language}`;
  if (problem.problem === 'weight-not-a-number' || problem.problem === 'weight-out-of-range') return `body${question}.weight`;
  if (problem.problem === 'bad-question-id' || problem.problem === 'duplicate-question-id') return `body${question}.id`;
  if (problem.problem === 'scale-out-of-range') return `body${question}.scaleMax`;
  return problem.problem === 'bad-slug' ? 'body.slug' : 'body.questions';
}

/**
 * A form version from the CRM (made on another console) joins the store and
 * can be scored with at once, if it meets the rules a supervisor's save
 * meets. Versions never change: a copy already held is skipped, and another
 * form under a number already held is refused rather than overwrite what
 * evaluations were scored against.
 */
export function applyScorecardForm(sqlite: Sqlite, item: ScorecardFormItem, reasons: Reasons): ItemStatus {
  const draft = scorecardFormDraftSchema.safeParse(item.body);
  if (!draft.success) {
    for (const issue of draft.error.issues.slice(0, 5)) reasons.add(`body.${issue.path.join('.')}`, issue.message);
    return 'rejected';
  }
  const checked = checkScorecardForm(draft.data);
  if (!checked.ok) {
    for (const problem of checked.problems.slice(0, 5)) reasons.add(problemField(problem), problem.problem);
    return 'rejected';
  }
  const { slug, title, questions } = checked.body;
  if (slug !== item.slug) {
    reasons.add('body.slug', 'differs from the item slug');
    return 'rejected';
  }
  const statement = statements(sqlite);
  const held = statement.held.get(slug, item.version);
  if (held !== undefined) {
    if (isDeepStrictEqual({ title: JSON.parse(held.title), questions: JSON.parse(held.questions) }, { title, questions })) return 'skipped';
    reasons.add('version', 'this version already holds another form; versions never change');
    return 'rejected';
  }
  statement.insert.run(slug, item.version, JSON.stringify(title), JSON.stringify(questions), item.createdAt, item.createdBy ?? null);
  return 'applied';
}
