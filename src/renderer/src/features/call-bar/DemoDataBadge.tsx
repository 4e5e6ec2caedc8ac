import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useContract } from '../../ui/contract-context';
import { useContractErrorText } from '../../ui/contract-error-text';
import { useContractQuery } from '../../ui/use-contract-query';

/** Says when the customers on screen are generated demo data, and how many there are. */
export function DemoDataBadge() {
  const { t } = useTranslation();
  const contract = useContract();
  const errorText = useContractErrorText();
  const info = useContractQuery('app.info', () => contract.call('app.info', {}));

  // Out of reach is the connection banner's to say; any other failure is said here, briefly, with the reason on hover.
  if (info.status === 'failed' && info.error.code !== 'unavailable') {
    return (
      <Tooltip label={errorText(info.error)}>
        <Badge className="badge" color="danger" variant="filled" role="alert">
          {t('callBar.dataSourceUnknown')}
        </Badge>
      </Tooltip>
    );
  }
  if (info.status !== 'ready' || !info.value.demoData) return null;
  const label = t('callBar.demoData', { count: info.value.customerCount });
  return (
    <Tooltip label={`${label}. ${t('callBar.demoDataHint')}`}>
      <Badge className="badge" variant="outline" color="gray.4" data-testid="demo-badge">
        {label}
      </Badge>
    </Tooltip>
  );
}
