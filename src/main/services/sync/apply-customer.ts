import { customerTiers, tones } from '@shared/domain/customer';
import { supportedLanguages } from '@shared/domain/language';
import { toE164 } from '@shared/domain/phone-number';
import type { Sqlite } from '../../store/connection';
import { preparedPerDatabase } from '../../store/prepared';
import type { ItemStatus, Reasons } from './item-report';
import type { CustomerItem } from './wire';

const statements = preparedPerDatabase((sqlite: Sqlite) => ({
  // Profile fields: the server wins. The WHERE keeps an older copy (a replayed page) from overwriting a newer one, and the same version from being rewritten.
  upsert: sqlite
    .prepare<unknown[], number>(
      `INSERT INTO customers (external_id, first_name, last_name, display_name, company, email, tier, preferred_language, preferred_tone, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (external_id) DO UPDATE SET
         first_name = excluded.first_name, last_name = excluded.last_name, display_name = excluded.display_name,
         company = excluded.company, email = excluded.email, tier = excluded.tier,
         preferred_language = excluded.preferred_language, preferred_tone = excluded.preferred_tone, updated_at = excluded.updated_at
       WHERE excluded.updated_at > customers.updated_at
       RETURNING id`,
    )
    .pluck(),
  clearPhones: sqlite.prepare<[number]>('DELETE FROM customer_phones WHERE customer_id = ?'),
  addPhone: sqlite.prepare<[number, string, string | null]>('INSERT OR IGNORE INTO customer_phones (customer_id, e164, label) VALUES (?, ?, ?)'),
  clearTags: sqlite.prepare<[number]>('DELETE FROM customer_tags WHERE customer_id = ?'),
  addTag: sqlite.prepare<[number, string]>('INSERT OR IGNORE INTO customer_tags (customer_id, tag) VALUES (?, ?)'),
}));

/** Stores a customer with their phones and tags as the CRM has them; skipped when a newer copy is already here. */
export function applyCustomer(sqlite: Sqlite, item: CustomerItem, reasons: Reasons, defaultCountry: string): ItemStatus {
  const firstName = reasons.text(item.firstName, 'firstName');
  const lastName = reasons.text(item.lastName, 'lastName');
  const displayName = reasons.optionalText(item.displayName, 'displayName') || `${firstName} ${lastName}`.trim();
  const statement = statements(sqlite);
  const id = statement.upsert.get(
    item.id,
    firstName,
    lastName,
    displayName,
    reasons.optionalText(item.company, 'company'),
    reasons.optionalText(item.email, 'email'),
    reasons.choice(item.tier, customerTiers, 'standard', 'tier'),
    reasons.choice(item.preferredLanguage, supportedLanguages, null, 'preferredLanguage'),
    reasons.choice(item.preferredTone, tones, 'friendly', 'preferredTone'),
    item.updatedAt,
    item.updatedAt,
  );
  if (id === undefined) return 'skipped';

  statement.clearPhones.run(id);
  item.phones.forEach((phone, index) => {
    const e164 = toE164(phone.number, defaultCountry);
    if (e164 === null) reasons.add(`phones.${index}`, 'not a valid phone number, left out');
    else statement.addPhone.run(id, e164, reasons.optionalText(phone.label, `phones.${index}.label`));
  });
  statement.clearTags.run(id);
  item.tags.forEach((tag, index) => statement.addTag.run(id, reasons.text(tag, `tags.${index}`)));
  return 'applied';
}
