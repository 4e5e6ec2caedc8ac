import { describe, expect, it } from 'vitest';
import { missingPrerequisites } from '../../../scripts/release/prerequisites.mjs';

const ready = { electronBinary: true, built: true, unsigned: false };

describe('npm run dist says what is missing, one line each', () => {
  it('a Linux build needs Electron and the build, no signing identity', () => {
    expect(missingPrerequisites({ ...ready, platform: 'linux', env: {} })).toEqual([]);
    const lines = missingPrerequisites({ ...ready, platform: 'linux', env: {}, electronBinary: false, built: false });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^No Electron binary: node_modules\/electron\/dist is missing/);
    expect(lines[1]).toMatch(/^No built app/);
  });

  it('Windows refuses to build unsigned unless asked', () => {
    expect(missingPrerequisites({ ...ready, platform: 'win32', env: {} })).toEqual([expect.stringMatching(/^No signing identity for win32: set CSC_LINK \+ CSC_KEY_PASSWORD/)]);
    expect(missingPrerequisites({ ...ready, platform: 'win32', env: { CSC_LINK: 'cert.p12', CSC_KEY_PASSWORD: 'x' } })).toEqual([]);
    expect(missingPrerequisites({ ...ready, platform: 'win32', env: { CSC_LINK: 'cert.p12' } })).toHaveLength(1);
    expect(missingPrerequisites({ ...ready, platform: 'win32', env: {}, unsigned: true })).toEqual([]);
  });

  it('macOS needs a signing identity and notarization credentials, each named', () => {
    const lines = missingPrerequisites({ ...ready, platform: 'darwin', env: {} });
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^No notarization credentials: set APPLE_ID \+ APPLE_APP_SPECIFIC_PASSWORD \+ APPLE_TEAM_ID, or APPLE_API_KEY/);
    const env = { CSC_NAME: 'Developer ID Application: Parley', APPLE_API_KEY: 'k.p8', APPLE_API_KEY_ID: 'id', APPLE_API_ISSUER: 'iss' };
    expect(missingPrerequisites({ ...ready, platform: 'darwin', env })).toEqual([]);
    expect(missingPrerequisites({ ...ready, platform: 'darwin', env: {}, unsigned: true })).toEqual([]);
  });

  it('names the OS it cannot build for', () => {
    expect(missingPrerequisites({ ...ready, platform: 'freebsd', env: {} })).toEqual(['Parley has no installers for freebsd: build on Windows, macOS or Linux.']);
  });
});
