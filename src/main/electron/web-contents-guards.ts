import { app, shell, type WebContents } from 'electron';
import { isAppUrl, isSafeExternalUrl } from '../security/app-origin';

function keepOnApp(event: { url: string; preventDefault(): void }): void {
  if (!isAppUrl(event.url)) event.preventDefault();
}

/** Nothing leaves the app's origin: no navigation, no new windows, no webviews; links of the allowed schemes go to the OS. */
function guard(contents: WebContents, allowedSchemes: () => readonly string[]): void {
  contents.on('will-navigate', keepOnApp);
  // will-navigate covers the main frame only; subframes (none are expected) are held to the same rule.
  contents.on('will-frame-navigate', keepOnApp);
  contents.on('will-redirect', keepOnApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url, allowedSchemes())) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

/** Applies the guards to every web contents the app will ever create, before the first one exists; `allowedSchemes` is asked at each link (the policy in force). */
export function guardAllWebContents(allowedSchemes: () => readonly string[]): void {
  app.on('web-contents-created', (_event, contents) => guard(contents, allowedSchemes));
}
