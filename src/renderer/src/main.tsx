// First: its evaluation opens the connection to main (see the module).
import { contract } from './app/contract-connection';
import { StrictMode } from 'react';
import { MantineProvider } from '@mantine/core';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { consoleCssVariables, consoleTheme } from './app/theme';
import { initialColorScheme, settingsColorSchemeManager } from './app/use-appearance';
import { ContractProvider } from './ui/contract-context';
import { PhoneProvider } from './features/phone/phone-context';
import { initI18n } from './ui/i18n';
// Mantine's CSS, its default variables included, ships as a file: the page's
// CSP allows styles from 'self' only, so nothing may inject a <style> element.
// Our theme's variables follow it as a file generated from app/theme.ts.
import '@mantine/core/styles.css';
import './styles/theme.generated.css';
import './styles/tokens.css';
import './styles/high-contrast.css';
import './styles/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const render = (container: HTMLElement) =>
  createRoot(container).render(
    <StrictMode>
      <MantineProvider
        theme={consoleTheme}
        cssVariablesResolver={consoleCssVariables}
        withCssVariables={false}
        withGlobalClasses={false}
        colorSchemeManager={settingsColorSchemeManager}
        defaultColorScheme={initialColorScheme()}
      >
        <ContractProvider client={contract}>
          <PhoneProvider>
            <App />
          </PhoneProvider>
        </ContractProvider>
      </MantineProvider>
    </StrictMode>,
  );

void initI18n()
  .catch((error: unknown) => console.error('The console could not load its texts; it starts with what it has.', error))
  .then(() => render(root));
