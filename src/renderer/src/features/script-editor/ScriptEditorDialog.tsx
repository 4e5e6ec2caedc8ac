import { Button, FileButton, Group, Modal, Select, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localText } from '@shared/scripts/local-text';
import type { ScriptBody } from '@shared/scripts/script-schema';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useContract } from '../../ui/contract-context';
import { useContractQuery } from '../../ui/use-contract-query';
import { useUiLanguage } from '../../ui/use-ui-language';
import { ScriptIssues } from './ScriptIssues';
import { ScriptEditorTabs } from './ScriptEditorTabs';
import { ScriptPreview } from './ScriptPreview';
import { useScriptDraft } from './use-script-draft';
import { useScriptFile } from './use-script-file';
import { useScriptNames } from './use-script-names';
import './script-editor.css';

/**
 * Where a supervisor edits the scripts: in a form or as the whole file (texts
 * in every language and tone, steps, branches), checked as it is typed with
 * the same rules an import meets, a preview as an agent would see it, and import and
 * export of files. A save is a new version, for calls that start after it.
 * It takes the whole window: the file and the preview side by side need it.
 */
export function ScriptEditorDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const contract = useContract();
  const language = useUiLanguage();
  const [revision, setRevision] = useState(0);
  const list = useContractQuery(`script-list:${revision}`, () => contract.call('scripts.list', {}), { keepPrevious: true });
  const scripts = list.status === 'ready' ? list.value.scripts : [];
  const [slug, setSlug] = useState<string | null>(null);
  const selected = slug ?? scripts[0]?.slug ?? null;
  const file = useContractQuery(selected === null ? null : `script-file:${selected}:${revision}`, () => contract.call('scripts.export', { slug: selected ?? '' }));
  const saved = file.status === 'ready' ? file.value.text : '';
  const { outcome, save, exportFile, clear } = useScriptFile();
  const draft = useScriptDraft(selected, saved, clear);
  const names = useScriptNames(draft.body);
  // While a change breaks the script, the preview keeps showing it as it last worked (derived state, set while rendering).
  const [lastGood, setLastGood] = useState<{ slug: string | null; body: ScriptBody } | null>(null);
  if (draft.checked.ok && (lastGood?.body !== draft.checked.body || lastGood.slug !== selected)) setLastGood({ slug: selected, body: draft.checked.body });
  const previewed = draft.checked.ok ? draft.checked.body : lastGood?.slug === selected ? lastGood.body : null;

  const afterSave = (savedSlug: string | undefined) => {
    if (savedSlug === undefined) return;
    draft.discard();
    setSlug(savedSlug);
    setRevision((current) => current + 1);
  };
  const onImport = async (chosen: File | null) => {
    if (chosen) afterSave((await save(chosen.name, await chosen.text()))?.script?.slug);
  };

  return (
    // No scroll lock: react-remove-scroll would write a <style> element, which `style-src 'self'` refuses; the
    // dialog covers the whole window, so there is nothing behind it to scroll anyway.
    <Modal.Root opened onClose={onClose} fullScreen lockScroll={false}>
      <Modal.Overlay />
      <Modal.Content className="script-editor" data-testid="script-editor">
        <Modal.Header>
          <Modal.Title fw={600} fz="lg">
            {t('scriptEditor.title')}
          </Modal.Title>
          <Modal.CloseButton aria-label={t('scriptEditor.close')} />
        </Modal.Header>
        <Modal.Body className="script-editor__body">
          <Group gap="sm" align="end" wrap="wrap">
            <Select
              label={t('scriptEditor.script')}
              value={selected}
              allowDeselect={false}
              data={scripts.map((script) => ({ value: script.slug, label: `${localText(script.body.title, language)} · ${t('scriptEditor.version', { version: script.version })}` }))}
              onChange={(value) => {
                if (value === null) return;
                setSlug(value);
                clear();
              }}
              w={320}
              data-testid="script-editor-select"
            />
            <FileButton accept=".yaml,.yml,.json" onChange={(chosen) => void onImport(chosen)} inputProps={{ 'aria-label': t('scriptEditor.import') }}>
              {(props) => (
                <Button variant="default" {...props}>
                  {t('scriptEditor.import')}
                </Button>
              )}
            </FileButton>
            <Button variant="default" disabled={selected === null} onClick={() => selected && void exportFile(selected)}>
              {t('scriptEditor.export')}
            </Button>
            <Text size="sm" c="dimmed" className="script-editor__hint">
              {t('scriptEditor.versionHint')}
            </Text>
          </Group>
          {list.status === 'ready' && list.value.folderIssues.length > 0 && (
            <section aria-label={t('scriptEditor.folderRefused')}>
              <Text fw={600} size="sm">
                {t('scriptEditor.folderRefused')}
              </Text>
              <ScriptIssues issues={list.value.folderIssues} withFile />
            </section>
          )}
          <div className="script-editor__main">
            <div className="script-editor__edit">
              <ScriptEditorTabs draft={draft} names={names} />
              {outcome && 'error' in outcome && <ErrorNotice error={outcome.error} />}
              {outcome && 'saved' in outcome && outcome.saved.issues.length > 0 && <ScriptIssues issues={outcome.saved.issues} names={names} />}
              <Group gap="sm">
                <Button
                  disabled={!draft.checked.ok || !draft.edited}
                  onClick={() => void save(draft.file, draft.text).then((result) => afterSave(result?.script?.slug))}
                  data-testid="script-editor-save"
                >
                  {t('scriptEditor.save')}
                </Button>
                {outcome && 'saved' in outcome && outcome.saved.script && (
                  <Text size="sm" role="status" data-testid="script-editor-saved">
                    {t('scriptEditor.saved', { version: outcome.saved.script.version })}
                  </Text>
                )}
              </Group>
            </div>
            {previewed && <ScriptPreview key={selected} body={previewed} stale={!draft.checked.ok} />}
          </div>
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
