// What `npm run dist` needs on this machine before electron-builder runs:
// one plain line per missing thing, so a release fails at its cause and not
// twenty minutes into a build. Pure (inputs in, lines out) for its unit test.

const signingByPlatform = {
  win32: {
    what: 'a Windows code-signing certificate',
    groups: [['CSC_LINK', 'CSC_KEY_PASSWORD'], ['WIN_CSC_LINK', 'WIN_CSC_KEY_PASSWORD']],
  },
  darwin: {
    what: 'a Developer ID Application identity',
    groups: [['CSC_LINK', 'CSC_KEY_PASSWORD'], ['CSC_NAME']],
  },
};

/** Apple's notary service: an Apple ID with an app-specific password, or an App Store Connect API key. */
const notarization = [
  ['APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID'],
  ['APPLE_API_KEY', 'APPLE_API_KEY_ID', 'APPLE_API_ISSUER'],
];

const hasAll = (env, names) => names.every((name) => typeof env[name] === 'string' && env[name].trim() !== '');
const describeGroups = (groups) => groups.map((names) => names.join(' + ')).join(', or ');

/**
 * @param {{ platform: string, env: Record<string, string | undefined>, electronBinary: boolean, built: boolean, unsigned: boolean }} input
 * @returns {string[]} one line per missing prerequisite (empty: ready to build)
 */
export function missingPrerequisites({ platform, env, electronBinary, built, unsigned }) {
  const missing = [];
  if (!electronBinary) {
    missing.push('No Electron binary: node_modules/electron/dist is missing (its download was blocked or skipped). Run `node node_modules/electron/install.js` on a machine that can download it, or set ELECTRON_OVERRIDE_DIST_PATH.');
  }
  if (!built) missing.push('No built app in out/: `npm run build` failed or was not run.');
  if (!['win32', 'darwin', 'linux'].includes(platform)) missing.push(`Parley has no installers for ${platform}: build on Windows, macOS or Linux.`);
  const signing = signingByPlatform[platform];
  if (signing && !unsigned) {
    if (!signing.groups.some((names) => hasAll(env, names))) {
      missing.push(`No signing identity for ${platform}: set ${describeGroups(signing.groups)} (${signing.what}), or pass --unsigned for a build that must not be shipped.`);
    }
    if (platform === 'darwin' && !notarization.some((names) => hasAll(env, names))) {
      missing.push(`No notarization credentials: set ${describeGroups(notarization)}, or pass --unsigned. Gatekeeper refuses an unnotarized app on agents' Macs.`);
    }
  }
  return missing;
}

/** electron-builder's flag for the host OS's targets (electron-builder.yml lists them per OS). */
export function hostTargetFlag(platform) {
  return { win32: '--win', darwin: '--mac', linux: '--linux' }[platform] ?? null;
}
