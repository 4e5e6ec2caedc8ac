import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ScorecardFormDraft } from '@shared/scorecards/scorecard-form-draft';
import { useUiLanguage } from '../../ui/use-ui-language';

const weightOf = (typed: number | string) => {
  const weight = typeof typed === 'number' ? typed : Number(typed.trim().replace(',', '.'));
  return Number.isFinite(weight) && weight > 0 ? weight : 0;
};

/**
 * How the form as typed will score a call, before it is saved: each
 * question's weight and its share of a full score, and what a critical item
 * not met does (src/shared/scorecards/score.ts is the rule itself).
 */
export function ScoringRule({ draft }: { draft: ScorecardFormDraft }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const total = draft.questions.reduce((sum, question) => sum + weightOf(question.weight), 0);
  const percent = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const critical = draft.questions.some((question) => question.critical);
  return (
    <section className="scorecard-editor__rule" aria-labelledby="scoring-rule-title" data-testid="scorecard-editor-rule">
      <Text fw={600} size="sm" id="scoring-rule-title">
        {t('scorecardEditor.rule.title')}
      </Text>
      <Text size="xs">{t('scorecardEditor.rule.sum')}</Text>
      <Text size="xs" fw={critical ? 600 : undefined} c={critical ? 'red' : undefined}>
        {critical ? t('scorecardEditor.rule.critical') : t('scorecardEditor.rule.noCritical')}
      </Text>
      <Table fz="xs" verticalSpacing={2} horizontalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('scorecardEditor.rule.question')}</Table.Th>
            <Table.Th ta="right">{t('scorecardEditor.rule.weight')}</Table.Th>
            <Table.Th ta="right">{t('scorecardEditor.rule.share')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {draft.questions.map((question, index) => (
            <Table.Tr key={index}>
              <Table.Td>
                {index + 1}. {question.title[language].trim() || t('scorecardEditor.untitled')}
                {question.critical && <strong className="scorecard-editor__critical"> · {t('scorecardEditor.criticalBadge')}</strong>}
              </Table.Td>
              <Table.Td ta="right">{String(question.weight)}</Table.Td>
              <Table.Td ta="right">{t('scorecardEditor.rule.share_value', { value: percent.format(total === 0 ? 0 : (100 * weightOf(question.weight)) / total) })}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </section>
  );
}
