import { isDeepStrictEqual } from 'node:util';
import { formEditAccess, type FormEditAccess } from '@shared/review/review-access';
import type { StoredScorecardForm } from '@shared/scorecards/scorecard-form';
import type { ScorecardFormDraft, ScorecardFormProblem } from '@shared/scorecards/scorecard-form-draft';
import { checkScorecardForm } from '@shared/scorecards/scorecard-form-problems';
import { scorecardFormId } from '@shared/scorecards/scorecard-form';
import { inTransaction, type Store } from '../../store/connection';
import { writeAudit } from '../../store/queries/audit';
import { enqueue } from '../sync/outbox';
import { auditRefusal } from './audit-refusal';
import { currentReviewer } from './reviewer';
import { newestScorecardForm, storeScorecardFormVersion } from './scorecard-form-store';

export type FormSaveOutcome =
  | { saved: StoredScorecardForm; unchanged: boolean }
  | { refused: Exclude<FormEditAccess, 'allowed'> }
  | { problems: ScorecardFormProblem[] };

/**
 * A supervisor's edited form becomes the form's next version, stored and
 * queued for the CRM in one transaction (other consoles get it from there);
 * the versions before it never change, so evaluations made with them keep
 * their questions. Refused — and written down — for anyone but an active
 * supervisor or admin; a form that breaks a rule is refused with every
 * problem and nothing stored. A form saved exactly as its newest version is
 * that version, not a new one.
 */
export function saveScorecardForm(store: Store, draft: ScorecardFormDraft, now = Date.now()): FormSaveOutcome {
  const { reviewer } = currentReviewer(store);
  const access = formEditAccess(reviewer.me);
  if (access !== 'allowed') {
    auditRefusal(store, { action: 'scorecard-form.edit-refused', entity: 'scorecard_form' }, draft.slug.slice(0, 64), { reason: access });
    return { refused: access };
  }
  const checked = checkScorecardForm(draft);
  if (!checked.ok) return { problems: checked.problems };
  const newest = newestScorecardForm(store, checked.body.slug);
  if (newest && isDeepStrictEqual({ slug: newest.slug, title: newest.title, questions: newest.questions }, checked.body)) return { saved: newest, unchanged: true };
  const author = reviewer.me?.displayName ?? reviewer.ownName;
  const saved = inTransaction(store, () => {
    const { form, id } = storeScorecardFormVersion(store, checked.body, author, now);
    writeAudit(store, { at: now, actor: author, action: 'scorecard-form.saved', entity: 'scorecard_form', entityId: scorecardFormId(form), details: null });
    enqueue(store, { kind: 'scorecard_form', localId: id }, now);
    return form;
  });
  return { saved, unchanged: false };
}
