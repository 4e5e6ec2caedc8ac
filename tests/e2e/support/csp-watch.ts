import type { Page } from '@playwright/test';

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

/**
 * Starts listening for Content-Security-Policy violations: the page's own
 * `securitypolicyviolation` events (from its first script on, so the page is
 * reloaded) and the console errors Chromium prints for them. The returned
 * function tells what was refused so far.
 */
export async function watchContentSecurityPolicy(page: Page): Promise<() => Promise<string[]>> {
  const printed: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content.Security.Policy/i.test(message.text())) printed.push(message.text());
  });
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations?.push(`${event.violatedDirective}: ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`);
    });
  });
  await page.reload();
  return async () => [...printed, ...(await page.evaluate(() => window.cspViolations ?? []))];
}
