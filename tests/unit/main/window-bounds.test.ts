import { describe, expect, it } from 'vitest';
import { restoreWindowPlacement } from '../../../src/main/window-bounds';

const laptop = { x: 0, y: 0, width: 1920, height: 1040 };
const rightMonitor = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('where the window opens', () => {
  it('where it was left, maximized or not', () => {
    const saved = { bounds: { x: 2100, y: 100, width: 1400, height: 900 }, maximized: true };
    expect(restoreWindowPlacement(saved, [laptop, rightMonitor])).toEqual(saved);
  });

  it('back on the main screen when the monitor it was on is gone', () => {
    const saved = { bounds: { x: 2100, y: 100, width: 1400, height: 900 }, maximized: false };
    const placement = restoreWindowPlacement(saved, [laptop]);
    expect(placement.bounds.x).toBeGreaterThanOrEqual(0);
    expect(placement.bounds.x + placement.bounds.width).toBeLessThanOrEqual(1920);
    expect(placement.maximized).toBe(false);
  });

  it.each([
    ['nothing saved', null],
    ['garbage', 'not json'],
    ['a window too small to use', { bounds: { x: 10, y: 10, width: 20, height: 20 }, maximized: false }],
    ['an absurd size', { bounds: { x: 0, y: 0, width: 1e9, height: 800 }, maximized: false }],
    ['a title bar above the screen', { bounds: { x: 100, y: -500, width: 1200, height: 800 }, maximized: false }],
  ])('centred at a sensible size for %s', (_case, saved) => {
    const placement = restoreWindowPlacement(saved, [laptop]);
    expect(placement.bounds).toEqual({ x: 277, y: 120, width: 1366, height: 800 });
  });
});
