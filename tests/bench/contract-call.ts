import { once } from 'node:events';
import { WebSocket } from 'ws';

/**
 * One contract call from outside the page, over the browser shell's socket
 * (with the page's token and origin), as the page itself makes them. Used to
 * set the console up before its page opens: a page reloads itself when the
 * SIP server changes, since its Content-Security-Policy names the server.
 * Resolves with the answer's value.
 */
export async function callContract(pageUrl: string, method: string, params: unknown): Promise<unknown> {
  const url = new URL(pageUrl);
  const socket = new WebSocket(`ws://${url.host}/contract?token=${url.searchParams.get('token') ?? ''}`, { origin: url.origin });
  // Listening before sending: the socket also carries events (a save broadcasts what changed), which may
  // arrive in the same tick as the answer; the answer is the message with our id.
  const answer = new Promise<{ ok?: boolean; value?: unknown; text: string }>((resolve, reject) => {
    socket.on('message', (data: Buffer) => {
      const parsed = JSON.parse(data.toString()) as { id?: number; ok?: boolean; value?: unknown };
      if (parsed.id === 1) resolve({ ok: parsed.ok, value: parsed.value, text: data.toString() });
    });
    socket.once('close', () => reject(new Error(`the contract socket closed before ${method} was answered`)));
  });
  await once(socket, 'open');
  socket.send(JSON.stringify({ id: 1, method, params }));
  const { ok, value, text } = await answer;
  socket.close();
  if (!ok) throw new Error(`${method} was refused: ${text}`);
  return value;
}
