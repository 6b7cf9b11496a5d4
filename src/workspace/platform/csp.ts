/**
 * The page runs under a CSP without 'unsafe-eval' (vite.config.ts). zod probes `new Function`
 * to pick a faster path, which the browser reports as a CSP violation; say up front not to.
 */
import { z } from 'zod';

z.config({ jitless: true });
