import { Badge, Button, Group, NavLink } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ScorecardFormDraft, ScorecardFormProblem } from '@shared/scorecards/scorecard-form-draft';
import { useUiLanguage } from '../../ui/use-ui-language';

interface Props {
  draft: ScorecardFormDraft;
  selected: number | null;
  problems: readonly ScorecardFormProblem[];
  onSelect(index: number): void;
  onAdd(): void;
}

/** The form's questions in order, by short name in the UI language, with weight and critical marked; a question with a problem says so. */
export function QuestionList({ draft, selected, problems, onSelect, onAdd }: Props) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const withProblems = new Set(problems.flatMap((problem) => ('question' in problem && problem.question !== null ? [problem.question] : [])));
  return (
    <nav className="scorecard-editor__list" aria-label={t('scorecardEditor.questions')}>
      {draft.questions.map((question, index) => (
        <NavLink
          key={index}
          component="button"
          type="button"
          active={index === selected}
          aria-current={index === selected ? 'step' : undefined}
          onClick={() => onSelect(index)}
          label={`${index + 1}. ${question.title[language].trim() || t('scorecardEditor.untitled')}`}
          description={
            <Group gap={4} component="span">
              <span>{t('scorecardEditor.weightBadge', { weight: question.weight })}</span>
              {question.critical && (
                <Badge size="xs" color="red" variant="light" component="span">
                  {t('scorecardEditor.criticalBadge')}
                </Badge>
              )}
              {withProblems.has(index) && (
                <Badge size="xs" color="orange" variant="outline" component="span">
                  {t('scriptEditor.form.needsAttention')}
                </Badge>
              )}
            </Group>
          }
          data-testid="scorecard-editor-question"
          data-question={question.id}
        />
      ))}
      <Button variant="default" size="xs" mt="xs" onClick={onAdd} data-testid="scorecard-editor-add">
        {t('scorecardEditor.addQuestion')}
      </Button>
    </nav>
  );
}
