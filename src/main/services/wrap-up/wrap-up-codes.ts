import type { WrapUpCodes } from '@shared/domain/wrap-up';
import type { Sqlite } from '../../store/database';
import { preparedPerDatabase } from '../../store/prepared';

type CodeRow = { code: string; en: string; ru: string; uk: string };

const listSql = (table: string) =>
  `SELECT code, label_en AS en, label_ru AS ru, label_uk AS uk FROM ${table} WHERE active = 1 ORDER BY sort_order, code`;

const statements = preparedPerDatabase((sqlite: Sqlite) => ({
  dispositions: sqlite.prepare<[], CodeRow>(listSql('disposition_codes')),
  rootCauses: sqlite.prepare<[], CodeRow>(listSql('root_cause_codes')),
  activeDisposition: sqlite.prepare<[string], number>('SELECT 1 FROM disposition_codes WHERE code = ? AND active = 1').pluck(),
  activeRootCause: sqlite.prepare<[string], number>('SELECT 1 FROM root_cause_codes WHERE code = ? AND active = 1').pluck(),
}));

const toOption = ({ code, en, ru, uk }: CodeRow) => ({ code, label: { en, ru, uk } });

/** The configurable lists a wrap-up picks from: active codes only, in the order the list gives. */
export function listWrapUpCodes(sqlite: Sqlite): WrapUpCodes {
  const prepared = statements(sqlite);
  return { dispositions: prepared.dispositions.all().map(toOption), rootCauses: prepared.rootCauses.all().map(toOption) };
}

export function isActiveDisposition(sqlite: Sqlite, code: string): boolean {
  return statements(sqlite).activeDisposition.get(code) !== undefined;
}

export function isActiveRootCause(sqlite: Sqlite, code: string): boolean {
  return statements(sqlite).activeRootCause.get(code) !== undefined;
}
