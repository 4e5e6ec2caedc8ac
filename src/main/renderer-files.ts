import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

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

export interface RendererFile {
  body: Buffer;
  contentType: string;
}

/**
 * Reads a file of the built renderer for a URL path, for either shell (the
 * browser shell's HTTP host, Electron's app:// protocol). Anything outside
 * the renderer folder, or of a type the renderer does not ship, is not served.
 */
export async function readRendererFile(rootDir: string, urlPath: string): Promise<RendererFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const root = resolve(rootDir);
  const file = resolve(root, relative);
  if (!file.startsWith(root + sep) || relative.includes('\0')) return null;
  const contentType = contentTypes[extname(file).toLowerCase()];
  if (!contentType) return null;
  try {
    return { body: await readFile(file), contentType };
  } catch {
    return null;
  }
}
