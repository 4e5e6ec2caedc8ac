import { callHost } from '../stack/contract-socket';

/**
 * One contract call from outside the page, over the browser shell's socket
 * (with the page's token and origin), as the page itself makes them. Used to
 * set the console up before its page opens: a page reloads itself when the
 * SIP server changes, since its Content-Security-Policy names the server.
 * Resolves with the answer's value.
 */
export async function callContract(pageUrl: string, method: string, params: unknown): Promise<unknown> {
  const answer = (await callHost(pageUrl, method, params)) as { ok: boolean; value?: unknown };
  if (!answer.ok) throw new Error(`${method} was refused: ${JSON.stringify(answer)}`);
  return answer.value;
}
