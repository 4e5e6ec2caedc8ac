/** The values a script's phrases may use, filled from the call, the customer and the agent. */
export const placeholderNames = [
  'customer.firstName',
  /** The first name as the customer is addressed by it: the Ukrainian vocative («Олено», «Андрію»). */
  'customer.firstNameVocative',
  /** Formal address: Russian name and patronymic, Ukrainian «пане/пані» and the vocative. */
  'customer.formalAddress',
  'customer.lastName',
  'customer.company',
  'agent.name',
  'call.number',
  'promise.what',
  /** Who keeps the promise: the customer hears a name, not "we". */
  'promise.owner',
  'promise.due',
] as const;
export type PlaceholderName = (typeof placeholderNames)[number];
export type PlaceholderValues = Partial<Record<PlaceholderName, string>>;

const placeholderPattern = /\{\{\s*([^{}]*?)\s*\}\}/g;

export function isPlaceholderName(name: string): name is PlaceholderName {
  return (placeholderNames as readonly string[]).includes(name);
}

/** Every `{{name}}` a text uses, in order. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(placeholderPattern)].map((match) => match[1] ?? '');
}

/** A phrase ready to show: text, and the values that were filled in or are missing (shown as a gap, never "undefined"). */
export type PhrasePart = { kind: 'text'; text: string } | { kind: 'value'; name: string; text: string } | { kind: 'gap'; name: string };

export function fillPlaceholders(text: string, values: PlaceholderValues): PhrasePart[] {
  const parts: PhrasePart[] = [];
  let last = 0;
  for (const match of text.matchAll(placeholderPattern)) {
    const name = match[1] ?? '';
    if (match.index > last) parts.push({ kind: 'text', text: text.slice(last, match.index) });
    const value = isPlaceholderName(name) ? values[name]?.trim() : undefined;
    parts.push(value ? { kind: 'value', name, text: value } : { kind: 'gap', name });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

/** The phrase as the agent would copy it: a gap stays visible as `[name]` so it is not read out blank. */
export function phraseText(parts: readonly PhrasePart[]): string {
  return parts.map((part) => (part.kind === 'gap' ? `[${part.name}]` : part.text)).join('');
}
