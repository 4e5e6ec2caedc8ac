import { Textarea, TextInput } from '@mantine/core';
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
  return (
    <fieldset className="script-form__texts">
      <legend>{legend}</legend>
      {languages.map((language) => {
        const props = {
          label: t(`scriptEditor.languageName.${language}`),
          value: text[language] ?? '',
          lang: language,
          size: 'xs',
          className: 'script-form__text',
          onChange: (event: { target: { value: string } }) => onChange(language, event.target.value),
        };
        return multiline ? <Textarea key={language} autosize minRows={1} maxRows={4} {...props} /> : <TextInput key={language} {...props} />;
      })}
    </fieldset>
  );
}
