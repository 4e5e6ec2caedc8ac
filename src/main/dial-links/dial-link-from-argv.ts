import { hasDialLinkScheme } from '@shared/domain/dial-link';

/**
 * The tel:/sip:/callto: link in a command line, or null. Windows and Linux
 * start the app with the link as an argument; where it sits is not fixed
 * (Chromium adds switches such as `--original-process-start-time=…` to a
 * second instance's argv, a development run has the app folder first), so the
 * link is recognised by its scheme, never by its position. Switches are
 * skipped even if they carry a link after `=`: only a bare argument is one.
 */
export function dialLinkFromArgv(argv: readonly string[]): string | null {
  return argv.slice(1).find((argument) => !argument.startsWith('-') && hasDialLinkScheme(argument)) ?? null;
}
