import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StepOption } from './step-options';

interface Props {
  label: string;
  value: string | undefined;
  targets: readonly StepOption[];
  /** Only a `next` may be left out (the script ends there); an answer always leads somewhere. */
  optional: boolean;
  onChange(next: string | undefined): void;
}

const ends = '';

/** Where a step or an answer leads, picked from the script's steps by title (typing finds one) so that it cannot point nowhere. */
export function StepTargetSelect({ label, value, targets, optional, onChange }: Props) {
  const { t } = useTranslation();
  const data = optional ? [{ value: ends, label: t('scriptEditor.form.ends') }, ...targets] : [...targets];
  return (
    <Select
      label={label}
      data={data}
      value={value ?? ends}
      searchable
      allowDeselect={false}
      nothingFoundMessage={t('scriptEditor.form.noSuchStep')}
      onChange={(next) => onChange(next === null || next === ends ? undefined : next)}
      className="script-form__target"
    />
  );
}
