import { z } from "zod";

/**
 * Environment, parsed once. A bad value stops start-up with a message that names the variable,
 * instead of failing later somewhere deep in a query.
 */
const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection URL")
    .optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Where the embedded Postgres keeps its data (default: .data/postgres in the project). */
  SLIPWATCH_DATA_DIR: z.string().min(1).optional(),
  /** Port for the embedded Postgres (default: a free one, preferring 54329). */
  SLIPWATCH_PG_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  /** Shared 'use cache' store for several instances (docs/deploy.md); unset: in-memory per process. */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, "must be a redis:// or rediss:// URL")
    .optional(),
});

export type Env = z.infer<typeof EnvSchema>;

export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return result.data;
}

/** The connection URL the app must have at run time (the start script sets it for the embedded DB). */
export function requireDatabaseUrl(source: NodeJS.ProcessEnv = process.env): string {
  const env = parseEnv(source);
  if (!env.DATABASE_URL) {
    throw new Error(
      "DATABASE_URL is not set. Start Slipwatch with `npm start` or `npm run dev`, which start the " +
        "embedded PostgreSQL and set it, or set DATABASE_URL to your own server.",
    );
  }
  return env.DATABASE_URL;
}
