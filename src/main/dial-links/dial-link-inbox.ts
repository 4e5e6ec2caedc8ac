import { readDialLink, type DialRequest } from '@shared/domain/dial-link';

/**
 * Where the links the operating system hands the app wait for the console.
 * A link may arrive before there is a page to show it (the one that launched
 * the app, or one clicked while the page reloads), so it is kept until the
 * renderer takes it; only the latest is kept, as the dialer holds one target.
 */
export class DialLinkInbox {
  private pending: DialRequest | null = null;
  private readonly listeners = new Set<() => void>();

  receive(link: string): void {
    this.pending = readDialLink(link);
    this.listeners.forEach((listener) => listener());
  }

  take(): DialRequest | null {
    const request = this.pending;
    this.pending = null;
    return request;
  }

  /** Called on every arrival; returns the unsubscribe. */
  onArrival(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
