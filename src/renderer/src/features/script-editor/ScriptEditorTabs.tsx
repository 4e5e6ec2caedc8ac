import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ScriptForm } from './ScriptForm';
import { ScriptIssues } from './ScriptIssues';
import type { useScriptDraft } from './use-script-draft';

const tabs = ['form', 'file'] as const;
type Tab = (typeof tabs)[number];

/**
 * The same unsaved script two ways: a form for supervisors and the file for
 * IT. Tabs follow the WAI-ARIA pattern (arrow keys move between them) so the
 * editor works from the keyboard and with a screen reader.
 */
export function ScriptEditorTabs({ draft }: { draft: ReturnType<typeof useScriptDraft> }) {
  const { t } = useTranslation();
  const id = useId();
  const [tab, setTab] = useState<Tab>('form');
  const issues = draft.checked.ok ? [] : draft.checked.issues;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const by = event.key === 'ArrowLeft' ? tabs.length - 1 : 1;
    const next = tabs[(tabs.indexOf(tab) + by) % tabs.length] ?? tab;
    setTab(next);
    document.getElementById(`${id}-${next}-tab`)?.focus();
  };

  return (
    <div className="script-editor__source">
      <div role="tablist" aria-label={t('scriptEditor.tabs')} onKeyDown={onKeyDown}>
        {tabs.map((candidate) => (
          <button
            key={candidate}
            type="button"
            role="tab"
            id={`${id}-${candidate}-tab`}
            aria-selected={tab === candidate}
            aria-controls={`${id}-${candidate}`}
            tabIndex={tab === candidate ? 0 : -1}
            className="button"
            onClick={() => setTab(candidate)}
          >
            {t(`scriptEditor.tab.${candidate}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-${tab}`} aria-labelledby={`${id}-${tab}-tab`} className="script-editor__panel">
        {tab === 'form' && draft.body !== null && <ScriptForm body={draft.body} issues={issues} onChange={draft.setBody} />}
        {tab === 'form' && draft.body === null && draft.text !== '' && (
          <>
            <p>{t('scriptEditor.formNeedsFile')}</p>
            <ScriptIssues issues={issues} />
          </>
        )}
        {tab === 'file' && (
          <>
            <label htmlFor={`${id}-text`}>{t('scriptEditor.source')}</label>
            <textarea id={`${id}-text`} spellCheck={false} value={draft.text} onChange={(event) => draft.setText(event.target.value)} data-testid="script-editor-text" />
            {issues.length > 0 && draft.text !== '' && <ScriptIssues issues={issues} />}
          </>
        )}
      </div>
    </div>
  );
}
