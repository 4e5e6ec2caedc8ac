import { join } from 'node:path';
import { protocol } from 'electron';
import { contentSecurityPolicyHeader } from '@shared/security/content-security-policy';
import { readRendererFile } from '../renderer-files';
import { appHost, appScheme } from '../security/app-origin';

/** On every response, the 404s included: the policy must hold whatever the page manages to load. */
const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicyHeader,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** Must run before the app is ready: app:// is a secure, standard origin (getUserMedia needs one). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer on app://parley/ and nothing else (see readRendererFile for what is refused). */
export function serveRenderer(rendererDir: string = join(import.meta.dirname, '../renderer')): void {
  protocol.handle(appScheme, async (request) => {
    const url = new URL(request.url);
    const file = url.host === appHost ? await readRendererFile(rendererDir, url.pathname) : null;
    if (!file) return new Response(null, { status: 404, headers: securityHeaders });
    return new Response(new Uint8Array(file.body), {
      headers: { ...securityHeaders, 'Content-Type': file.contentType },
    });
  });
}
