import { useMemo, useState } from 'react';
import { checkScript, parseScriptFile, readScriptShape, scriptFileText } from '@shared/scripts/parse-script-file';
import type { ScriptBody } from '@shared/scripts/script-schema';

/** What the supervisor changed last: the file's text (File tab) or the script object (Form tab). */
type Draft = { slug: string; text: string } | { slug: string; body: ScriptBody };

/**
 * One unsaved script shared by both tabs. The form keeps its object as it is
 * (an emptied text is not a valid file, yet must stay on screen to be
 * retyped); the file tab sees that object written out, and the form reads
 * back whatever the file tab typed as long as it has the schema's shape.
 * `onEdit` hears every change (an earlier save's outcome no longer applies).
 */
export function useScriptDraft(slug: string | null, savedText: string, onEdit: () => void) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const current = draft?.slug === slug ? draft : null;
  const file = `${slug ?? 'script'}.yaml`;
  const fromForm = current !== null && 'body' in current ? current.body : null;
  const typed = current !== null && 'text' in current ? current.text : savedText;
  const text = useMemo(() => (fromForm ? scriptFileText(fromForm) : typed), [fromForm, typed]);
  const body = useMemo(() => fromForm ?? readScriptShape(text), [fromForm, text]);
  const checked = useMemo(() => (fromForm ? checkScript(file, fromForm) : parseScriptFile(file, text)), [file, fromForm, text]);
  const change = (next: Draft) => {
    setDraft(next);
    onEdit();
  };
  return {
    file,
    text,
    /** The script as the form shows it; null while the file tab holds something the form cannot show. */
    body,
    checked,
    edited: current !== null,
    setText: (next: string) => slug !== null && change({ slug, text: next }),
    setBody: (next: ScriptBody) => slug !== null && change({ slug, body: next }),
    discard: () => setDraft(null),
  };
}
