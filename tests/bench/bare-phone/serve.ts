import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { build } from 'vite';

export interface BarePhoneServer {
  url: string;
  close(): Promise<void>;
}

/** page.ts and sip.js (from node_modules, the console's version) in one ES module, built in memory. */
async function bundlePage(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    root: import.meta.dirname,
    build: { write: false, minify: false, lib: { entry: join(import.meta.dirname, 'page.ts'), formats: ['es'], fileName: 'bare-phone' } },
  });
  const chunk = (Array.isArray(output) ? output : [output]).flatMap((result) => ('output' in result ? result.output : [])).find((file) => file.type === 'chunk' && file.isEntry);
  if (chunk?.type !== 'chunk') throw new Error('the bare phone page was not bundled');
  return chunk.code;
}

/** The bare phone's page on 127.0.0.1: an empty document and its one script. */
export async function serveBarePhone(): Promise<BarePhoneServer> {
  const script = await bundlePage();
  const server: Server = createServer((request, response) => {
    if (request.url === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>bare phone</title><script type="module" src="/bare-phone.js"></script>');
    } else if (request.url === '/bare-phone.js') {
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(script);
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise<void>((closed) => server.close(() => closed())),
  };
}
