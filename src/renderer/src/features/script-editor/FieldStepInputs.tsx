import { Checkbox, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { withText } from '@shared/scripts/editing/with-text';
import { fieldKinds, type ScriptBody, type ScriptStep } from '@shared/scripts/script-schema';
import { ScriptTextInputs } from './ScriptTextInputs';

type Field = Extract<ScriptStep, { type: 'field' }>;

interface Props {
  body: ScriptBody;
  field: Field;
  edit(change: (step: ScriptStep) => ScriptStep): void;
}

/** What a field asks the agent to capture: its label, kind, whether it is required, and a choice's options. */
export function FieldStepInputs({ body, field, edit }: Props) {
  const { t } = useTranslation();
  const kindOf = (value: string | null) => fieldKinds.find((kind) => kind === value) ?? field.kind;
  return (
    <>
      <ScriptTextInputs legend={t('scriptEditor.form.label')} text={field.label} languages={body.languages} onChange={(language, value) => edit((step) => withText(step, { of: 'label' }, language, value))} />
      <Select
        label={t('scriptEditor.form.fieldKind')}
        value={field.kind}
        allowDeselect={false}
        data={fieldKinds.map((kind) => ({ value: kind, label: t(`scriptEditor.form.fieldKindName.${kind}`) }))}
        onChange={(value) => edit(() => ({ ...field, kind: kindOf(value) }))}
      />
      <Checkbox label={t('scriptEditor.form.required')} checked={field.required} onChange={(event) => edit(() => ({ ...field, required: event.currentTarget.checked }))} />
      {(field.options ?? []).map((option) => (
        <ScriptTextInputs
          key={option.id}
          legend={t('scriptEditor.form.option', { id: option.id })}
          text={option.label}
          languages={body.languages}
          onChange={(language, value) => edit((step) => withText(step, { of: 'option', id: option.id }, language, value))}
        />
      ))}
    </>
  );
}
