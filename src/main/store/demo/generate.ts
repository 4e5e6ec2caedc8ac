import type { Language } from '@shared/domain/language';
import type { Sqlite } from '../connection';
import { complaintDispositionCodes, demoDispositions, demoRootCauses } from './code-lists';
import { namePool, pickCommon, type NamePool, type PersonName, type Sex } from './name-pools';
import { contactCenterNumbers, demoPhoneNumber } from './phone-numbers';
import { withTrendRollupsInBulk } from '../trend-rollups-in-bulk';
import { insertDemoRoster } from './demo-roster';
import { createSeededRandom, type SeededRandom } from './seeded-random';
import { demoAgents, demoTexts } from './texts';

export interface DemoOptions {
  customers: number;
  /** Average calls per customer (0 to twice this many each). */
  interactionsPerCustomer?: number;
  seed?: number;
  /** The moment the history leads up to; data is the same for the same seed and `now`. */
  now?: number;
  onProgress?: (doneCustomers: number, totalCustomers: number) => void;
  /** Runs inside each batch's transaction, so that what it records commits (or not) with the batch. */
  inBatch?: (doneCustomers: number) => void;
}

/** Rows written, per kind. */
export interface DemoSummary {
  customers: number;
  tags: number;
  phones: number;
  interactions: number;
  rootCauses: number;
  notes: number;
  promises: number;
}

const minute = 60_000;
const day = 24 * 60 * minute;
const historyDays = 180;
/** Longer than any demo call lasts, so that every call has ended by `now`. */
const quietBeforeNow = 30 * minute;
/** Customers per transaction: big enough to amortize commits, small enough to keep the WAL modest. */
const batchSize = 5_000;

function prepareInserts(sqlite: Sqlite) {
  return {
    customer: sqlite.prepare(
      `INSERT INTO customers (first_name, last_name, display_name, company, email, tier, preferred_language,
                              preferred_tone, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    tag: sqlite.prepare('INSERT INTO customer_tags (customer_id, tag) VALUES (?, ?)'),
    phone: sqlite.prepare('INSERT INTO customer_phones (customer_id, e164, label) VALUES (?, ?, ?)'),
    interaction: sqlite.prepare(
      `INSERT INTO interactions (customer_id, direction, from_number, to_number, sip_call_id, started_at, answered_at,
                                 ended_at, agent, outcome, end_reason, disposition_code, customer_wanted, we_offered, wrapped_up_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    rootCause: sqlite.prepare('INSERT INTO interaction_root_causes (interaction_id, code) VALUES (?, ?)'),
    note: sqlite.prepare('INSERT INTO notes (customer_id, interaction_id, author, body, created_at) VALUES (?, ?, ?, ?, ?)'),
    promise: sqlite.prepare(
      `INSERT INTO promises (customer_id, interaction_id, description, owner_type, owner_name, due_at, status,
                             status_changed_at, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
  };
}

type Inserts = ReturnType<typeof prepareInserts>;

function insertCodeLists(sqlite: Sqlite): void {
  for (const [table, codes] of [['disposition_codes', demoDispositions], ['root_cause_codes', demoRootCauses]] as const) {
    const insert = sqlite.prepare(
      `INSERT OR IGNORE INTO ${table} (code, label_en, label_ru, label_uk, sort_order) VALUES (?, ?, ?, ?, ?)`,
    );
    codes.forEach(({ code, label }, index) => insert.run(code, label.en, label.ru, label.uk, index));
  }
}

/** Mostly Russian-speaking, as the seed articles' market; English and Ukrainian well represented. */
function pickLanguage(random: SeededRandom): Language {
  const roll = random.next();
  return roll < 0.45 ? 'ru' : roll < 0.75 ? 'uk' : 'en';
}

function pickTier(random: SeededRandom): 'standard' | 'key' | 'vip' {
  const roll = random.next();
  return roll < 0.03 ? 'vip' : roll < 0.13 ? 'key' : 'standard';
}

/** How long a promise past due may still be open: a few are overdue, none for months. */
const overdueAtMost = 5 * day;

/**
 * Where a promise stands by now. A team keeps most of its promises, so one long
 * past due was kept (or, now and then, broken), never left open for months
 * (the demo's cards are not all red); some that fell due in the last days are
 * still open, overdue; those due later are open.
 */
function promiseStanding(random: SeededRandom, now: number, madeAt: number, dueAt: number): { status: string; statusChangedAt: number } {
  if (dueAt >= now || (now - dueAt < overdueAtMost && random.chance(0.6))) return { status: 'open', statusChangedAt: madeAt };
  if (random.chance(0.85)) return { status: 'kept', statusChangedAt: dueAt - random.int(Math.max(1, dueAt - madeAt)) };
  return { status: 'broken', statusChangedAt: dueAt };
}

/** A sole trader is the customer under their own name («ИП Смирнов А. В.»); otherwise a company of the curated list. */
function pickCompany(random: SeededRandom, pool: NamePool, first: PersonName, last: PersonName, patronymic: string | null): string {
  if (!pool.soleTrader || random.chance(0.6)) return random.pick(pool.companies);
  const initials = [first.text, patronymic].flatMap((name) => (name ? [`${name.charAt(0)}.`] : [])).join(' ');
  return `${pool.soleTrader} ${last.text} ${initials}`;
}

function orderNumber(random: SeededRandom): string {
  return String(random.between(100_000, 999_999));
}

function fill(template: string, random: SeededRandom): string {
  return template.replace('{order}', orderNumber(random));
}

/**
 * Fills a database with a realistic demo contact center: code lists,
 * customers in English, Russian and Ukrainian with valid unique numbers, and
 * half a year of calls, notes and promises dated from `now` (most kept, some
 * broken, a few overdue by days, some due within the day), taken by the demo
 * roster's agents. Search indexes and trend rollups follow through the schema's triggers.
 */
export function generateDemoData(sqlite: Sqlite, options: DemoOptions): DemoSummary {
  const random = createSeededRandom(options.seed ?? 1);
  const now = options.now ?? Date.now();
  const averageCalls = options.interactionsPerCustomer ?? 5;
  const inserts = prepareInserts(sqlite);
  const summary: DemoSummary = { customers: 0, tags: 0, phones: 0, interactions: 0, rootCauses: 0, notes: 0, promises: 0 };
  // A second run continues past every number the first could have used, so numbers stay unique.
  const existingPhones = sqlite.prepare<[], number>('SELECT count(*) FROM customer_phones').pluck().get() ?? 0;
  const phonesSoFar: Record<Language, number> = { en: existingPhones, ru: existingPhones, uk: existingPhones };

  sqlite.transaction(() => {
    insertCodeLists(sqlite);
    insertDemoRoster(sqlite, now);
  })();

  const writeBatch = sqlite.transaction((count: number, doneAfter: number) => {
    // Each batch is new customers only: their calls' rollups are counted once, after the batch.
    withTrendRollupsInBulk(sqlite, () => {
      for (let i = 0; i < count; i++) writeCustomer(inserts, random, now, averageCalls, phonesSoFar, summary);
    });
    options.inBatch?.(doneAfter);
  });
  for (let done = 0; done < options.customers; done += batchSize) {
    const count = Math.min(batchSize, options.customers - done);
    writeBatch(count, done + count);
    options.onProgress?.(Math.min(done + batchSize, options.customers), options.customers);
  }
  return summary;
}

function writeCustomer(
  inserts: Inserts,
  random: SeededRandom,
  now: number,
  averageCalls: number,
  phonesSoFar: Record<Language, number>,
  summary: DemoSummary,
): void {
  const language = pickLanguage(random);
  const pool = namePool(language);
  const texts = demoTexts[language];
  const sex: Sex = random.chance(0.5) ? 'female' : 'male';
  const first = pickCommon(random, pool.firstNames[sex]);
  const last = pickCommon(random, pool.lastNames[sex]);
  // A CRM often lacks the patronymic: the script then asks how to address the customer.
  const patronymic = pool.patronymics[sex].length > 0 && random.chance(0.85) ? pickCommon(random, pool.patronymics[sex]) : null;
  const since = now - random.between(historyDays, 3 * 365) * day;
  const company = random.chance(0.25) ? pickCompany(random, pool, first, last, patronymic) : null;
  const email = random.chance(0.8)
    ? `${first.latin}.${last.latin}${random.chance(0.5) ? random.int(100) : ''}@${random.pick(pool.emailDomains)}`
    : null;
  const displayName = patronymic ? `${first.text} ${patronymic} ${last.text}` : `${first.text} ${last.text}`;

  const customerId = Number(
    inserts.customer.run(
      first.text, last.text, displayName, company, email, pickTier(random), language,
      random.chance(0.4) ? 'formal' : 'friendly', since, since,
    ).lastInsertRowid,
  );
  summary.customers += 1;

  if (random.chance(0.3)) {
    inserts.tag.run(customerId, random.pick(texts.tags));
    summary.tags += 1;
  }

  const phones = [demoPhoneNumber(language, phonesSoFar[language]++)];
  if (random.chance(0.4)) phones.push(demoPhoneNumber(language, phonesSoFar[language]++));
  phones.forEach((e164, index) => inserts.phone.run(customerId, e164, index === 0 ? 'mobile' : 'work'));
  summary.phones += phones.length;

  const callCount = random.int(2 * averageCalls + 1);
  const times = Array.from({ length: callCount }, () => now - quietBeforeNow - random.int(historyDays * day)).sort((a, b) => a - b);
  for (const startedAt of times) writeCall(inserts, random, now, customerId, language, phones, startedAt, summary);
}

function writeCall(
  inserts: Inserts,
  random: SeededRandom,
  now: number,
  customerId: number,
  language: Language,
  phones: readonly string[],
  startedAt: number,
  summary: DemoSummary,
): void {
  const texts = demoTexts[language];
  const inbound = random.chance(0.7);
  const customerNumber = random.pick(phones);
  const ourNumber = contactCenterNumbers[language];
  const roll = random.next();
  const outcome = roll < 0.8 ? 'answered' : roll < 0.9 ? 'missed' : roll < 0.94 ? 'busy' : roll < 0.97 ? 'voicemail' : 'declined';
  const answered = outcome === 'answered';
  // Most missed callers hang up while it rings (abandoned); the rest rang out unanswered.
  const endReason = answered ? random.pick(['local-hangup', 'remote-hangup']) : outcome === 'missed' ? (random.chance(0.7) ? 'caller-cancelled' : 'no-answer') : outcome === 'voicemail' ? 'forwarded' : outcome;
  const answeredAt = answered ? startedAt + random.between(3, 25) * 1000 : null;
  const endedAt = answeredAt !== null ? answeredAt + random.between(30, 900) * 1000 : startedAt + random.between(5, 40) * 1000;
  const agent = random.pick(demoAgents);
  const complaint = answered && random.chance(0.15);
  const disposition = !answered ? null : complaint ? random.pick(complaintDispositionCodes) : random.pick(demoDispositions).code;

  const interactionId = Number(
    inserts.interaction.run(
      customerId, inbound ? 'inbound' : 'outbound', inbound ? customerNumber : ourNumber, inbound ? ourNumber : customerNumber,
      `demo-${customerId}-${startedAt}@parley.invalid`, startedAt, answeredAt, endedAt, agent, outcome, endReason, disposition,
      complaint ? random.pick(texts.customerWanted) : null, complaint ? random.pick(texts.weOffered) : null,
      answered ? endedAt + random.between(5, 120) * 1000 : null,
    ).lastInsertRowid,
  );
  summary.interactions += 1;
  if (!answered) return;

  if (complaint || random.chance(0.3)) {
    const first = random.pick(demoRootCauses).code;
    inserts.rootCause.run(interactionId, first);
    summary.rootCauses += 1;
    const second = random.pick(demoRootCauses).code;
    if (second !== first && random.chance(0.3)) {
      inserts.rootCause.run(interactionId, second);
      summary.rootCauses += 1;
    }
  }
  if (complaint || random.chance(0.3)) {
    inserts.note.run(customerId, interactionId, agent, fill(random.pick(texts.notes), random), endedAt);
    summary.notes += 1;
  }
  if (complaint || random.chance(0.08)) {
    const dueAt = endedAt + random.between(2, 120) * 60 * minute;
    const ownerRoll = random.next();
    const [ownerType, ownerName] =
      ownerRoll < 0.6 ? ['me', agent] : ownerRoll < 0.85 ? ['team', random.pick(texts.teams)] : ['person', random.pick(demoAgents)];
    const { status, statusChangedAt } = promiseStanding(random, now, endedAt, dueAt);
    inserts.promise.run(customerId, interactionId, fill(random.pick(texts.promises), random), ownerType, ownerName, dueAt, status, statusChangedAt, endedAt);
    summary.promises += 1;
  }
}
