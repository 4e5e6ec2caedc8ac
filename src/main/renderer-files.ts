import { readFile } from 'node:fs/promises';
import { extname, posix, resolve, sep } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wav': 'audio/wav',
  '.mp3': 'audio/mpeg',
};

export const pagePath = '/index.html';

export interface RendererFile {
  body: Buffer;
  contentType: string;
}

/**
 * The one reading of a URL path, for every decision made about it (the
 * browser shell's token check and the file lookup alike): percent-decoded
 * once, duplicate slashes, `.` and `..` resolved (never above the root), the
 * trailing slash dropped, `/` as the page. Null: not a path to any file.
 * Deciding on one form and reading another is how `/%69ndex.html` once
 * skipped the token check.
 */
export function rendererPath(urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  // A backslash is a separator on Windows: a name with one is never a renderer file.
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const normalised = posix.normalize(`/${decoded}`).replace(/\/+$/, '');
  return normalised === '' ? pagePath : normalised;
}

/** Whether a path (from rendererPath) is the page, as a case-insensitive file system would read it too. */
export function isPagePath(path: string): boolean {
  return path.toLowerCase() === pagePath;
}

/**
 * Reads a file of the built renderer at a path from rendererPath (never a raw
 * URL path: it is not decoded again), for either shell (the browser shell's
 * HTTP host, Electron's app:// protocol). Anything outside the renderer
 * folder, or of a type the renderer does not ship, is not served.
 */
export async function readRendererFile(rootDir: string, path: string): Promise<RendererFile | null> {
  const root = resolve(rootDir);
  const file = resolve(root, `.${path}`);
  if (!file.startsWith(root + sep)) return null;
  const contentType = contentTypes[extname(file).toLowerCase()];
  if (!contentType) return null;
  try {
    return { body: await readFile(file), contentType };
  } catch {
    return null;
  }
}
