import { once } from 'node:events';
import { WebSocket } from 'ws';

/**
 * One contract call from outside the page, over the browser shell's socket
 * (with the page's token and origin), as the page itself makes them. Used to
 * set the console up before its page opens: a page reloads itself when the
 * SIP server changes, since its Content-Security-Policy names the server.
 */
export async function callContract(pageUrl: string, method: string, params: unknown): Promise<void> {
  const url = new URL(pageUrl);
  const socket = new WebSocket(`ws://${url.host}/contract?token=${url.searchParams.get('token') ?? ''}`, { origin: url.origin });
  await once(socket, 'open');
  socket.send(JSON.stringify({ id: 1, method, params }));
  const [answer] = (await once(socket, 'message')) as [Buffer];
  socket.close();
  if (!(JSON.parse(answer.toString()) as { ok?: boolean }).ok) throw new Error(`${method} was refused: ${answer.toString()}`);
}
