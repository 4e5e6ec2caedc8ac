import type { Sqlite } from '../../store/connection';
import { preparedPerDatabase } from '../../store/prepared';
import { ed25519PublicKeyBytes } from '../supervision/ed25519';
import type { ItemStatus, Reasons } from './item-report';
import type { SupervisionKeyItem } from './wire';

const statements = preparedPerDatabase((sqlite: Sqlite) => ({
  heldUpdatedAt: sqlite.prepare<[string], number>('SELECT updated_at FROM supervision_keys WHERE kid = ?').pluck(),
  upsert: sqlite.prepare<[string, string, number, number | null, number]>(
    `INSERT INTO supervision_keys (kid, public_key, valid_from, valid_until, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (kid) DO UPDATE SET public_key = excluded.public_key, valid_from = excluded.valid_from,
       valid_until = excluded.valid_until, updated_at = excluded.updated_at`,
  ),
}));

/**
 * A CRM key that signs monitoring grants. The CRM's copy replaces ours unless
 * ours is as new or newer (a replayed page); a key is retired by giving it a
 * `validUntil`, never deleted (grants it signed are then refused as
 * "unknown-key" once that moment is past). A key that is not 32 bytes of
 * base64 is refused: no grant could ever be checked with it.
 */
export function applySupervisionKey(sqlite: Sqlite, item: SupervisionKeyItem, reasons: Reasons): ItemStatus {
  if (ed25519PublicKeyBytes(item.publicKey) === null) {
    reasons.add('publicKey', 'not a raw 32-byte Ed25519 public key in base64');
    return 'rejected';
  }
  if (item.validUntil !== null && item.validUntil !== undefined && item.validUntil <= item.validFrom) {
    reasons.add('validUntil', 'not after validFrom');
    return 'rejected';
  }
  const held = statements(sqlite).heldUpdatedAt.get(item.id);
  if (held !== undefined && held >= item.updatedAt) return 'skipped';
  statements(sqlite).upsert.run(reasons.text(item.id, 'id'), item.publicKey, item.validFrom, item.validUntil ?? null, item.updatedAt);
  return 'applied';
}
