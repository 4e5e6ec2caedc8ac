import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { readRendererFile, rendererPath } from '../../../../src/main/renderer-files';
import { useTempDir } from '../../support/temp-store';

describe('which files the app:// protocol serves', () => {
  const tempDir = useTempDir();
  let rendererDir: string;
  const readRendererPath = (urlPath: string) => {
    const path = rendererPath(urlPath);
    return path === null ? Promise.resolve(null) : readRendererFile(rendererDir, path);
  };

  // A built renderer, with a secret beside it and another beside the folder it sits in.
  beforeEach(() => {
    const root = tempDir();
    rendererDir = join(root, 'renderer');
    mkdirSync(join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Parley</title>');
    writeFileSync(join(rendererDir, 'assets', 'index.js'), 'console.log(1)');
    writeFileSync(join(rendererDir, 'assets', 'index.js.map'), '{}');
    writeFileSync(join(root, 'secret.txt'), 'customer data');
    writeFileSync(join(root, 'renderer-secret.html'), 'a sibling folder whose name starts like the renderer folder');
  });

  it('serves the page for the root and by name', async () => {
    for (const path of ['/', '/index.html']) {
      const file = await readRendererPath(path);
      expect(file?.contentType).toBe('text/html; charset=utf-8');
      expect(file?.body.toString()).toContain('<title>Parley</title>');
    }
  });

  it('serves the built scripts with their type', async () => {
    const file = await readRendererPath('/assets/index.js');
    expect(file?.contentType).toBe('text/javascript; charset=utf-8');
  });

  it('serves a percent-encoded name that stays inside', async () => {
    expect(await readRendererPath('/assets/%69ndex.js')).not.toBeNull();
  });

  it.each([
    ['a parent folder', '/../secret.txt'],
    ['a parent folder deeper down', '/assets/../../secret.txt'],
    ['an encoded parent folder', '/%2e%2e/secret.txt'],
    ['an encoded parent folder in capitals', '/%2E%2E/secret.txt'],
    ['an encoded slash', '/..%2fsecret.txt'],
    ['an all-encoded way out', '/%2e%2e%2fsecret.txt'],
    ['a sibling folder with a similar name', '/../renderer-secret.html'],
    ['an absolute path', '//etc/passwd'],
    ['a NUL byte', '/index.html%00.js'],
    ['a raw NUL byte', '/index.html\0.js'],
    ['broken percent-encoding', '/%E0%A4%A'],
    ['a source map (not a type the renderer ships)', '/assets/index.js.map'],
    ['a folder', '/assets'],
    ['a file that does not exist', '/missing.html'],
  ])('refuses %s (%s)', async (_case, path) => {
    expect(await readRendererPath(path)).toBeNull();
  });
});
