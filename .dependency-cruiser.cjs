/**
 * Which folder may import which (the layer check of `npm run lint`), in the
 * spirit of VS Code's layer rules: a folder says where its code may run, and
 * an import across a boundary it may not cross fails the build.
 */

/** The renderer's code without React: the sip.js phone, the call registry, agent state, the audio engine. */
const rendererCore = '^src/renderer/src/core/';

module.exports = {
  forbidden: [
    {
      name: 'no-file-cycles',
      severity: 'error',
      comment: 'Two files that import each other cannot be understood, tested or moved apart: one of them owns the shared piece.',
      from: {},
      to: { circular: true },
    },

    // Processes and the contract between them.
    {
      name: 'shared-imports-only-shared',
      severity: 'error',
      comment: 'src/shared runs in every process: it may use npm packages and itself, nothing of main, preload, renderer or Node.',
      from: { path: '^src/shared/' },
      to: { pathNot: ['^src/shared/', '^node_modules/'] },
    },
    {
      name: 'main-never-renderer',
      severity: 'error',
      comment: 'Main talks to the page only through the contract (src/shared/contract).',
      from: { path: '^src/main/' },
      to: { path: '^src/(renderer|preload)/' },
    },
    {
      name: 'renderer-never-main',
      severity: 'error',
      comment: 'The renderer reaches main only through the contract: no Node, no database, no service code in the page.',
      from: { path: '^src/renderer/' },
      to: { path: '^src/(main|preload)/' },
    },
    {
      name: 'preload-only-shared',
      severity: 'error',
      comment: 'The preload exposes the contract and nothing else.',
      from: { path: '^src/preload/' },
      to: { path: '^src/(main|renderer)/' },
    },

    // Main: the shell at the edge, plain Node services inside, the store below them.
    {
      name: 'services-know-no-shell',
      severity: 'error',
      comment: 'Services run in plain Node for both shells: they never reach the Electron edge, the browser shell host or the composition (app-core).',
      from: { path: '^src/main/services/' },
      to: { path: '^src/main/(electron/|web-host/|index\\.ts$|app-core\\.ts$)' },
    },
    {
      name: 'store-knows-no-services',
      severity: 'error',
      comment: 'The store (schema, migrations, queries) is the bottom layer: services call it, never the other way.',
      from: { path: '^src/main/store/' },
      to: { path: '^src/main/(services|electron|web-host)/' },
    },
    {
      name: 'sql-only-in-the-store',
      severity: 'error',
      comment:
        'One way into the database: services call the query modules of src/main/store/queries (and inTransaction); only the store touches drizzle, better-sqlite3, the schema and prepared statements. ' +
        'The CRM-apply chain (services/sync/apply-*, local-ids, sync-journal) is the one exception left: it is the importer\'s hot path, moved once its benchmark work has landed.',
      from: { path: '^src/main/', pathNot: ['^src/main/store/', '^src/main/services/sync/(apply-[a-z-]+|local-ids|sync-journal)\\.ts$'] },
      to: { path: ['^node_modules/(better-sqlite3|drizzle-orm)/', '^src/main/store/(schema|prepared)\\.ts$'], dependencyTypesNot: ['type-only'] },
    },

    // Renderer: the composition root on top, features below it, the non-UI core at the bottom.
    {
      name: 'features-never-the-composition-root',
      severity: 'error',
      comment: 'main.tsx and app/ compose the features; a feature that imported them would import every other feature.',
      from: { path: '^src/renderer/src/features/' },
      to: { path: '^src/renderer/src/(main\\.tsx|app/)' },
    },
    {
      name: 'renderer-ui-serves-features',
      severity: 'error',
      comment: 'ui/ (contract hooks, transport, formatting, i18n) is what every feature uses: it knows none of them, nor the composition root.',
      from: { path: '^src/renderer/src/ui/' },
      to: { path: '^src/renderer/src/(features|app)/|^src/renderer/src/main\\.tsx$' },
    },
    {
      name: 'renderer-core-never-ui',
      severity: 'error',
      comment: 'core/ (the phone, call registry, agent state, audio engine) is tested without a DOM: no React, no UI of any kind.',
      from: { path: rendererCore },
      to: { path: ['^src/renderer/src/(features|app|ui)/', '^node_modules/(react|react-dom|react-i18next)/'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
