import { boardAlertRulesSchema, defaultBoardAlertRules, type BoardAlertRules } from '@shared/domain/board-alerts';
import type { Store } from '../../store/connection';
import { writeAudit } from '../../store/queries/audit';
import { readSetting, writeSetting } from '../../store/queries/settings';
import { getRoster } from '../roster/roster';

const settingKey = 'board.alertRules';

/** The supervisor's alert rules; the defaults when none were saved or what was saved no longer reads as rules. */
export function readBoardAlertRules(store: Store): BoardAlertRules {
  const stored = readSetting(store, settingKey);
  if (stored === undefined) return defaultBoardAlertRules;
  const parsed = boardAlertRulesSchema.safeParse(stored);
  if (!parsed.success) console.warn('The saved board alert rules do not read as rules; the defaults apply.', parsed.error.issues);
  return parsed.success ? parsed.data : defaultBoardAlertRules;
}

/** Saves the rules, and says in the audit log who changed them (not to what: the log keeps no values). */
export function saveBoardAlertRules(store: Store, rules: BoardAlertRules, now = Date.now()): BoardAlertRules {
  const actor = getRoster(store).me?.displayName ?? 'console';
  store.sqlite.transaction(() => {
    writeSetting(store, settingKey, rules, now);
    writeAudit(store, { at: now, actor, action: 'board.alert-rules.saved', entity: 'setting', entityId: settingKey, details: null });
  })();
  return rules;
}
