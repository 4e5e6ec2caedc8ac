import { describe, expect, it } from 'vitest';
import { defaultWindowSize, restoreWindowPlacement } from '../../../../src/main/window-bounds';

const laptop = { x: 0, y: 0, width: 1920, height: 1040 };
const rightMonitor = { x: 1920, y: 0, width: 2560, height: 1400 };
const leftMonitor = { x: -1680, y: 0, width: 1680, height: 1010 };
/** Where a lost window comes back: centred on the laptop, at the default size. */
const centredOnLaptop = { x: 277, y: 120, ...defaultWindowSize };

function saved(x: number, y: number, width: number, height: number, maximized = false) {
  return { bounds: { x, y, width, height }, maximized };
}

describe('where the window opens', () => {
  it('where it was left, maximized or not', () => {
    const onTheRight = saved(2100, 100, 1400, 900, true);
    expect(restoreWindowPlacement(onTheRight, [laptop, rightMonitor])).toEqual(onTheRight);
  });

  it('on a monitor left of the main one (negative coordinates)', () => {
    const onTheLeft = saved(-1500, 50, 1200, 800);
    expect(restoreWindowPlacement(onTheLeft, [laptop, leftMonitor])).toEqual(onTheLeft);
  });

  it('where it was left when only part of it is on screen, as long as its title bar can be grabbed', () => {
    const hangingOffTheRight = saved(1600, 200, 1200, 800);
    expect(restoreWindowPlacement(hangingOffTheRight, [laptop])).toEqual(hangingOffTheRight);
  });

  it('back on the main screen, inside it, when the monitor it was on is gone', () => {
    const placement = restoreWindowPlacement(saved(2100, 100, 1400, 900, true), [laptop]);
    expect(placement).toEqual({ bounds: centredOnLaptop, maximized: false });
  });

  it('on the first work area given (the primary one), even when it is not at the origin', () => {
    const placement = restoreWindowPlacement(null, [rightMonitor, laptop]);
    expect(placement.bounds).toEqual({ x: 1920 + 597, y: 300, ...defaultWindowSize });
  });

  it('no bigger than a small screen', () => {
    const netbook = { x: 0, y: 0, width: 1024, height: 576 };
    const placement = restoreWindowPlacement(null, [netbook]);
    expect(placement.bounds).toEqual({ x: 0, y: 0, width: 1024, height: 576 });
  });

  it('at the default size when no screen is known at all', () => {
    expect(restoreWindowPlacement(null, []).bounds).toEqual({ x: 0, y: 0, ...defaultWindowSize });
  });

  it.each([
    ['nothing saved', null],
    ['garbage', 'not json'],
    ['an empty object', {}],
    ['bounds without a maximized flag', { bounds: { x: 10, y: 10, width: 1200, height: 800 } }],
    ['numbers written as text', { bounds: { x: '10', y: '10', width: '1200', height: '800' }, maximized: false }],
    ['fractions of a pixel', saved(10.5, 10, 1200, 800)],
    ['not-a-number', saved(Number.NaN, 10, 1200, 800)],
    ['infinity', saved(10, 10, Number.POSITIVE_INFINITY, 800)],
    ['a window too small to use', saved(10, 10, 20, 20)],
    ['a negative size', saved(10, 10, -1200, 800)],
    ['an absurd size', saved(0, 0, 1e9, 800)],
    ['a title bar above the screen', saved(100, -500, 1200, 800)],
    ['a window below the screen', saved(100, 1030, 1200, 800)],
    ['a window left of every screen', saved(-5000, 100, 1200, 800)],
    ['a window far away', saved(1e7, 1e7, 1200, 800)],
  ])('centred at a sensible size for %s', (_case, placement) => {
    expect(restoreWindowPlacement(placement, [laptop])).toEqual({ bounds: centredOnLaptop, maximized: false });
  });
});
