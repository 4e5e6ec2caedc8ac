import type { Sqlite } from '../../store/connection';
import { applyAgent } from './apply-agent';
import { applyCode } from './apply-code';
import { applyCustomer } from './apply-customer';
import { applyEvaluation } from './apply-evaluation';
import { applyInteraction, applyNote, applyPromise } from './apply-history';
import { applyScorecardForm } from './apply-scorecard-form';
import { applyScript } from './apply-script';
import { applySupervisionKey } from './apply-supervision-key';
import { Reasons, type ItemOutcome, type ItemStatus } from './item-report';
import type { z } from 'zod';
import { wireItemSchema, type WireItem } from './wire';

function describe(raw: unknown): { kind: string; id: string | null } {
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return {
    kind: typeof record.kind === 'string' ? record.kind.slice(0, 40) : 'unknown',
    id: typeof record.id === 'string' ? record.id.slice(0, 200) : null,
  };
}

function store(sqlite: Sqlite, item: WireItem, reasons: Reasons, defaultCountry: string): ItemStatus {
  switch (item.kind) {
    case 'customer':
      return applyCustomer(sqlite, item, reasons, defaultCountry);
    case 'interaction':
      return applyInteraction(sqlite, item, reasons);
    case 'note':
      return applyNote(sqlite, item, reasons);
    case 'promise':
      return applyPromise(sqlite, item, reasons);
    case 'disposition-code':
    case 'root-cause-code':
      return applyCode(sqlite, item, reasons);
    case 'script':
      return applyScript(sqlite, item, reasons);
    case 'agent':
      return applyAgent(sqlite, item, reasons);
    case 'supervision-key':
      return applySupervisionKey(sqlite, item, reasons);
    case 'supervision':
      // A console pushes its own sessions; the CRM's record of anyone's comes back here and is not kept.
      return 'skipped';
    case 'evaluation':
      return applyEvaluation(sqlite, item, reasons);
    case 'scorecard_form':
      return applyScorecardForm(sqlite, item, reasons);
  }
}

/**
 * Validates one incoming item (a CRM change or an imported row) and stores it
 * under the conflict rules of docs/SYNC.md. Runs inside the caller's
 * transaction. Text is stored as text (the UI renders it as text, so HTML in
 * a name is harmless); what had to be adjusted or refused is in `reasons`.
 * `schema` is the contract's, or a stricter one for items from a file.
 */
export function applyChange(sqlite: Sqlite, raw: unknown, defaultCountry: string, schema: z.ZodType<WireItem> = wireItemSchema): ItemOutcome {
  const { kind, id } = describe(raw);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const reasons = parsed.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.') || '(item)'}: ${issue.message}`);
    return { status: 'rejected', kind, id, reasons };
  }
  const reasons = new Reasons();
  const status = store(sqlite, parsed.data, reasons, defaultCountry);
  return { status, kind, id, reasons: reasons.list };
}
