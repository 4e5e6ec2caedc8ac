import { Alert, Button, Group, Select, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tone } from '@shared/domain/customer';
import type { Language } from '@shared/domain/language';
import { scriptLanguage } from '@shared/scripts/local-text';
import type { ScriptBody } from '@shared/scripts/script-schema';
import { startWalk, type ScriptWalk } from '@shared/scripts/script-walker';
import { useUiLanguage } from '../../ui/use-ui-language';
import { ScriptRunner } from '../script-pane/ScriptRunner';

interface Props {
  body: ScriptBody;
  /** The body is the script as it last worked: the draft has problems now. */
  stale: boolean;
}

/**
 * The script being edited, as an agent would see it, in the console's
 * language when the script speaks it (else its first, with a word on why),
 * in each tone. No call is behind it, so every value from a call shows as the
 * gap an agent would see if it were unknown.
 */
export function ScriptPreview({ body, stale }: Props) {
  const { t } = useTranslation();
  const uiLanguage = useUiLanguage();
  const [chosen, setChosen] = useState<Language | null>(null);
  const [tone, setTone] = useState<Tone>(body.defaultTone);
  const [walk, setWalk] = useState<ScriptWalk>(() => startWalk(body));
  const shownLanguage = chosen !== null && body.languages.includes(chosen) ? chosen : scriptLanguage(body, uiLanguage);
  const languageName = (language: Language) => t(`scriptEditor.languageName.${language}`);
  return (
    <section className="script-preview" aria-label={t('scriptEditor.preview')} data-testid="script-preview">
      <Title order={3} size="h5">
        {t('scriptEditor.preview')}
      </Title>
      <Group gap="xs" align="end">
        <Select
          label={t('scriptEditor.language')}
          value={shownLanguage}
          allowDeselect={false}
          data={body.languages.map((candidate) => ({ value: candidate, label: languageName(candidate) }))}
          onChange={(value) => setChosen(body.languages.find((candidate) => candidate === value) ?? null)}
          w={160}
          data-testid="script-preview-language"
        />
        <Button variant={tone === 'formal' ? 'filled' : 'default'} aria-pressed={tone === 'formal'} onClick={() => setTone(tone === 'formal' ? 'friendly' : 'formal')}>
          {t('script.formalTone')}
        </Button>
        <Button variant="default" onClick={() => setWalk(startWalk(body))}>
          {t('scriptEditor.restart')}
        </Button>
      </Group>
      {stale && (
        <Alert variant="light" color="yellow" p="xs" data-testid="script-preview-stale">
          {t('scriptEditor.previewStale')}
        </Alert>
      )}
      {!body.languages.includes(uiLanguage) && chosen === null && (
        <Alert variant="light" color="blue" p="xs" data-testid="script-preview-fallback">
          {t('scriptEditor.previewFallback', { wanted: languageName(uiLanguage), shown: languageName(shownLanguage) })}
        </Alert>
      )}
      <ScriptRunner body={body} language={shownLanguage} tone={tone} values={{}} walk={walk} onWalk={setWalk} keyboard={false} />
    </section>
  );
}
