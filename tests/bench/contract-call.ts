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
  // The socket also carries events (a save broadcasts what changed): the answer is the message with our id.
  for (;;) {
    const [message] = (await once(socket, 'message')) as [Buffer];
    const parsed = JSON.parse(message.toString()) as { id?: number; ok?: boolean };
    if (parsed.id !== 1) continue;
    socket.close();
    if (!parsed.ok) throw new Error(`${method} was refused: ${message.toString()}`);
    return;
  }
}
