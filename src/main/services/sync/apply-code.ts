import type { Sqlite } from '../../store/connection';
import { preparedPerDatabase } from '../../store/prepared';
import type { ItemStatus, Reasons } from './item-report';
import type { CodeItem } from './wire';

const upsert = (table: string) => `INSERT INTO ${table} (code, label_en, label_ru, label_uk, sort_order, active) VALUES (?, ?, ?, ?, ?, ?)
  ON CONFLICT (code) DO UPDATE SET label_en = excluded.label_en, label_ru = excluded.label_ru, label_uk = excluded.label_uk,
    sort_order = excluded.sort_order, active = excluded.active`;

const statements = preparedPerDatabase((sqlite: Sqlite) => ({
  'disposition-code': sqlite.prepare<unknown[]>(upsert('disposition_codes')),
  'root-cause-code': sqlite.prepare<unknown[]>(upsert('root_cause_codes')),
}));

/** Code lists are the CRM's: its labels and order replace ours; a retired code is kept inactive, never deleted (calls point at it). */
export function applyCode(sqlite: Sqlite, item: CodeItem, reasons: Reasons): ItemStatus {
  statements(sqlite)[item.kind].run(
    reasons.text(item.id, 'id'),
    reasons.text(item.labelEn, 'labelEn'),
    reasons.text(item.labelRu, 'labelRu'),
    reasons.text(item.labelUk, 'labelUk'),
    item.sortOrder,
    item.active ? 1 : 0,
  );
  return 'applied';
}
