import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'src/shared') } },
  test: {
    reporters: ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // better-sqlite3 is a native addon: separate processes, not worker threads.
          pool: 'forks',
        },
      },
      // The test stack's own tests (~20 s): its peers against a real Kamailio, rtpengine and baresip.
      './vitest.stack.config.ts',
    ],
  },
});
