import * as z from 'zod/mini';

// jitless: zod otherwise probes `new Function` to compile fast object parsers, which a strict
// Content-Security-Policy (no 'unsafe-eval') reports as a violation. Every schema module imports
// zod through this file so the setting is applied before the first parse.
z.config({ jitless: true });

export { z };
