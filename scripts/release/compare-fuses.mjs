// Compares the fuses electron-builder.yml asks for (`electronFuses`) with the
// fuse wire read from a packaged Electron binary (@electron/fuses'
// getCurrentFuseWire). Pure, so it is unit-tested without a packaged app.
import { FuseState, FuseV1Options } from '@electron/fuses';

/** electron-builder's key (runAsNode) to @electron/fuses' option name (RunAsNode). */
export function fuseOptionName(key) {
  return key.charAt(0).toUpperCase() + key.slice(1);
}

export function describeState(state) {
  if (state === FuseState.ENABLE) return 'on';
  if (state === FuseState.DISABLE) return 'off';
  if (state === FuseState.REMOVED) return 'removed';
  if (state === FuseState.INHERIT) return 'inherited';
  return 'absent';
}

/**
 * @param {Record<string, boolean>} expected electron-builder.yml's electronFuses
 * @param {Record<number, number>} wire the packaged binary's fuse wire
 * @returns {string[]} one line per fuse that is not as configured (empty: all as configured)
 */
export function fuseProblems(expected, wire) {
  const problems = [];
  for (const [key, wanted] of Object.entries(expected)) {
    const option = FuseV1Options[fuseOptionName(key)];
    if (typeof option !== 'number') {
      problems.push(`${key}: not a fuse this Electron knows (check electron-builder.yml's electronFuses)`);
      continue;
    }
    const actual = describeState(wire[option]);
    const want = wanted ? 'on' : 'off';
    if (actual !== want) problems.push(`${key}: electron-builder.yml says ${want}, the packaged app has it ${actual}`);
  }
  return problems;
}

/** Every fuse of the wire by its electron-builder name, for reports. */
export function namedFuses(wire) {
  const named = {};
  for (const [name, index] of Object.entries(FuseV1Options)) {
    if (typeof index !== 'number') continue;
    named[name.charAt(0).toLowerCase() + name.slice(1)] = describeState(wire[index]);
  }
  return named;
}
