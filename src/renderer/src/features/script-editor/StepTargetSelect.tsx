import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  value: string | undefined;
  stepIds: readonly string[];
  /** Only a `next` may be left out (the script ends there); an answer always leads somewhere. */
  optional: boolean;
  onChange(next: string | undefined): void;
}

/** Where a step or an answer leads, picked from the script's step ids so that it cannot point nowhere. */
export function StepTargetSelect({ label, value, stepIds, optional, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <label className="script-form__target">
      {label}{' '}
      <select value={value ?? ''} onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value)}>
        {optional && <option value="">{t('scriptEditor.form.ends')}</option>}
        {stepIds.map((id) => (
          <option key={id} value={id}>
            {id}
          </option>
        ))}
      </select>
    </label>
  );
}
