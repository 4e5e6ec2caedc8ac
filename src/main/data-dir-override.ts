const dataDirFlag = '--data-dir=';

/**
 * `--data-dir=<dir>` or PARLEY_DATA_DIR keep a test's or a second profile's
 * data apart, in an unpackaged Electron app only (the browser shell reads its
 * own options). A packaged console keeps its data where the OS keeps the
 * user's app data, so a shortcut or an environment variable planted by
 * someone else cannot point it at a folder they can read.
 */
export function dataDirOverride(argv: readonly string[], env: NodeJS.ProcessEnv, isPackaged: boolean): string | undefined {
  if (isPackaged) return undefined;
  const flag = argv.find((argument) => argument.startsWith(dataDirFlag));
  return flag?.slice(dataDirFlag.length) || env.PARLEY_DATA_DIR || undefined;
}
