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
  /**
   * What an empty database is seeded with: "all" (the five seed articles and the starter pack of
   * real articles) or "base" (the five seed articles only, whose exact figures the tests assert).
   */
  SLIPWATCH_SEED: z.enum(["base", "all"]).default("all"),
  /**
   * How many reverse proxies in front of Slipwatch append to x-forwarded-for (0: clients connect
   * directly, their socket address is the client and forwarded headers are ignored).
   */
  TRUSTED_PROXIES: z.coerce.number().int().min(0).max(10).default(0),
  /** Public origin for absolute links in feeds and the OpenAPI document, e.g. https://slipwatch.example.org. */
  SITE_URL: z
    .url({ protocol: /^https?$/, message: "must be an http(s) URL such as https://slipwatch.example.org" })
    .transform((u) => new URL(u).origin)
    .optional(),
  /** pino level for the server's structured log. */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Write the server log to this file instead of stdout (the test servers do, so suites can read it). */
  LOG_FILE: z.string().min(1).optional(),
  /**
   * Test servers only (tests/e2e/support/start-server.ts): "1" lets a request ask for an injected
   * render error with `?__fault=render` (lib/http/fault-injection.ts). Unset everywhere else, where
   * the parameter does nothing.
   */
  SLIPWATCH_E2E_FAULTS: z.enum(["0", "1"]).default("0"),
  /**
   * Memory for rendered reader pages kept by our HTTP server (lib/server/response-cache.ts), in MB;
   * 0 turns the response cache off.
   */
  SLIPWATCH_RESPONSE_CACHE_MB: z.coerce.number().int().min(0).max(4096).default(64),
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

let cached: Env | null = null;
/** The parsed environment of this process, parsed on first use. */
export function serverEnv(): Env {
  cached ??= parseEnv();
  return cached;
}
