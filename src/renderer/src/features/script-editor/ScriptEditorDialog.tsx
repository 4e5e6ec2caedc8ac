import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { localText } from '@shared/scripts/local-text';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useContract } from '../../ui/contract-context';
import { useContractQuery } from '../../ui/use-contract-query';
import { useUiLanguage } from '../../ui/use-ui-language';
import { ScriptIssues } from './ScriptIssues';
import { ScriptEditorTabs } from './ScriptEditorTabs';
import { ScriptPreview } from './ScriptPreview';
import { useScriptDraft } from './use-script-draft';
import { useScriptFile } from './use-script-file';

/**
 * Where a supervisor edits the scripts: in a form or as the whole file (texts
 * in every language and tone, steps, branches), checked as it is typed with
 * the same rules an import meets, a preview as an agent would see it, and import and
 * export of files. A save is a new version, for calls that start after it.
 */
export function ScriptEditorDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const contract = useContract();
  const language = useUiLanguage();
  const dialog = useRef<HTMLDialogElement>(null);
  const textId = useId();
  const [revision, setRevision] = useState(0);
  const list = useContractQuery(`script-list:${revision}`, () => contract.call('scripts.list', {}), { keepPrevious: true });
  const scripts = list.status === 'ready' ? list.value.scripts : [];
  const [slug, setSlug] = useState<string | null>(null);
  const selected = slug ?? scripts[0]?.slug ?? null;
  const file = useContractQuery(selected === null ? null : `script-file:${selected}:${revision}`, () => contract.call('scripts.export', { slug: selected ?? '' }));
  const saved = file.status === 'ready' ? file.value.text : '';
  const { outcome, save, exportFile, clear } = useScriptFile();
  const draft = useScriptDraft(selected, saved, clear);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const afterSave = (savedSlug: string | undefined) => {
    if (savedSlug === undefined) return;
    draft.discard();
    setSlug(savedSlug);
    setRevision((current) => current + 1);
  };
  const onImport = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    event.target.value = '';
    if (chosen) afterSave((await save(chosen.name, await chosen.text()))?.script?.slug);
  };

  return (
    <dialog ref={dialog} className="script-editor" onClose={onClose} aria-labelledby={`${textId}-title`} data-testid="script-editor">
      <header className="script-editor__header">
        <h2 id={`${textId}-title`}>{t('scriptEditor.title')}</h2>
        <button type="button" className="button" onClick={() => dialog.current?.close()}>
          {t('scriptEditor.close')}
        </button>
      </header>
      <p className="muted">{t('scriptEditor.versionHint')}</p>
      {list.status === 'ready' && list.value.folderIssues.length > 0 && (
        <section aria-label={t('scriptEditor.folderRefused')}>
          <h3>{t('scriptEditor.folderRefused')}</h3>
          <ScriptIssues issues={list.value.folderIssues} />
        </section>
      )}
      <div className="call-script__bar">
        <label>
          {t('scriptEditor.script')}{' '}
          <select
            value={selected ?? ''}
            onChange={(event) => {
              setSlug(event.target.value);
              clear();
            }}
            data-testid="script-editor-select"
          >
            {scripts.map((script) => (
              <option key={script.slug} value={script.slug}>
                {localText(script.body.title, language)} · v{script.version}
              </option>
            ))}
          </select>
        </label>
        <label className="button">
          {t('scriptEditor.import')}
          <input type="file" accept=".yaml,.yml,.json" className="visually-hidden" onChange={(event) => void onImport(event)} data-testid="script-editor-import" />
        </label>
        <button type="button" className="button" disabled={selected === null} onClick={() => selected && void exportFile(selected)}>
          {t('scriptEditor.export')}
        </button>
      </div>
      <div className="script-editor__body">
        <div className="script-editor__edit">
          <ScriptEditorTabs draft={draft} />
          {outcome && 'error' in outcome && <ErrorNotice error={outcome.error} />}
          {outcome && 'saved' in outcome && outcome.saved.issues.length > 0 && <ScriptIssues issues={outcome.saved.issues} />}
          {outcome && 'saved' in outcome && outcome.saved.script && (
            <p role="status" data-testid="script-editor-saved">
              {t('scriptEditor.saved', { version: outcome.saved.script.version })}
            </p>
          )}
          <button
            type="button"
            className="button button--primary"
            disabled={!draft.checked.ok || !draft.edited}
            onClick={() => void save(draft.file, draft.text).then((result) => afterSave(result?.script?.slug))}
            data-testid="script-editor-save"
          >
            {t('scriptEditor.save')}
          </button>
        </div>
        {draft.checked.ok && <ScriptPreview key={selected} body={draft.checked.body} />}
      </div>
    </dialog>
  );
}
