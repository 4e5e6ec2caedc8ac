import { useEffect, useRef } from 'react';
import { readDialLink, type DialRequest } from '@shared/domain/dial-link';
import { useContract } from '../../ui/contract-context';

/**
 * Every tel:/sip: link meant for the dialer, from either shell, down one path:
 * the browser shell's page is opened with `?dial=<link>`; in Electron the OS
 * hands links to main, which keeps the latest until the page takes it (so
 * one that launched the app, before this page listened, is not lost).
 */
export function useDialRequests(onRequest: (request: DialRequest) => void): void {
  const contract = useContract();
  const handle = useRef(onRequest);
  useEffect(() => {
    handle.current = onRequest;
  }, [onRequest]);

  useEffect(() => {
    const linkInPage = new URLSearchParams(window.location.search).get('dial');
    if (linkInPage !== null) handle.current(readDialLink(linkInPage));
    const takeWaitingLink = () =>
      void contract.call('phone.dial-links.take', {}).then((result) => {
        if (result.ok && result.value.request) handle.current(result.value.request);
      });
    const unsubscribe = contract.on('phone.dial-requested', takeWaitingLink);
    takeWaitingLink();
    return unsubscribe;
  }, [contract]);
}
