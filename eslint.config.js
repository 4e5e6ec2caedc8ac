import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'native/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Copied as is into the built renderer (no bundling): plain browser scripts.
    files: ['src/renderer/public/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['scripts/**/*.mjs', '*.config.{js,ts}'],
    languageOptions: { globals: globals.node },
  },
  {
    // Code that runs anywhere (the contract, domain types) must not reach for Node or Electron.
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*', 'electron', 'electron/*', 'better-sqlite3', 'ws'], message: 'src/shared runs in every process: no Node or Electron imports.' }] },
      ],
    },
  },
  {
    // Domain services are plain Node, testable without Electron; only src/main/electron and the entry may import it.
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/electron/**', 'src/main/index.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Only src/main/electron/** may import electron.' }] }],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*', 'electron', 'better-sqlite3', '**/main/**'], message: 'The renderer reaches main only through the contract.' }] },
      ],
    },
  },
  {
    // The renderer's core (the sip.js phone, the call registry, agent state, the audio engine) runs without React:
    // the UI renders and commands it, never the other way round.
    files: ['src/renderer/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'electron', 'better-sqlite3', '**/main/**'], message: 'The renderer reaches main only through the contract.' },
            { group: ['react', 'react-dom', 'react-*', 'react-dom/*'], message: 'src/renderer/src/core runs without React.' },
            { group: ['**/features/**', '**/ui/**', '**/app/**'], message: 'src/renderer/src/core imports no UI: features, ui and app build on it.' },
          ],
        },
      ],
    },
  },
  {
    // Shared UI pieces (contract hooks, formatting, i18n) serve every feature and know none of them.
    files: ['src/renderer/src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'electron', 'better-sqlite3', '**/main/**'], message: 'The renderer reaches main only through the contract.' },
            { group: ['**/features/**', '**/app/**'], message: 'src/renderer/src/ui serves the features: it imports none of them, nor the composition root.' },
          ],
        },
      ],
    },
  },
  {
    // Features may use core and ui, and each other, but never the composition root that assembles them.
    files: ['src/renderer/src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'electron', 'better-sqlite3', '**/main/**'], message: 'The renderer reaches main only through the contract.' },
            { group: ['**/app/**'], message: 'Features never import the composition root (src/renderer/src/app).' },
          ],
        },
      ],
    },
  },
);
