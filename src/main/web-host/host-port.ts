import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const portFileName = 'web-port';

/** The port this data folder's host listened on last time: an open page finds it there again after a restart. 0 if none. */
export function rememberedPort(dataDir: string): number {
  try {
    const port = Number(readFileSync(join(dataDir, portFileName), 'utf8').trim());
    return Number.isInteger(port) && port > 0 && port <= 65535 ? port : 0;
  } catch {
    return 0;
  }
}

export function rememberPort(dataDir: string, port: number): void {
  writeFileSync(join(dataDir, portFileName), `${port}\n`);
}
