import { yaml } from '@codemirror/lang-yaml';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { lintGutter } from '@codemirror/lint';
import { EditorView } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import { basicSetup } from 'codemirror';

/** YAML in the console's colours: Mantine's tokens are custom properties, which reach into the editor's shadow root. */
const yamlHighlight = HighlightStyle.define([
  { tag: tags.definition(tags.propertyName), color: 'var(--mantine-color-blue-8)', fontWeight: '600' },
  { tag: [tags.string, tags.special(tags.string)], color: 'var(--mantine-color-green-9)' },
  { tag: tags.lineComment, color: 'var(--mantine-color-dimmed)', fontStyle: 'italic' },
  { tag: [tags.separator, tags.meta], color: 'var(--mantine-color-gray-6)' },
  { tag: [tags.labelName, tags.typeName, tags.keyword], color: 'var(--mantine-color-grape-8)' },
]);

const theme = EditorView.theme({
  '&': { height: '100%', fontSize: 'var(--mantine-font-size-sm)', color: 'var(--mantine-color-text)', backgroundColor: 'var(--mantine-color-body)' },
  '&.cm-focused': { outline: '2px solid var(--mantine-primary-color-filled)', outlineOffset: '-2px' },
  '.cm-scroller': { fontFamily: 'var(--mantine-font-family-monospace)', lineHeight: '1.5' },
  '.cm-gutters': { backgroundColor: 'var(--mantine-color-gray-0)', color: 'var(--mantine-color-dimmed)', borderRight: '1px solid var(--mantine-color-default-border)' },
  '.cm-activeLineGutter, .cm-activeLine': { backgroundColor: 'var(--mantine-color-blue-light)' },
});

/** Everything the file tab's editor is made of: line numbers, undo, search, YAML with its colours, and the validator's marks in the gutter. */
export function yamlEditorExtensions() {
  return [basicSetup, yaml(), syntaxHighlighting(yamlHighlight), lintGutter(), theme, EditorView.lineWrapping];
}
