// Zod probes for eval (new Function) to compile its parsers, which the page's
// CSP (script-src 'self') refuses and reports: told here to interpret them
// instead. Zod reads this global when its module first runs, so it is set by
// a classic script before any module — whichever chunk zod is bundled into.
globalThis.__zod_globalConfig = { ...globalThis.__zod_globalConfig, jitless: true };
