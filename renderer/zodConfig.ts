// zod compiles fast parsers with new Function() unless told not to; the renderer's CSP forbids eval (script-src 'self'),
// so the probe alone would report a CSP violation. Imported first by main.tsx.
import { z } from 'zod';

z.config({ jitless: true });
