import "server-only";
import { cache } from "react";
import { getSessionUser, type SessionUser } from "@/lib/data/admin-sessions";
import { readSessionCookie } from "@/lib/auth/session-cookie";
import { hashSessionToken } from "@/lib/auth/tokens";

/** The signed-in user of this request, or null. Read once per request (React cache). */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const token = await readSessionCookie();
  if (!token) return null;
  return getSessionUser(hashSessionToken(token), new Date());
});
