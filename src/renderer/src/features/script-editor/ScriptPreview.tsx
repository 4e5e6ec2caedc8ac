import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tone } from '@shared/domain/customer';
import type { Language } from '@shared/domain/language';
import type { ScriptBody } from '@shared/scripts/script-schema';
import { startWalk, type ScriptWalk } from '@shared/scripts/script-walker';
import { ScriptRunner } from '../script-pane/ScriptRunner';

/**
 * The script being edited, as an agent would see it, in each language and
 * tone. No call is behind it, so every value from a call shows as the gap an
 * agent would see if it were unknown.
 */
export function ScriptPreview({ body }: { body: ScriptBody }) {
  const { t } = useTranslation();
  const [language, setLanguage] = useState<Language>(body.languages[0] ?? 'en');
  const [tone, setTone] = useState<Tone>(body.defaultTone);
  const [walk, setWalk] = useState<ScriptWalk>(() => startWalk(body));
  const shownLanguage = body.languages.includes(language) ? language : (body.languages[0] ?? 'en');
  return (
    <section className="script-preview" aria-label={t('scriptEditor.preview')} data-testid="script-preview">
      <h3>{t('scriptEditor.preview')}</h3>
      <div className="call-script__bar">
        <label>
          {t('scriptEditor.language')}{' '}
          <select value={shownLanguage} onChange={(event) => setLanguage(body.languages.find((candidate) => candidate === event.target.value) ?? shownLanguage)}>
            {body.languages.map((candidate) => (
              <option key={candidate} value={candidate}>
                {t(`scriptEditor.languageName.${candidate}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button" aria-pressed={tone === 'formal'} onClick={() => setTone(tone === 'formal' ? 'friendly' : 'formal')}>
          {t('script.formalTone')}
        </button>
        <button type="button" className="button" onClick={() => setWalk(startWalk(body))}>
          {t('scriptEditor.restart')}
        </button>
      </div>
      <ScriptRunner body={body} language={shownLanguage} tone={tone} values={{}} walk={walk} onWalk={setWalk} keyboard={false} />
    </section>
  );
}
