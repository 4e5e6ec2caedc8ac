import type { Store } from '../../store/connection';
import { writeAudit } from '../../store/queries/audit';
import { currentReviewer } from './reviewer';

type Refusal =
  | { action: 'review.refused' | 'evaluation.refused'; entity: 'interaction' }
  | { action: 'evaluation.reply-refused'; entity: 'evaluation' }
  | { action: 'scorecard-form.edit-refused'; entity: 'scorecard_form' };

/** A refused review, scoring, reply or form edit is written down with who asked, for what and (for a form) why — ids only, never the call's content. */
export function auditRefusal(store: Store, { action, entity }: Refusal, entityId: string, details: Record<string, string> | null = null): void {
  const { reviewer } = currentReviewer(store);
  writeAudit(store, { at: Date.now(), actor: reviewer.me?.displayName ?? (reviewer.ownName || 'unknown'), action, entity, entityId, details });
}
