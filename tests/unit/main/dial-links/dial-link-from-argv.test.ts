import { describe, expect, it } from 'vitest';
import { dialLinkFromArgv } from '../../../../src/main/dial-links/dial-link-from-argv';

describe('the link in the command line the OS started Parley with', () => {
  it.each([
    ['Windows, a link clicked while Parley was closed', ['C:\\Program Files\\Parley\\Parley.exe', 'tel:+4930123456'], 'tel:+4930123456'],
    [
      'Windows, a second launch: Chromium puts its own switches first',
      ['C:\\Program Files\\Parley\\Parley.exe', '--allow-file-access-from-files', '--original-process-start-time=13211099044577424', 'sip:anna@pbx.example.com'],
      'sip:anna@pbx.example.com',
    ],
    ['Linux, the .desktop file’s %U', ['/opt/Parley/parley', 'callto:+380501112233'], 'callto:+380501112233'],
    ['a development run, the app folder first', ['/usr/lib/electron/electron', '.', 'tel:+79161234567'], 'tel:+79161234567'],
    ['a link in capitals', ['parley', 'TEL:+4930123456'], 'TEL:+4930123456'],
    ['a malformed link: it is still the link, and the agent is told what is wrong with it', ['parley', 'tel:call-me'], 'tel:call-me'],
  ])('%s', (_story, argv, link) => {
    expect(dialLinkFromArgv(argv)).toBe(link);
  });

  it.each([
    ['a plain start', ['C:\\Program Files\\Parley\\Parley.exe']],
    ['a start with switches only', ['parley', '--data-dir=/tmp/parley', '--inspect=0']],
    ['a link smuggled into a switch', ['parley', '--data-dir=tel:+4930123456']],
    ['a web link', ['parley', 'https://example.com/?tel:+4930']],
    ['the executable itself named like a link', ['tel:+4930123456']],
  ])('none in %s', (_story, argv) => {
    expect(dialLinkFromArgv(argv)).toBeNull();
  });
});
