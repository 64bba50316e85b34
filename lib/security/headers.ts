/**
 * Security headers (docs/decisions/006-security-headers.md). Pure, so next.config.ts, proxy.ts and
 * the tests share one definition.
 *
 * Two script policies, because a per-request nonce forces a page to render per request:
 * - admin pages (dynamic anyway, and where the session lives): only scripts carrying this
 *   request's nonce run, and what they load ('strict-dynamic'); set by proxy.ts per request;
 * - everything else (cached reader pages, the API, files): scripts from our origin plus inline
 *   ones, which Next's App Router needs for its streamed bootstrap (`self.__next_f.push(…)`),
 *   whose content differs per page and per data, so no list of hashes can name it in advance.
 *   Every other directive is as strict as on admin pages: no plugins, no <base>, forms only to
 *   us, no framing, no third-party origins.
 */

const common = (dev: boolean) => ({
  "default-src": ["'self'"],
  // Tailwind's stylesheet is a file; React and recharts set style attributes, which CSP can only
  // allow for all or none. A style cannot run code, so this is the accepted trade-off.
  "style-src": ["'self'", "'unsafe-inline'"],
  "img-src": ["'self'", "data:", "blob:"],
  "font-src": ["'self'", "data:"],
  // Development: the hot-reload socket.
  "connect-src": dev ? ["'self'", "ws:", "wss:"] : ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'none'"],
  "form-action": ["'self'"],
  "frame-ancestors": ["'none'"],
  "manifest-src": ["'self'"],
  "worker-src": ["'self'", "blob:"],
});

function serialise(policy: Record<string, string[]>): string {
  return Object.entries(policy)
    .map(([directive, values]) => `${directive} ${values.join(" ")}`)
    .join("; ");
}

/** React's development build evaluates code for its error overlays; production never does. */
const devEval = (dev: boolean) => (dev ? ["'unsafe-eval'"] : []);

export function publicContentSecurityPolicy(dev = false): string {
  return serialise({ ...common(dev), "script-src": ["'self'", "'unsafe-inline'", ...devEval(dev)] });
}

export function adminContentSecurityPolicy(nonce: string, dev = false): string {
  // 'strict-dynamic' makes the browser ignore 'self' and host lists: only the nonce counts.
  return serialise({
    ...common(dev),
    "script-src": [`'nonce-${nonce}'`, "'strict-dynamic'", ...devEval(dev)],
  });
}

/** A fresh nonce per admin request: 16 random bytes, base64. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** Headers every response carries, whatever serves it. */
export const SECURITY_HEADERS: { key: string; value: string }[] = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value:
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** Only over https (a browser ignores it over http anyway, and localhost must stay reachable). */
export const HSTS_HEADER = { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" };

export const isAdminPath = (pathname: string) => pathname === "/admin" || pathname.startsWith("/admin/");
