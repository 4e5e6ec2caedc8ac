import type { Page } from '@playwright/test';

/**
 * Counts the page's live timers: a timeout from `setTimeout` until it fires
 * or is cleared, an interval from `setInterval` until it is cleared. Added
 * before the page's own scripts, so that every timer they make is seen. (The
 * engine has no API that lists pending timers; wrapping the four functions is
 * exact for timers made from JS, which are all the page has.) Timeouts and
 * intervals share one id space, so either clear function ends either kind.
 */
export const countLiveTimers = `(() => {
  const timeouts = new Set();
  const intervals = new Set();
  const { setTimeout: setTimeoutOriginal, setInterval: setIntervalOriginal, clearTimeout: clearTimeoutOriginal, clearInterval: clearIntervalOriginal } = window;
  const clear = (id) => {
    timeouts.delete(id);
    intervals.delete(id);
  };
  window.setTimeout = function (handler, ...rest) {
    let id;
    const run = typeof handler === 'function' ? function (...args) { timeouts.delete(id); return handler.apply(this, args); } : handler;
    id = setTimeoutOriginal.call(window, run, ...rest);
    timeouts.add(id);
    return id;
  };
  window.setInterval = function (...args) {
    const id = setIntervalOriginal.apply(window, args);
    intervals.add(id);
    return id;
  };
  window.clearTimeout = (id) => { clear(id); return clearTimeoutOriginal.call(window, id); };
  window.clearInterval = (id) => { clear(id); return clearIntervalOriginal.call(window, id); };
  window.__liveTimers = () => ({ timeouts: timeouts.size, intervals: intervals.size });
})();`;

export interface LiveTimers {
  timeouts: number;
  intervals: number;
}

/** Live timers in a page that runs `countLiveTimers`. */
export function liveTimers(page: Page): Promise<LiveTimers> {
  return page.evaluate(() => (window as unknown as { __liveTimers(): LiveTimers }).__liveTimers());
}
