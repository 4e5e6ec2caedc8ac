import type { Translate } from './issue-sentence';

/** CodeMirror's own words (search panel, folding, lint panel, screen-reader announcements), each with its key under `scriptEditor.codeEditor`. */
const phraseKeys: Record<string, string> = {
  Find: 'find',
  Replace: 'replaceWith',
  next: 'next',
  previous: 'previous',
  all: 'all',
  'match case': 'matchCase',
  regexp: 'regexp',
  'by word': 'byWord',
  replace: 'replace',
  'replace all': 'replaceAll',
  close: 'close',
  'current match': 'currentMatch',
  'on line': 'onLine',
  'replaced $ matches': 'replacedMatches',
  'replaced match on line $': 'replacedMatchOnLine',
  'Go to line': 'goToLine',
  go: 'go',
  'Folded lines': 'foldedLines',
  'Unfolded lines': 'unfoldedLines',
  'Fold line': 'foldLine',
  'Unfold line': 'unfoldLine',
  'folded code': 'foldedCode',
  unfold: 'unfold',
  to: 'to',
  Diagnostics: 'diagnostics',
  'No diagnostics': 'noDiagnostics',
  'Selection deleted': 'selectionDeleted',
  'Control character': 'controlCharacter',
  Completions: 'completions',
};

/** The editor's words in the console's language, for `EditorState.phrases`. */
export function codeEditorPhrases(t: Translate): Record<string, string> {
  return Object.fromEntries(Object.entries(phraseKeys).map(([phrase, key]) => [phrase, t(`scriptEditor.codeEditor.${key}`)]));
}
