import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FuseState, FuseV1Options } from '@electron/fuses';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fuseProblems, namedFuses } from '../../../scripts/release/compare-fuses.mjs';

const expected: Record<string, boolean> = parse(readFileSync(join(import.meta.dirname, '../../../electron-builder.yml'), 'utf8')).electronFuses;

/** A fuse wire as @electron/fuses reads it from a binary, flipped exactly as electron-builder.yml asks. */
function wireAsConfigured(): Record<number, number> {
  const wire: Record<number, number> = {};
  for (const [key, on] of Object.entries(expected)) {
    wire[FuseV1Options[(key.charAt(0).toUpperCase() + key.slice(1)) as keyof typeof FuseV1Options]] = on ? FuseState.ENABLE : FuseState.DISABLE;
  }
  return wire;
}

describe("the packaged app's fuses against electron-builder.yml", () => {
  it('pass when every fuse is as configured', () => {
    expect(fuseProblems(expected, wireAsConfigured())).toEqual([]);
  });

  it('name a fuse left on that must be off (a binary that can run as Node)', () => {
    const wire = { ...wireAsConfigured(), [FuseV1Options.RunAsNode]: FuseState.ENABLE };
    expect(fuseProblems(expected, wire)).toEqual(['runAsNode: electron-builder.yml says off, the packaged app has it on']);
  });

  it('name a fuse the binary does not have, and a key no Electron knows', () => {
    // An older Electron's wire, shorter than the fuses electron-builder.yml names.
    const wire = Object.fromEntries(Object.entries(wireAsConfigured()).filter(([index]) => Number(index) !== FuseV1Options.OnlyLoadAppFromAsar));
    expect(fuseProblems({ ...expected, runAsNod: false }, wire)).toEqual([
      'onlyLoadAppFromAsar: electron-builder.yml says on, the packaged app has it absent',
      "runAsNod: not a fuse this Electron knows (check electron-builder.yml's electronFuses)",
    ]);
  });

  it('report every fuse by its electron-builder name', () => {
    expect(namedFuses(wireAsConfigured())).toMatchObject({ runAsNode: 'off', onlyLoadAppFromAsar: 'on', enableCookieEncryption: 'on' });
  });
});
