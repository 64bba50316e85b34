import "server-only";
import { cache } from "react";
import { getSessionUser, type SessionUser } from "@/lib/data/admin-sessions";
import { readSessionCookie } from "@/lib/auth/session-cookie";
import { hashSessionToken } from "@/lib/auth/tokens";
import { atRequestTime } from "@/lib/api/http";

/** The signed-in user of this request, or null. Read once per request (React cache). */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const token = await readSessionCookie();
  if (!token) return null;
  // Session expiry compares with the clock: mark the read request-time first, or Cache Components'
  // runtime prerender rejects `new Date()` as an unstable value.
  await atRequestTime();
  return getSessionUser(hashSessionToken(token), new Date());
});
