import { defineConfig } from 'vitest/config';

/**
 * The test stack's own tests (tests/stack-selftest): each helper peer —
 * linphone, the raw SIP phone, raw INVITEs — checked against the real
 * Kamailio, rtpengine and baresip, started once for all of them.
 */
export default defineConfig({
  test: {
    name: 'stack',
    include: ['tests/stack-selftest/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/stack-selftest/stack-setup.ts'],
    // The files share the one stack's users: one at a time.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
