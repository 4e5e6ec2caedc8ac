import { useTranslation } from 'react-i18next';
import { EmptyPane } from '../../app/EmptyPane';

/** The call script follows the call; until a call starts there is none to show. */
export function ScriptPane() {
  const { t } = useTranslation();
  return <EmptyPane title={t('script.title')} emptyText={t('script.empty')} testId="script-pane" />;
}
