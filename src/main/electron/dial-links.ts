import { app } from 'electron';
import { dialLinkSchemes } from '@shared/domain/dial-link';
import { dialLinkFromArgv } from '../dial-links/dial-link-from-argv';
import { mainLog } from '../services/logging/main-log';

/**
 * Makes Parley the desktop's handler for tel:, sip:, sips: and callto:.
 * The macOS and Linux packages only declare the schemes (Info.plist, the
 * .desktop file, from electron-builder.yml `protocols`), and the Windows
 * installers (NSIS, MSI) register nothing at all; so the app claims them at
 * every start, which is cheap and idempotent. Packaged builds only: an
 * unpackaged run would make the bare Electron binary the desktop's phone.
 */
export function claimDialLinkSchemes(): void {
  if (!app.isPackaged) return;
  for (const scheme of dialLinkSchemes) {
    if (!app.setAsDefaultProtocolClient(scheme)) mainLog.warn(`could not register as the ${scheme}: handler`);
  }
}

/**
 * Every way the OS hands the app a link: macOS through `open-url` (also for
 * the link that launched the app, before `ready`, hence this runs before it);
 * Windows and Linux on the command line, of the first launch or of a second
 * one, whose argv the single-instance lock forwards. A second launch without a
 * link still brings the console forward.
 */
export function receiveDialLinks(onLink: (link: string) => void, onSecondLaunch: () => void): void {
  app.on('open-url', (event, url) => {
    event.preventDefault();
    onLink(url);
  });
  app.on('second-instance', (_event, argv) => {
    const link = dialLinkFromArgv(argv);
    if (link) onLink(link);
    else onSecondLaunch();
  });
  const launchLink = dialLinkFromArgv(process.argv);
  if (launchLink) onLink(launchLink);
}
