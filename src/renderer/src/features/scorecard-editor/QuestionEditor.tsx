import { Button, Checkbox, Group, NumberInput, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { maxQuestionWeight, scaleMarks, scorecardQuestionKinds } from '@shared/scorecards/scorecard-form';
import type { ScorecardFormProblem, ScorecardQuestionDraft } from '@shared/scorecards/scorecard-form-draft';
import { sectionKinds, type SectionKind } from '@shared/scripts/script-schema';
import { LocalWordsInputs } from './LocalWordsInputs';
import { problemsAt, useProblemText } from './problem-text';

interface Props {
  question: ScorecardQuestionDraft;
  index: number;
  count: number;
  problems: readonly ScorecardFormProblem[];
  onChange(change: Partial<ScorecardQuestionDraft>): void;
  onMove(by: -1 | 1): void;
  onRemove(): void;
}

/**
 * One question: its code, short name and wording in each language, how it is
 * answered (yes/no, with "not applicable" if allowed, or a scale), its
 * weight, whether it is critical, and the script section that answers it in
 * advance. Each field shows its own problem as it is typed.
 */
export function QuestionEditor({ question, index, count, problems, onChange, onMove, onRemove }: Props) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const errorAt = (field: 'id' | 'weight' | 'scaleMax') => problemsAt(problems, { question: index, field }).map(problemText).join(' ') || undefined;
  const words = (field: 'title' | 'text') => (language: 'en' | 'ru' | 'uk', value: string) => onChange({ [field]: { ...question[field], [language]: value } });
  return (
    <fieldset className="scorecard-editor__question" data-testid="scorecard-editor-question-form">
      <legend>{t('scorecardEditor.questionLegend', { number: index + 1 })}</legend>
      <Stack gap="xs">
        <Group gap="xs">
          <Button size="xs" variant="default" disabled={index === 0} onClick={() => onMove(-1)}>
            {t('scorecardEditor.moveUp')}
          </Button>
          <Button size="xs" variant="default" disabled={index === count - 1} onClick={() => onMove(1)}>
            {t('scorecardEditor.moveDown')}
          </Button>
          <Button size="xs" variant="light" color="red" onClick={onRemove} data-testid="scorecard-editor-remove">
            {t('scorecardEditor.remove')}
          </Button>
        </Group>
        <TextInput size="xs" label={t('scorecardEditor.questionId')} value={question.id} error={errorAt('id')} onChange={(event) => onChange({ id: event.currentTarget.value })} data-testid="scorecard-editor-id" />
        <LocalWordsInputs legend={t('scorecardEditor.questionTitle')} words={question.title} question={index} field="title" problems={problems} testId="scorecard-editor-title" onChange={words('title')} />
        <LocalWordsInputs legend={t('scorecardEditor.questionText')} words={question.text} question={index} field="text" problems={problems} multiline testId="scorecard-editor-text" onChange={words('text')} />
        <div>
          <Text size="xs" fw={500} id={`kind-${index}`}>
            {t('scorecardEditor.kind')}
          </Text>
          <SegmentedControl
            size="xs"
            aria-labelledby={`kind-${index}`}
            value={question.kind}
            data={scorecardQuestionKinds.map((kind) => ({ value: kind, label: t(`scorecardEditor.kindName.${kind}`) }))}
            onChange={(kind) => onChange({ kind: kind === 'scale' ? 'scale' : 'yes-no' })}
            data-testid="scorecard-editor-kind"
          />
        </div>
        {question.kind === 'scale' ? (
          <NumberInput
            size="xs"
            label={t('scorecardEditor.scaleMax')}
            min={scaleMarks.min}
            max={scaleMarks.max}
            allowDecimal={false}
            value={question.scaleMax ?? 5}
            error={errorAt('scaleMax')}
            onChange={(value) => onChange({ scaleMax: typeof value === 'number' ? value : 0 })}
            w={260}
          />
        ) : (
          <>
            <Checkbox size="xs" label={t('scorecardEditor.allowNa')} checked={question.allowNa} onChange={(event) => onChange({ allowNa: event.currentTarget.checked })} />
            <Select
              size="xs"
              label={t('scorecardEditor.scriptSection')}
              value={question.scriptSection ?? ''}
              allowDeselect={false}
              data={[{ value: '', label: t('scorecardEditor.noSection') }, ...sectionKinds.map((kind) => ({ value: kind, label: t(`scriptEditor.problem.sectionKind.${kind}`) }))]}
              onChange={(value) => onChange({ scriptSection: sectionKinds.find((kind): kind is SectionKind => kind === value) })}
              w={360}
            />
          </>
        )}
        <NumberInput
          size="xs"
          label={t('scorecardEditor.weight')}
          min={1}
          max={maxQuestionWeight}
          clampBehavior="none"
          value={question.weight}
          error={errorAt('weight')}
          onChange={(value) => onChange({ weight: value })}
          w={200}
          data-testid="scorecard-editor-weight"
        />
        <Checkbox size="xs" label={t('scorecardEditor.critical')} checked={question.critical} onChange={(event) => onChange({ critical: event.currentTarget.checked })} data-testid="scorecard-editor-critical" />
      </Stack>
    </fieldset>
  );
}
