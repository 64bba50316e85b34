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

export async function getUserForSignIn(email: string) {
  return db.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, disabledAt: true },
  });
}
