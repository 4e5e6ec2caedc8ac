import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PhoneState } from '../../core/phone/phone-state';
import { usePhoneSelection } from './phone-context';

const noticeOf = ({ notice }: PhoneState) => notice;

/** A request the phone could not carry out, said plainly: the calls are as they were. */
export function PhoneNoticeView() {
  const { t } = useTranslation();
  const notice = usePhoneSelection(noticeOf, Object.is);
  if (!notice) return null;
  return (
    <Alert className="console-notice" color="red" variant="light" p="xs" role="alert" data-testid="phone-notice" data-notice={notice.kind}>
      {t(`phone.notice.${notice.kind}`)}
    </Alert>
  );
}
