import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { sipGrammarOnce } from './scripts/sip-grammar-once';
import { contentSecurityPolicy } from './src/shared/security/content-security-policy';

const shared = resolve(import.meta.dirname, 'src/shared');

/** The page carries its CSP itself, so it holds in both shells whatever serves it. */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'parley-content-security-policy',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  main: {
    resolve: { alias: { '@shared': shared } },
    build: {
      // registry-js is an optional native dependency (Windows policy): loaded from node_modules at run time, never bundled.
      externalizeDeps: { include: ['registry-js'] },
      rollupOptions: {
        // The browser shell's host is built beside the Electron entry so both
        // serve the same handlers from one bundle graph.
        input: {
          index: resolve(import.meta.dirname, 'src/main/index.ts'),
          'web-host': resolve(import.meta.dirname, 'src/main/web-host/cli.ts'),
        },
      },
    },
  },
  preload: {
    resolve: { alias: { '@shared': shared } },
    build: {
      // A sandboxed preload can require nothing but electron: the contract's schemas are bundled in.
      externalizeDeps: false,
      rollupOptions: {
        // A sandboxed preload cannot load ES modules or other files: one CJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    resolve: { alias: { '@shared': shared } },
    plugins: [react(), contentSecurityPolicyMeta(), sipGrammarOnce()],
    // electron-vite leaves its output readable by default; the page is what
    // an agent's PC parses at every start, so it is minified.
    build: { minify: true },
  },
});
