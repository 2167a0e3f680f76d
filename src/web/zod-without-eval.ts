import { z } from 'zod';

// Imported first by main.tsx, before any contract builds a schema: zod compiles object parsers with `new Function`
// unless told not to, and the strict Content-Security-Policy (no 'unsafe-eval') reports even its probe for that.
z.config({ jitless: true });
