import type { Diagnostic } from '@codemirror/lint';
import { Text } from '@mantine/core';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScriptIssue } from '@shared/scripts/script-issue';
import { ScriptIssues } from './ScriptIssues';
import { YamlEditor, type YamlEditorHandle } from './YamlEditor';
import { codeEditorPhrases } from './code-editor-phrases';
import { issueRanges } from './issue-ranges';
import { issueSentence, type ScriptNames } from './issue-sentence';

interface Props {
  text: string;
  issues: ScriptIssue[];
  names: ScriptNames;
  onChange(text: string): void;
}

/** The script as its file, with each problem marked at its line and listed below in the same sentences; choosing one goes to its line. */
export function ScriptFileEditor({ text, issues, names, onChange }: Props) {
  const { t } = useTranslation();
  const editor = useRef<YamlEditorHandle>(null);
  const phrases = useMemo(() => codeEditorPhrases(t), [t]);
  const ranges = useMemo(() => issueRanges(text, issues), [text, issues]);
  const diagnostics = useMemo<Diagnostic[]>(() => ranges.map(({ issue, from, to }) => ({ from, to, severity: 'error', source: 'Parley', message: issueSentence(issue, t, names) })), [ranges, names, t]);
  const reveal = (issue: ScriptIssue) => {
    const range = ranges.find((candidate) => candidate.issue === issue);
    if (range) editor.current?.reveal(range.from, range.to);
  };
  return (
    <div className="script-file">
      {/* The editable text carries the same words as its accessible name; this is the caption sighted users read. */}
      <Text size="sm" fw={500} aria-hidden>
        {t('scriptEditor.source')}
      </Text>
      <YamlEditor ref={editor} value={text} phrases={phrases} label={t('scriptEditor.source')} diagnostics={diagnostics} onChange={onChange} />
      {issues.length > 0 && (
        <div className="script-file__issues">
          <ScriptIssues issues={issues} names={names} onReveal={reveal} />
        </div>
      )}
    </div>
  );
}
