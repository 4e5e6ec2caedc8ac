import { afterEach } from 'vitest';
import { startReferenceServer, type ReferenceServer, type ReferenceServerOptions } from '../../sync/reference-server';

/** Reference CRM servers on 127.0.0.1 for one test each, closed after it. */
export function useReferenceServers(): (options?: ReferenceServerOptions) => Promise<ReferenceServer> {
  const servers: ReferenceServer[] = [];
  afterEach(async () => {
    for (const server of servers.splice(0)) await server.close();
  });
  return async (options = {}) => {
    const server = await startReferenceServer(options);
    servers.push(server);
    return server;
  };
}
