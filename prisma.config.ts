import { defineConfig } from "prisma/config";

// The CLI reads the connection here (runtime queries go through lib/db.ts and @prisma/adapter-pg).
// `prisma generate` needs no database, so a missing DATABASE_URL is fine.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx lib/cli/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/slipwatch" },
});
