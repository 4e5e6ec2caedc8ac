import { Badge, NavLink, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { localText } from '@shared/scripts/local-text';
import type { ScriptBody } from '@shared/scripts/script-schema';
import { useUiLanguage } from '../../ui/use-ui-language';
import type { ScriptNames } from './issue-sentence';

interface Props {
  body: ScriptBody;
  names: ScriptNames;
  selected: string | undefined;
  /** Steps the validator has something to say about, marked in the list so they can be found. */
  withIssues: ReadonlySet<string>;
  onSelect(stepId: string): void;
}

/** The script's sections and their steps in order, by title in the console's language; choosing a step opens it in the form. */
export function ScriptStepList({ body, names, selected, withIssues, onSelect }: Props) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  return (
    <nav className="script-form__list" aria-label={t('scriptEditor.form.steps')}>
      {body.sections.map((section) => (
        <section key={section.id} aria-label={localText(section.title, language)}>
          <Text size="xs" fw={700} tt="uppercase" c="dimmed" mt="xs">
            {localText(section.title, language)}
          </Text>
          {section.steps.map((step) => {
            const name = names.step(step.id);
            const title = name?.title ?? null;
            return (
              <NavLink
                key={step.id}
                component="button"
                type="button"
                active={step.id === selected}
                aria-current={step.id === selected ? 'step' : undefined}
                onClick={() => onSelect(step.id)}
                label={
                  title === null ? (
                    <>
                      <code>{step.id}</code>{' '}
                      <Badge size="xs" variant="outline" color="gray">
                        {t('scriptEditor.form.untitled')}
                      </Badge>
                    </>
                  ) : (
                    <>
                      {title}
                      {name?.ambiguous && <Text span size="xs" c="dimmed">{` (${step.id})`}</Text>}
                    </>
                  )
                }
                description={t(`scriptEditor.form.stepType.${step.type}`)}
                rightSection={
                  withIssues.has(step.id) && (
                    <Badge size="xs" color="red" variant="light">
                      {t('scriptEditor.form.needsAttention')}
                    </Badge>
                  )
                }
                data-step={step.id}
              />
            );
          })}
        </section>
      ))}
    </nav>
  );
}
