import { config } from 'zod';

// Zod probes for eval (new Function) to compile its parsers, which the page's
// CSP (script-src 'self') refuses and reports: it interprets them instead.
// Imported first by main.tsx, before any module can build or run a schema.
config({ jitless: true });
