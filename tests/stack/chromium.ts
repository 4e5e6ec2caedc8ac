/** Debian's Chromium, as every browser test and benchmark here starts it (Playwright's own download is not reachable). */
export const chromiumExecutable = '/usr/bin/chromium';

/** What the phone needs to talk to the test stack, in Chromium and in Electron alike (see tests/e2e/support/electron-shell.ts). */
export const phoneTestSwitches = [
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  // WebRTC on loopback: Chromium drops 127.0.0.1 candidates without this.
  '--allow-loopback-in-peer-connection',
  // The remote party must be heard (and ring) without a click first.
  '--autoplay-policy=no-user-gesture-required',
];

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  ...phoneTestSwitches,
];
