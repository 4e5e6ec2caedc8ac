import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createContractClient } from '@shared/contract/client';
import { App } from './app/App';
import { ContractProvider } from './ui/contract-context';
import { PhoneProvider } from './features/phone/phone-context';
import { initI18n } from './ui/i18n';
import { pickTransport } from './ui/transport/pick-transport';
import './styles/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

initI18n();
createRoot(root).render(
  <StrictMode>
    <ContractProvider client={createContractClient(pickTransport())}>
      <PhoneProvider>
        <App />
      </PhoneProvider>
    </ContractProvider>
  </StrictMode>,
);
