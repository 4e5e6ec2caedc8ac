import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePhoneState } from './phone-context';

/** A request the phone could not carry out, said plainly: the calls are as they were. */
export function PhoneNoticeView() {
  const { t } = useTranslation();
  const { notice } = usePhoneState();
  if (!notice) return null;
  return (
    <Alert className="console-notice" color="red" variant="light" p="xs" role="alert" data-testid="phone-notice" data-notice={notice.kind}>
      {t(`phone.notice.${notice.kind}`)}
    </Alert>
  );
}
