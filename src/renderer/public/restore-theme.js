// Runs before the console's bundle, so the first paint is already in the
// agent's theme: the same choice as src/renderer/src/ui/appearance.ts makes
// (a plain file, not an inline script: the page's CSP allows scripts from
// 'self' only). The console confirms it once the settings arrive.
(() => {
  let preference = 'system';
  try {
    preference = localStorage.getItem('parley.theme') ?? 'system';
  } catch {
    // Storage refused (a locked-down profile): the system's look it is.
  }
  const prefers = (query) => window.matchMedia(query).matches;
  const dark = preference === 'dark' || (preference === 'system' && prefers('(prefers-color-scheme: dark)'));
  const highContrast = preference === 'high-contrast' || (preference === 'system' && prefers('(prefers-contrast: more)'));
  const root = document.documentElement;
  root.setAttribute('data-mantine-color-scheme', dark ? 'dark' : 'light');
  if (highContrast) root.setAttribute('data-contrast', 'high');
})();
