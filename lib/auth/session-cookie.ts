import "server-only";
import { cookies } from "next/headers";

import { SESSION_COOKIE_NAME } from "@/lib/auth/admin-gate";

export const SESSION_COOKIE = SESSION_COOKIE_NAME;
export const SESSION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Secure in production, so the token never travels over plain HTTP. SLIPWATCH_INSECURE_COOKIE=1
 * turns that off for a production build served over plain http on a non-localhost address
 * (the e2e server sets it; browsers already treat http://localhost as secure).
 */
function secure(): boolean {
  return process.env.NODE_ENV === "production" && process.env.SLIPWATCH_INSECURE_COOKIE !== "1";
}

export async function readSessionCookie(): Promise<string | null> {
  const value = (await cookies()).get(SESSION_COOKIE)?.value;
  // A token is 43 base64url characters; anything else is not worth a database round trip.
  return value && /^[A-Za-z0-9_-]{43}$/.test(value) ? value : null;
}

export async function setSessionCookie(token: string, expires: Date): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: secure(),
    path: "/",
    expires,
  });
}

export async function clearSessionCookie(): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, "", {
    httpOnly: true,
    sameSite: "lax",
    secure: secure(),
    path: "/",
    maxAge: 0,
  });
}
