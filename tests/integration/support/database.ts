import { inject } from "vitest";

/** Points lib/db (and anything reading DATABASE_URL) at the test database; call at file top. */
export function connectTestDatabase(): string {
  const url = inject("databaseUrl");
  process.env.DATABASE_URL = url;
  return url;
}
