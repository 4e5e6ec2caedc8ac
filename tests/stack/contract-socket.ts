import WebSocket from 'ws';

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
      // The socket also carries events: wait for the answer.
      const message = JSON.parse(String(data)) as { id?: number };
      if (message.id !== 1) return;
      socket.close();
      resolve(message);
    });
  });
}
