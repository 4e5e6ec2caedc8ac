import { describe, expect, it } from 'vitest';
import { DialLinkInbox } from '../../../../src/main/dial-links/dial-link-inbox';

describe('links waiting for the console', () => {
  it('keeps a link that arrived before the page until the page takes it, and gives it only once', () => {
    const inbox = new DialLinkInbox();
    inbox.receive('tel:+4930123456');
    expect(inbox.take()).toEqual({ ok: true, target: '+4930123456' });
    expect(inbox.take()).toBeNull();
  });

  it('keeps the latest of several links: the dialer holds one number', () => {
    const inbox = new DialLinkInbox();
    inbox.receive('tel:+4930123456');
    inbox.receive('sip:anna@pbx.example.com');
    expect(inbox.take()).toEqual({ ok: true, target: 'sip:anna@pbx.example.com' });
  });

  it('tells the console a link is waiting, malformed ones included', () => {
    const inbox = new DialLinkInbox();
    let arrivals = 0;
    inbox.onArrival(() => arrivals++);
    inbox.receive('tel:call-me');
    expect(arrivals).toBe(1);
    expect(inbox.take()).toEqual({ ok: false, problem: 'not-a-phone-number', link: 'tel:call-me' });
  });
});
