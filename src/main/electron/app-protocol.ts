import { join } from 'node:path';
import { protocol } from 'electron';
import { readRendererFile, rendererPath } from '../renderer-files';
import { appHost, appScheme } from '../security/app-origin';

/** Must run before the app is ready: app:// is a secure, standard origin (getUserMedia needs one). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * Serves the built renderer on app://parley/ and nothing else (see
 * readRendererFile for what is refused). The session's responses for the app
 * are these: the policy, built from the settings of the moment, goes on every
 * one of them, 404s included, so it holds whatever the page manages to load.
 */
export function serveRenderer(contentSecurityPolicy: () => string, rendererDir: string = join(import.meta.dirname, '../renderer')): void {
  protocol.handle(appScheme, async (request) => {
    const url = new URL(request.url);
    const path = url.host === appHost ? rendererPath(url.pathname) : null;
    const file = path === null ? null : await readRendererFile(rendererDir, path);
    const headers = {
      'Content-Security-Policy': contentSecurityPolicy(),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    };
    if (!file) return new Response(null, { status: 404, headers });
    return new Response(new Uint8Array(file.body), { headers: { ...headers, 'Content-Type': file.contentType } });
  });
}
