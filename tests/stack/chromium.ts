/** Debian's Chromium, as every browser test and benchmark here starts it (Playwright's own download is not reachable). */
export const chromiumExecutable = '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // WebRTC on loopback: Chromium drops 127.0.0.1 candidates without this.
  '--allow-loopback-in-peer-connection',
  // The remote party must be heard (and ring) without a click first.
  '--autoplay-policy=no-user-gesture-required',
];
