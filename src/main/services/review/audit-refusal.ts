import type { Store } from '../../store/connection';
import { writeAudit } from '../../store/queries/audit';
import { currentReviewer } from './reviewer';

/** A refused review, scoring or reply is written down with who asked and for what (ids only, never the call's content). */
export function auditRefusal(store: Store, action: 'review.refused' | 'evaluation.refused' | 'evaluation.reply-refused', entity: 'interaction' | 'evaluation', entityId: string): void {
  const { reviewer } = currentReviewer(store);
  writeAudit(store, { at: Date.now(), actor: reviewer.me?.displayName ?? (reviewer.ownName || 'unknown'), action, entity, entityId, details: null });
}
