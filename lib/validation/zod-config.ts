import { z } from "zod";

/**
 * In the browser zod must not compile parsers with `new Function`: admin pages run under a
 * script policy without 'unsafe-eval' (docs/decisions/006-security-headers.md), and zod's probe for eval alone is
 * reported as a CSP violation. Interpreted parsing is fast enough for forms; the server keeps JIT.
 */
if (typeof window !== "undefined") z.config({ jitless: true });
