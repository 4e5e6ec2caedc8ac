import { Group, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Something is on its way: a spinner and the words, announced politely. */
export function Busy({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} my={6} c="dimmed" role="status" className="busy">
      <Loader size="xs" aria-hidden="true" />
      <span>{label ?? t('common.loading')}</span>
    </Group>
  );
}
