import { createHash, randomBytes } from "node:crypto";
import { connectServerDatabase } from "./server-info";

/** The session cookie's name (lib/auth/admin-gate.ts). */
export const SESSION_COOKIE = "slipwatch_session";

/**
 * A new user of `role` with a valid session, made directly in the database of the e2e server that
 * `baseURL` points at (a unique email per call, so tests share no rows). Returns the cookie value.
 * The password hash is unusable: this user can only come in through the session made here.
 */
export async function sessionFor(baseURL: string, role: "editor" | "admin"): Promise<string> {
  const db = await connectServerDatabase(Number(new URL(baseURL).port));
  try {
    const email = `status-${role}-${Date.now()}-${randomBytes(3).toString("hex")}@e2e.test`;
    const user = await db.query<{ id: number }>(
      `INSERT INTO users (email, role, password_hash, updated_at) VALUES ($1, $2, 'scrypt$unusable', now()) RETURNING id`,
      [email, role],
    );
    const token = randomBytes(32).toString("base64url");
    await db.query(`INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, now() + interval '1 hour')`, [
      createHash("sha256").update(token).digest("hex"),
      user.rows[0]!.id,
    ]);
    return token;
  } finally {
    await db.end();
  }
}
