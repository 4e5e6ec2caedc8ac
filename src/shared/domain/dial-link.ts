/**
 * What a `tel:` or `sip:` link asks to dial (RFC 3966 / RFC 3261 URIs, as a
 * CRM or a web page would write them), or null when it is not one.
 * Visual separators in a tel: number and its parameters are dropped.
 */
export function parseDialLink(link: string): string | null {
  const trimmed = link.trim();
  const tel = /^tel:([^;?]+)/i.exec(trimmed);
  if (tel?.[1]) {
    const number = decodeURIComponent(tel[1]).replace(/[\s().-]/g, '');
    return /^\+?\d{2,20}$/.test(number) ? number : null;
  }
  const sip = /^sips?:([^;?>\s]+@[^;?>\s]+)/i.exec(trimmed);
  return sip?.[1] ? `sip:${sip[1]}` : null;
}
