import { Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { indexSteps } from '@shared/scripts/script-graph';
import type { ScriptIssue } from '@shared/scripts/script-issue';
import type { ScriptBody } from '@shared/scripts/script-schema';
import { useUiLanguage } from '../../ui/use-ui-language';
import { AddStepForm } from './AddStepForm';
import type { ScriptNames } from './issue-sentence';
import { ScriptIssues } from './ScriptIssues';
import { ScriptStepList } from './ScriptStepList';
import { StepEditor } from './StepEditor';
import { stepOptions } from './step-options';

interface Props {
  body: ScriptBody;
  issues: ScriptIssue[];
  names: ScriptNames;
  onChange(body: ScriptBody): void;
}

/** The script as a form for a supervisor: its steps by section, the chosen step's fields, and steps added and removed. */
export function ScriptForm({ body, issues, names, onChange }: Props) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const index = useMemo(() => indexSteps(body), [body]);
  const untitled = t('scriptEditor.form.untitled');
  const targets = useMemo(() => stepOptions(body, language, untitled), [body, language, untitled]);
  const [chosen, setChosen] = useState(body.start);
  // A removed step leaves the form on the script's first step.
  const selected = index.get(chosen) ?? index.get(body.start);
  const withIssues = useMemo(() => new Set(issues.flatMap((issue) => (issue.step === null ? [] : [issue.step]))), [issues]);
  const scriptIssues = issues.filter((issue) => issue.step === null);

  return (
    <div className="script-form" data-testid="script-form">
      {scriptIssues.length > 0 && <ScriptIssues issues={scriptIssues} names={names} />}
      <div className="script-form__columns">
        <div className="script-form__steps">
          <ScriptStepList body={body} names={names} selected={selected?.step.id} withIssues={withIssues} onSelect={setChosen} />
          <AddStepForm
            body={body}
            onAdded={(next, stepId) => {
              onChange(next);
              setChosen(stepId);
            }}
          />
        </div>
        {selected ? (
          <StepEditor key={selected.step.id} body={body} step={selected.step} names={names} targets={targets} issues={issues.filter((issue) => issue.step === selected.step.id)} onChange={onChange} />
        ) : (
          <Text c="dimmed">{t('scriptEditor.form.noStep')}</Text>
        )}
      </div>
    </div>
  );
}
