import { header, headerValues, parseSipMessage, type SipMessage } from './sip-message';
import { bindLoopbackUdp } from './processes';

/**
 * One UDP socket on 127.0.0.1 that talks SIP with the stack's Kamailio only:
 * the raw peers send every request and response through the proxy, as a
 * phone with an outbound proxy does.
 */
export interface SipEndpoint {
  port: number;
  /** Sends a request and resolves with its final response, or null after `timeoutMs`; 1xx go to `onProvisional`. */
  request(message: string, options?: { timeoutMs?: number; onProvisional?: (response: SipMessage) => void }): Promise<SipMessage | null>;
  /** Sends as is (a response, an ACK). */
  send(message: string): void;
  /** Every request that arrives, in order. */
  onRequest(handler: (request: SipMessage) => void): void;
  close(): void;
}

function topBranch(message: SipMessage): string | undefined {
  return /;\s*branch=([^;\s,]+)/i.exec(headerValues(message, 'via')[0] ?? '')?.[1];
}

export async function openSipEndpoint(proxyPort: number): Promise<SipEndpoint> {
  const socket = await bindLoopbackUdp('server');
  const port = socket.address().port;
  const transactions = new Map<string, { onResponse: (response: SipMessage) => void }>();
  const requestHandlers: ((request: SipMessage) => void)[] = [];
  socket.on('message', (datagram) => {
    const text = datagram.toString();
    // Keepalives (a bare CRLF) carry no message.
    if (text.trim() === '') return;
    const message = parseSipMessage(text);
    if (message.status !== undefined) {
      const branch = topBranch(message);
      if (branch) transactions.get(`${branch} ${header(message, 'cseq')?.split(' ')[1]}`)?.onResponse(message);
      return;
    }
    for (const handler of requestHandlers) handler(message);
  });
  const send = (message: string) => socket.send(message, proxyPort, '127.0.0.1');
  let closed = false;
  return {
    port,
    send,
    request: (text, { timeoutMs = 5_000, onProvisional } = {}) => {
      const message = parseSipMessage(text);
      // A CANCEL shares its INVITE's branch: the method tells their responses apart.
      const key = `${topBranch(message)} ${message.method}`;
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          transactions.delete(key);
          resolve(null);
        }, timeoutMs);
        transactions.set(key, {
          onResponse: (response) => {
            if (response.status !== undefined && response.status < 200) {
              onProvisional?.(response);
              return;
            }
            clearTimeout(timer);
            transactions.delete(key);
            resolve(response);
          },
        });
        send(text);
      });
    },
    onRequest: (handler) => {
      requestHandlers.push(handler);
    },
    close: () => {
      if (closed) return;
      closed = true;
      socket.close();
    },
  };
}
