import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeSipGrammarOnce, sipGrammarModule } from '../../../scripts/sip-grammar-once';

type GrammarModule = { parse(input: string, options: { startRule: string; data?: unknown }): void };

const grammarFile = createRequire(import.meta.url).resolve('sip.js/lib/grammar/pegjs/dist/grammar.js');
const shipped = readFileSync(grammarFile, 'utf8');
const folder = mkdtempSync(join(tmpdir(), 'sip-grammar-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The transformed grammar as a module of its own, its imports pointing back at sip.js's. */
async function transformedGrammar(): Promise<GrammarModule> {
  const code = decodeSipGrammarOnce(shipped).replace(/from "(\.\.?\/[^"]+)"/g, (_, path: string) => `from "${pathToFileURL(resolve(dirname(grammarFile), path)).href}"`);
  const file = join(folder, 'grammar.mjs');
  writeFileSync(file, code);
  return (await import(pathToFileURL(file).href)) as GrammarModule;
}

/** What sip.js's Grammar.parse hands back: the parsed value, or -1 when the text does not match the rule. */
function parsed(grammar: GrammarModule, rule: string, value: string): string {
  const options: { startRule: string; data?: unknown } = { startRule: rule };
  try {
    grammar.parse(value, options);
  } catch {
    return '-1';
  }
  return JSON.stringify(options.data);
}

// Headers of the messages a call's setup brings (Kamailio's and baresip's), and texts that must not parse.
const headers: readonly [string, string][] = [
  ['Via', 'SIP/2.0/WS ji55culoogqr.invalid;rport=52964;received=127.0.0.1;branch=z9hG4bK6035026'],
  ['Via', 'SIP/2.0/UDP 127.0.0.1:5955;branch=z9hG4bK.1, SIP/2.0/UDP [::1]:5060;branch=z9hG4bK.2'],
  ['Name_Addr_Header', '"Bench" <sip:bench-agent@127.0.0.1>;tag=n9b3qjmbr2'],
  ['Name_Addr_Header', '<sip:+380441234567@pbx.example.com;user=phone>;tag=160eb'],
  ['Contact', '<sip:bench-customer-0x55ce09e20db0@127.0.0.1:9540>;expires=3600'],
  ['Record_Route', '<sip:127.0.0.1:5955;r2=on;lr=on;ftag=n9b3qjmbr2;did=416.1a62>'],
  ['CSeq', '1 INVITE'],
  ['Call_ID', '9ghnf0ra5s43o9c73q3v'],
  ['Content_Length', '689'],
  ['SIP_URI', 'sip:rig-agent@127.0.0.1;transport=ws'],
  ['Subscription_State', 'active;expires=600'],
  ['Request_Response', 'SIP/2.0 486 Busy Here'],
  ['Via', 'not a via header'],
  ['SIP_URI', 'mailto:someone@example.com'],
  ['CSeq', 'INVITE 1'],
];

describe("sip.js's grammar with its rules decoded once", () => {
  it('parses every header exactly as the shipped grammar does, and refuses what it refuses', async () => {
    const original = (await import(pathToFileURL(grammarFile).href)) as GrammarModule;
    const faster = await transformedGrammar();
    for (const [rule, value] of headers) expect(parsed(faster, rule, value), `${rule}: ${value}`).toBe(parsed(original, rule, value));
    expect(parsed(faster, 'CSeq', '1 INVITE')).toBe(JSON.stringify({ value: 1, method: 'INVITE' }));
    expect(parsed(faster, 'Via', 'not a via header')).toBe('-1');
  });

  it('decodes the rules at module level, no longer inside each parse', () => {
    const code = decodeSipGrammarOnce(shipped);
    const parser = code.indexOf('function peg$parse(');
    expect(code.indexOf('const peg$bytecode = [')).toBeLessThan(parser);
    expect(code.indexOf('peg$decode(', parser)).toBe(-1);
  });

  it('fails the build on a sip.js whose grammar is laid out otherwise', () => {
    expect(() => decodeSipGrammarOnce(shipped.replace('const peg$bytecode = [', 'const peg$rules = ['))).toThrow(/not laid out as this build expects/);
  });

  it('is applied to that module only', () => {
    expect(sipGrammarModule.test(grammarFile)).toBe(true);
    expect(sipGrammarModule.test(grammarFile.replace('grammar.js', 'other.js'))).toBe(false);
  });
});
