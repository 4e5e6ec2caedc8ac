import { wrapUpDraftSchema, type WrapUpDraft } from '@shared/domain/wrap-up';

/**
 * The page's own copy of each call's wrap-up draft, written on every
 * keystroke and kept until main acknowledges that exact text: what was typed
 * while main was unreachable, or in the moments before it was killed, is sent
 * again from here (on the next page load and whenever main is back). One
 * localStorage key per call; localStorage writes are synchronous, so the copy
 * exists before the keystroke's event handler returns.
 */
const prefix = 'parley.wrap-up-draft.';

export interface JournalEntry {
  interactionId: number;
  draft: WrapUpDraft;
}

function store(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch (error) {
    // A page whose storage is disabled still saves through main; it only loses this second copy.
    console.warn('Parley: the page cannot keep a draft journal', error);
    return null;
  }
}

function parse(text: string | null): WrapUpDraft | null {
  if (text === null) return null;
  try {
    const parsed = wrapUpDraftSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function journalDraft(interactionId: number, draft: WrapUpDraft): void {
  try {
    store()?.setItem(prefix + interactionId, JSON.stringify(draft));
  } catch (error) {
    // A full quota: main still gets the draft on the next save, only the page's copy is missing.
    console.warn('Parley: the draft journal is full', error);
  }
}

/** Main has this exact draft: the page's copy is no longer needed — unless more was typed since. */
export function acknowledgeDraft(interactionId: number, draft: WrapUpDraft): void {
  const storage = store();
  if (storage?.getItem(prefix + interactionId) === JSON.stringify(draft)) storage.removeItem(prefix + interactionId);
}

/** The wrap-up was saved (or its call is gone): nothing of it waits any more. */
export function forgetDraft(interactionId: number): void {
  store()?.removeItem(prefix + interactionId);
}

export function journaledDraft(interactionId: number): WrapUpDraft | null {
  return parse(store()?.getItem(prefix + interactionId) ?? null);
}

export function journalEntries(): JournalEntry[] {
  const storage = store();
  if (!storage) return [];
  const entries: JournalEntry[] = [];
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index);
    if (!key?.startsWith(prefix)) continue;
    const interactionId = Number(key.slice(prefix.length));
    const draft = parse(storage.getItem(key));
    if (Number.isInteger(interactionId) && draft) entries.push({ interactionId, draft });
  }
  return entries;
}
