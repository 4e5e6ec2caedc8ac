import { Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { supportedLanguages, type Language } from '@shared/domain/language';
import type { ScorecardFormDraft, ScorecardFormProblem } from '@shared/scorecards/scorecard-form-draft';
import { problemsAt, useProblemText } from './problem-text';

interface Props {
  legend: string;
  words: ScorecardFormDraft['title'];
  /** The form's own words (null) or a question's, and which of its texts. */
  question: number | null;
  field: 'title' | 'text';
  problems: readonly ScorecardFormProblem[];
  /** A question's wording is a sentence; names fit on one line. */
  multiline?: boolean;
  testId: string;
  onChange(language: Language, value: string): void;
}

/** One text of a form in each of the console's languages, each with what is wrong with it right under it. */
export function LocalWordsInputs({ legend, words, question, field, problems, multiline = false, testId, onChange }: Props) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  return (
    <fieldset className="scorecard-editor__words">
      <legend>{legend}</legend>
      {supportedLanguages.map((language) => {
        const error = problemsAt(problems, { question, field, language }).map(problemText).join(' ');
        const props = {
          label: t(`scorecardEditor.languageName.${language}`),
          value: words[language],
          lang: language,
          size: 'xs',
          error: error === '' ? undefined : error,
          'data-testid': `${testId}-${language}`,
          onChange: (event: { target: { value: string } }) => onChange(language, event.target.value),
        };
        return multiline ? <Textarea key={language} autosize minRows={1} maxRows={4} {...props} /> : <TextInput key={language} {...props} />;
      })}
    </fieldset>
  );
}
