import type { Plugin } from 'vite';

/** sip.js's generated SIP grammar, the one module this plugin changes. */
export const sipGrammarModule = /[\\/]sip\.js[\\/]lib[\\/]grammar[\\/]pegjs[\\/]dist[\\/]grammar\.js$/;

const parserStart = 'function peg$parse(input, options) {';
const bytecodeStart = '    const peg$bytecode = [\n';
const bytecodeEnd = '\n    ];\n';
const decoder = '    function peg$decode(s) {\n        return s.split("").map((ch) => ch.charCodeAt(0) - 32);\n    }\n';

/**
 * sip.js parses every header of every SIP message it receives with a parser
 * generated as bytecode by a PEG parser generator: its rules are strings, and the
 * generated `peg$parse` decodes all of them (236) afresh on each call. That
 * is about 0.15 ms before the first character is read, paid for each header
 * (Via, From, To, CSeq, Contact, Record-Route…), so 2–4 ms of the page's
 * main thread per message, more than the parsing itself for short headers.
 * The rules are constants: decoded once, when the module loads, the parser
 * does the same work without that overhead. The module's text is matched
 * exactly (sip.js is pinned); a version whose text differs fails the build
 * instead of shipping the slow parser unnoticed.
 */
export function decodeSipGrammarOnce(source: string): string {
  const parser = source.indexOf(parserStart);
  const start = source.indexOf(bytecodeStart, parser);
  const end = source.indexOf(bytecodeEnd, start);
  const decoderAt = source.indexOf(decoder, parser);
  if (parser < 0 || start < 0 || end < 0 || decoderAt < 0 || source.indexOf(bytecodeStart, end) >= 0) {
    throw new Error("sip.js's grammar is not laid out as this build expects (peg$parse, one peg$bytecode array, peg$decode): check scripts/sip-grammar-once.ts against the installed sip.js");
  }
  const bytecode = source.slice(start, end + bytecodeEnd.length);
  const parserWithout = source.slice(parser, start) + source.slice(end + bytecodeEnd.length);
  // Decoded once at module level, where peg$parse's rules then find them.
  const hoisted = `${decoder}${bytecode}`.replace(/^ {4}/gm, '');
  return `${source.slice(0, parser)}${hoisted}${parserWithout.replace(decoder, '')}`;
}

/** The renderer's build: sip.js's grammar with its rules decoded once (see decodeSipGrammarOnce). */
export function sipGrammarOnce(): Plugin {
  return {
    name: 'parley-sip-grammar-once',
    transform(code, id) {
      return sipGrammarModule.test(id) ? { code: decodeSipGrammarOnce(code), map: null } : null;
    },
  };
}
