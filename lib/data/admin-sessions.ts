import "server-only";
import { db } from "@/lib/db";

/** Server-only reads behind sign-in: never cached, since they decide who may do what right now. */

export type UserRole = "editor" | "admin";

export interface SessionUser {
  id: number;
  email: string;
  name: string | null;
  role: UserRole;
}

/** The user of a live session, or null when the session is unknown, expired or the user disabled. */
export async function getSessionUser(tokenHash: string, now: Date): Promise<SessionUser | null> {
  const session = await db.session.findUnique({
    where: { tokenHash },
    select: {
      expiresAt: true,
      user: { select: { id: true, email: true, name: true, role: true, disabledAt: true } },
    },
  });
  if (!session || session.expiresAt <= now || session.user.disabledAt) return null;
  const { id, email, name, role } = session.user;
  return { id, email, name, role };
}

/** Failed sign-ins since `since` for this account and for this address. */
export async function countRecentFailures(email: string, ip: string, since: Date) {
  const [account, address] = await Promise.all([
    db.loginAttempt.count({ where: { email, success: false, at: { gte: since } } }),
    db.loginAttempt.count({ where: { ip, success: false, at: { gte: since } } }),
  ]);
  return { account, address };
}

export async function getUserForSignIn(email: string) {
  return db.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, disabledAt: true },
  });
}
