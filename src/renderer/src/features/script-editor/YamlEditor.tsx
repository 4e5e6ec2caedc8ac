import { setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { Annotation, Compartment, EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { yamlEditorExtensions } from './yaml-editor-extensions';

/** Marks a change that came from outside (the form tab, another script chosen), so that it is not reported back as typing. */
const fromOutside = Annotation.define<boolean>();

/** What the file tab asks of the editor besides its text: to show a place in it (a problem's line). */
export interface YamlEditorHandle {
  reveal(from: number, to: number): void;
}

function inLanguage(label: string, phrases: Record<string, string>) {
  return [EditorView.contentAttributes.of({ 'aria-label': label }), EditorState.phrases.of(phrases)];
}

interface Props {
  ref?: Ref<YamlEditorHandle>;
  value: string;
  /** The accessible name of the editable text. */
  label: string;
  /** CodeMirror's own words (search, folding) in the console's language. */
  phrases: Record<string, string>;
  /** The validator's findings, at their place in `value`. */
  diagnostics: readonly Diagnostic[];
  onChange(text: string): void;
}

/**
 * The script file in CodeMirror 6, inside a shadow root of its own: there
 * CodeMirror's runtime styles go into a constructed stylesheet
 * (adoptedStyleSheets), which the page's `style-src 'self'` allows, instead of
 * a <style> element it would block (in a document, style-mod always writes one;
 * we have no nonce to give it). Mantine's tokens, being custom properties,
 * still reach inside.
 */
export function YamlEditor({ ref, value, label, phrases, diagnostics, onChange }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const changed = useRef(onChange);
  const localized = useRef(new Compartment());

  useEffect(() => {
    changed.current = onChange;
  }, [onChange]);

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    const editor = new EditorView({
      parent: root,
      state: EditorState.create({
        doc: value,
        extensions: [
          yamlEditorExtensions(),
          localized.current.of(inLanguage(label, phrases)),
          EditorView.updateListener.of((update) => {
            if (update.docChanged && !update.transactions.some((transaction) => transaction.annotation(fromOutside))) changed.current(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
    // The editor is made once; later values and findings arrive through the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useImperativeHandle(
    ref,
    () => ({
      reveal(from, to) {
        const editor = view.current;
        if (!editor) return;
        const length = editor.state.doc.length;
        const anchor = Math.min(from, length);
        editor.dispatch({ selection: { anchor, head: Math.min(Math.max(to, from), length) }, effects: EditorView.scrollIntoView(anchor, { y: 'center' }) });
        editor.focus();
      },
    }),
    [],
  );

  useEffect(() => {
    view.current?.dispatch({ effects: localized.current.reconfigure(inLanguage(label, phrases)) });
  }, [label, phrases]);

  useEffect(() => {
    const editor = view.current;
    if (!editor) return;
    const current = editor.state.doc.toString();
    if (current !== value) editor.dispatch({ changes: { from: 0, to: current.length, insert: value }, annotations: fromOutside.of(true) });
    const length = editor.state.doc.length;
    const clamped = diagnostics.map((diagnostic) => ({ ...diagnostic, from: Math.min(diagnostic.from, length), to: Math.min(Math.max(diagnostic.to, diagnostic.from), length) }));
    editor.dispatch(setDiagnostics(editor.state, clamped));
  }, [value, diagnostics]);

  // Escape belongs to the editor (it closes its search, its completions), not to the dialog: Mantine's modal
  // listens on the window, where an event from inside the shadow root comes from this host.
  return <div ref={host} className="yaml-editor" data-mantine-stop-propagation="true" data-testid="script-editor-text" />;
}
