import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/domain/language';
import type { ScriptText } from '@shared/scripts/script-schema';

interface Props {
  legend: string;
  text: ScriptText;
  languages: readonly Language[];
  /** Phrases and knowledge texts are sentences; labels fit on one line. */
  multiline?: boolean;
  onChange(language: Language, value: string): void;
}

/** One text of a script in each language the script speaks, grouped under what the text is. */
export function ScriptTextInputs({ legend, text, languages, multiline = false, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="script-form__texts">
      <legend>{legend}</legend>
      {languages.map((language) => {
        const props = { id: `${id}-${language}`, value: text[language] ?? '', lang: language, onChange: (event: { target: { value: string } }) => onChange(language, event.target.value) };
        return (
          <div key={language} className="script-form__text">
            <label htmlFor={props.id}>{t(`scriptEditor.languageName.${language}`)}</label>
            {multiline ? <textarea rows={2} {...props} /> : <input type="text" {...props} />}
          </div>
        );
      })}
    </fieldset>
  );
}
