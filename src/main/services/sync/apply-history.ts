import { callDirections, callOutcomes, promiseOwnerTypes, promiseStatuses } from '@shared/domain/customer';
import type { Sqlite } from '../../store/connection';
import { preparedPerDatabase } from '../../store/prepared';
import type { ItemStatus, Reasons } from './item-report';
import { localCustomerId, localInteractionId } from './local-ids';
import type { InteractionItem, NoteItem, PromiseItem } from './wire';


const statements = preparedPerDatabase((sqlite: Sqlite) => ({
  codeExists: sqlite.prepare<[string], number>('SELECT 1 FROM disposition_codes WHERE code = ?').pluck(),
  rootCauseExists: sqlite.prepare<[string], number>('SELECT 1 FROM root_cause_codes WHERE code = ?').pluck(),
  upsertInteraction: sqlite
    .prepare<unknown[], number>(
      `INSERT INTO interactions (external_id, customer_id, direction, from_number, to_number, started_at, answered_at, ended_at, agent, outcome, disposition_code, customer_wanted, we_offered, updated_at, sip_call_id,
         quality_mos, quality_loss_percent, quality_jitter_ms, quality_round_trip_ms, longest_no_audio_s)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (external_id) DO UPDATE SET
         customer_id = excluded.customer_id, direction = excluded.direction, from_number = excluded.from_number, to_number = excluded.to_number,
         started_at = excluded.started_at, answered_at = excluded.answered_at, ended_at = excluded.ended_at, agent = excluded.agent,
         outcome = excluded.outcome, disposition_code = excluded.disposition_code, customer_wanted = excluded.customer_wanted, we_offered = excluded.we_offered,
         updated_at = coalesce(excluded.updated_at, interactions.updated_at),
         sip_call_id = coalesce(excluded.sip_call_id, interactions.sip_call_id),
         -- A copy without the figures (an older CRM, a call still live) leaves the ones here.
         quality_mos = coalesce(excluded.quality_mos, interactions.quality_mos),
         quality_loss_percent = coalesce(excluded.quality_loss_percent, interactions.quality_loss_percent),
         quality_jitter_ms = coalesce(excluded.quality_jitter_ms, interactions.quality_jitter_ms),
         quality_round_trip_ms = coalesce(excluded.quality_round_trip_ms, interactions.quality_round_trip_ms),
         longest_no_audio_s = coalesce(excluded.longest_no_audio_s, interactions.longest_no_audio_s)
       -- The later copy wins: one no newer than what is here is an older one replayed.
       WHERE excluded.updated_at IS NULL OR interactions.updated_at IS NULL OR excluded.updated_at > interactions.updated_at
       RETURNING id`,
    )
    .pluck(),
  clearRootCauses: sqlite.prepare<[number]>('DELETE FROM interaction_root_causes WHERE interaction_id = ?'),
  addRootCause: sqlite.prepare<[number, string]>('INSERT OR IGNORE INTO interaction_root_causes (interaction_id, code) VALUES (?, ?)'),
  // Notes are append-only: one that is here already stays exactly as it is.
  insertNote: sqlite.prepare<unknown[]>(
    `INSERT INTO notes (external_id, customer_id, interaction_id, author, body, created_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (external_id) DO NOTHING`,
  ),
  // Promise status: the later change wins, by its own timestamp, whichever side made it.
  upsertPromise: sqlite.prepare<unknown[]>(
    `INSERT INTO promises (external_id, customer_id, interaction_id, description, owner_type, owner_name, due_at, status, status_changed_at, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (external_id) DO UPDATE SET
       description = excluded.description, owner_type = excluded.owner_type, owner_name = excluded.owner_name, due_at = excluded.due_at,
       status = CASE WHEN excluded.status_changed_at > promises.status_changed_at THEN excluded.status ELSE promises.status END,
       status_changed_at = max(excluded.status_changed_at, promises.status_changed_at)`,
  ),
}));

function optionalInteraction(sqlite: Sqlite, externalId: string | null | undefined, reasons: Reasons): number | null {
  if (externalId === null || externalId === undefined) return null;
  const id = localInteractionId(sqlite, externalId);
  if (id === undefined) reasons.add('interactionId', 'unknown interaction, stored unlinked');
  return id ?? null;
}

export function applyInteraction(sqlite: Sqlite, item: InteractionItem, reasons: Reasons): ItemStatus {
  const statement = statements(sqlite);
  let customerId: number | null = null;
  if (item.customerId !== null) {
    customerId = localCustomerId(sqlite, item.customerId) ?? null;
    if (customerId === null) reasons.add('customerId', 'unknown customer, stored unlinked');
  }
  let outcome = reasons.choice(item.outcome, callOutcomes, null, 'outcome');
  // A finished call must say how it ended; one whose outcome this console cannot read is kept as failed.
  if (outcome === null && item.endedAt !== null && item.endedAt !== undefined) {
    if (item.outcome === null || item.outcome === undefined) reasons.add('outcome', 'missing on a finished call, stored as failed');
    else reasons.add('outcome', 'stored as failed');
    outcome = 'failed';
  }
  let dispositionCode = reasons.optionalText(item.dispositionCode, 'dispositionCode');
  if (dispositionCode !== null && statement.codeExists.get(dispositionCode) === undefined) {
    reasons.add('dispositionCode', 'unknown code, left out');
    dispositionCode = null;
  }
  const id = statement.upsertInteraction.get(
    item.id,
    customerId,
    reasons.choice(item.direction, callDirections, 'inbound', 'direction'),
    reasons.text(item.fromNumber, 'fromNumber'),
    reasons.text(item.toNumber, 'toNumber'),
    item.startedAt,
    item.answeredAt ?? null,
    item.endedAt ?? null,
    reasons.optionalText(item.agent, 'agent'),
    outcome,
    dispositionCode,
    reasons.optionalText(item.customerWanted, 'customerWanted'),
    reasons.optionalText(item.weOffered, 'weOffered'),
    item.updatedAt ?? null,
    reasons.optionalText(item.sipCallId, 'sipCallId'),
    ...callQuality(item.quality, reasons),
  );
  if (id === undefined) return 'skipped';
  statement.clearRootCauses.run(id);
  item.rootCauses.forEach((code, index) => {
    if (statement.rootCauseExists.get(code) === undefined) reasons.add(`rootCauses.${index}`, 'unknown code, left out');
    else statement.addRootCause.run(id, code);
  });
  return 'applied';
}

/** Each figure's range, as the store keeps it (migrations 0004 and 0015). */
const qualityRanges = {
  mos: [1, 5],
  lossPercent: [0, 100],
  jitterMs: [0, Infinity],
  roundTripMs: [0, Infinity],
  longestNoAudioSeconds: [0, Infinity],
} as const;

/** The call's quality figures in the store's column order; one out of its range is left out and reported. */
function callQuality(quality: InteractionItem['quality'], reasons: Reasons): (number | null)[] {
  return (Object.keys(qualityRanges) as (keyof typeof qualityRanges)[]).map((figure) => {
    const value = quality?.[figure];
    if (value === null || value === undefined) return null;
    const [lowest, highest] = qualityRanges[figure];
    const fits = value >= lowest && value <= highest && (figure !== 'longestNoAudioSeconds' || Number.isInteger(value));
    if (!fits) reasons.add(`quality.${figure}`, 'out of range, left out');
    return fits ? value : null;
  });
}

/** Skipped when the note is here already: notes never change once written. */
export function applyNote(sqlite: Sqlite, item: NoteItem, reasons: Reasons): ItemStatus {
  const customerId = localCustomerId(sqlite, item.customerId);
  if (customerId === undefined) {
    reasons.add('customerId', 'unknown customer');
    return 'rejected';
  }
  const inserted = statements(sqlite).insertNote.run(
    item.id,
    customerId,
    optionalInteraction(sqlite, item.interactionId, reasons),
    reasons.text(item.author, 'author'),
    reasons.text(item.body, 'body'),
    item.createdAt,
  );
  return inserted.changes > 0 ? 'applied' : 'skipped';
}

export function applyPromise(sqlite: Sqlite, item: PromiseItem, reasons: Reasons): ItemStatus {
  const customerId = localCustomerId(sqlite, item.customerId);
  if (customerId === undefined) {
    reasons.add('customerId', 'unknown customer');
    return 'rejected';
  }
  statements(sqlite).upsertPromise.run(
    item.id,
    customerId,
    optionalInteraction(sqlite, item.interactionId, reasons),
    reasons.text(item.description, 'description'),
    reasons.choice(item.ownerType, promiseOwnerTypes, 'team', 'ownerType'),
    reasons.text(item.ownerName, 'ownerName'),
    item.dueAt,
    reasons.choice(item.status, promiseStatuses, 'open', 'status'),
    item.statusChangedAt,
    item.createdAt,
  );
  return 'applied';
}
