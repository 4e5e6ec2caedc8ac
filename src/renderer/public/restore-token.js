// Runs on the browser shell's "token needed" page. The console took its
// token out of the address bar and kept it for this tab (sessionStorage key
// below, see src/renderer/src/app/transport/page-token.ts): a reload comes back here
// and goes on to the console with it. A token the host refuses is tried once.
const tokenKey = 'parley.token';
const triedKey = 'parley.token.tried';
const token = sessionStorage.getItem(tokenKey);
if (token && sessionStorage.getItem(triedKey) !== token) {
  sessionStorage.setItem(triedKey, token);
  const url = new URL(location.href);
  url.searchParams.set('token', token);
  location.replace(url.href);
} else {
  sessionStorage.removeItem(tokenKey);
}
