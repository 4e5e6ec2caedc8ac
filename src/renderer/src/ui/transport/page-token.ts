/** Shared with public/restore-token.js, which reads them on the host's "token needed" page. */
const tokenKey = 'parley.token';
const triedKey = 'parley.token.tried';

/**
 * The browser shell's access token: taken from the address the host printed,
 * kept for this tab (sessionStorage, so a reload still opens the console) and
 * removed from the address bar and its history entry, where anyone glancing
 * at the screen or the browser's history would find it.
 */
export function takePageToken(): string {
  const url = new URL(window.location.href);
  const fromAddress = url.searchParams.get('token');
  if (fromAddress !== null) {
    sessionStorage.setItem(tokenKey, fromAddress);
    url.searchParams.delete('token');
    history.replaceState(history.state, '', url.href);
  }
  // The page opened: the token worked, and a later reload may try it again.
  sessionStorage.removeItem(triedKey);
  return fromAddress ?? sessionStorage.getItem(tokenKey) ?? '';
}
