import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '@shared/security/content-security-policy';
import { waveformHeight, waveformStyleHash } from '@shared/security/waveform-style';

/** The text of the `<style>` wavesurfer.js writes into its shadow root, at our height, read from the installed package. */
function installedWaveformStyle(): string {
  const entry = createRequire(import.meta.url).resolve('wavesurfer.js');
  const source = readFileSync(entry, 'utf8');
  const tag = source.indexOf('<style${');
  const open = source.indexOf('>', source.indexOf('}', tag + '<style${'.length));
  const close = source.indexOf('</style>', open);
  const template = source.slice(open + 1, close).replace(/\$\{this\.getHeight\([^}]*\)\}/, String(waveformHeight));
  // The bundle keeps the template's line breaks as escapes.
  return JSON.parse(`"${template.replaceAll('"', '\\"')}"`) as string;
}

describe('the recording player under the page’s Content-Security-Policy', () => {
  it('allows exactly the style wavesurfer.js draws with, by hash (an upgrade that changes it fails here)', () => {
    const style = installedWaveformStyle();
    expect(style).toContain(':host .canvases');
    expect(style).not.toContain('${');
    expect(`'sha256-${createHash('sha256').update(style).digest('base64')}'`).toBe(waveformStyleHash);
    expect(contentSecurityPolicy).toContain(`style-src 'self' ${waveformStyleHash}`);
  });
});
