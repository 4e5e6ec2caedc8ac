import { Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScriptFileEditor } from './ScriptFileEditor';
import { ScriptForm } from './ScriptForm';
import { ScriptIssues } from './ScriptIssues';
import type { ScriptNames } from './issue-sentence';
import type { useScriptDraft } from './use-script-draft';

type Tab = 'form' | 'file';

/**
 * The same unsaved script two ways: a form for supervisors and the file for
 * IT. Mantine's tabs follow the WAI-ARIA pattern (arrow keys move between
 * them), so the editor works from the keyboard and with a screen reader.
 */
export function ScriptEditorTabs({ draft, names }: { draft: ReturnType<typeof useScriptDraft>; names: ScriptNames }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('form');
  const issues = draft.checked.ok ? [] : draft.checked.issues;

  return (
    <Tabs value={tab} onChange={(next) => setTab(next === 'file' ? 'file' : 'form')} keepMounted={false} className="script-editor__tabs">
      <Tabs.List aria-label={t('scriptEditor.tabs')}>
        <Tabs.Tab value="form">{t('scriptEditor.tab.form')}</Tabs.Tab>
        <Tabs.Tab value="file">{t('scriptEditor.tab.file')}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="form" className="script-editor__panel script-editor__panel--form">
        {draft.body !== null && <ScriptForm body={draft.body} issues={issues} names={names} onChange={draft.setBody} />}
        {draft.body === null && draft.text !== '' && (
          <>
            <Text size="sm">{t('scriptEditor.formNeedsFile')}</Text>
            <ScriptIssues issues={issues} names={names} />
          </>
        )}
      </Tabs.Panel>
      <Tabs.Panel value="file" className="script-editor__panel script-editor__panel--file">
        <ScriptFileEditor text={draft.text} issues={draft.text === '' ? [] : issues} names={names} onChange={draft.setText} />
      </Tabs.Panel>
    </Tabs>
  );
}
