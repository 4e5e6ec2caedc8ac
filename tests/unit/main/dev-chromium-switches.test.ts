import { describe, expect, it } from 'vitest';
import { parseChromiumSwitches } from '../../../src/main/dev-chromium-switches';

describe('Chromium switches for a test run of Electron', () => {
  it('reads the fake media devices and loopback WebRTC the phone tests need', () => {
    expect(
      parseChromiumSwitches(' --use-fake-device-for-media-stream  --allow-loopback-in-peer-connection --autoplay-policy=no-user-gesture-required '),
    ).toEqual([
      { name: 'use-fake-device-for-media-stream' },
      { name: 'allow-loopback-in-peer-connection' },
      { name: 'autoplay-policy', value: 'no-user-gesture-required' },
    ]);
  });

  it('reads nothing from nothing', () => {
    expect(parseChromiumSwitches('')).toEqual([]);
  });

  it.each(['use-fake-ui-for-media-stream', '-single-dash', '--', '--=value', '--empty-value='])('refuses "%s" out loud', (text) => {
    expect(() => parseChromiumSwitches(text)).toThrow(/PARLEY_DEV_CHROMIUM_SWITCHES/);
  });
});
