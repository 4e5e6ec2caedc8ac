import WebSocket from 'ws';
import { wireServerMessages } from '../../src/shared/contract/wire';

/**
 * One contract call to a browser-shell host from the test itself, as its page
 * would make it (the token from the printed address, the page's Origin):
 * for setting a console up without a page that a new SIP server would reload.
 */
export function callHost(hostUrl: string, method: string, params: unknown): Promise<unknown> {
  const url = new URL(hostUrl);
  const token = url.searchParams.get('token') ?? '';
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`ws://${url.host}/contract?token=${encodeURIComponent(token)}`, { origin: url.origin });
    socket.on('error', reject);
    socket.on('open', () => socket.send(JSON.stringify({ id: 1, method, params })));
    socket.on('message', (data: WebSocket.RawData) => {
      // The socket also carries events, in the same frame as the answer when they were ready together: wait for the answer.
      const answer = wireServerMessages(String(data)).find((message) => 'id' in message && message.id === 1);
      if (!answer) return;
      socket.close();
      resolve(answer);
    });
  });
}
