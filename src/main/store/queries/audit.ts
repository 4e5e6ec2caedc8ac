import type { Store } from '../connection';
import { auditLog } from '../schema';

type AuditEntry = typeof auditLog.$inferInsert;

/** The audit log only grows: who did what to which record, when; details never carry a record's values. */
export function writeAudit(store: Store, entry: AuditEntry): void {
  store.orm.insert(auditLog).values(entry).run();
}
