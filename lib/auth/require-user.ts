import "server-only";
import { forbidden, redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import type { SessionUser, UserRole } from "@/lib/data/admin-sessions";

export type { SessionUser, UserRole };

export const SIGN_IN_PATH = "/admin/sign-in";

/** Admins may do everything editors may. */
export function hasRole(user: Pick<SessionUser, "role">, role: UserRole): boolean {
  return role === "editor" ? user.role === "editor" || user.role === "admin" : user.role === "admin";
}

/**
 * Every admin page, route and server action calls this itself (never trusting middleware alone):
 * no session → redirect to sign-in; signed in without the role → 403.
 */
export async function requireUser(role: UserRole = "editor"): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(SIGN_IN_PATH);
  if (!hasRole(user, role)) forbidden();
  return user;
}

/** For pages: like requireUser, but signs in and comes back to `returnTo`. */
export async function requireUserFor(returnTo: string, role: UserRole = "editor"): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`${SIGN_IN_PATH}?next=${encodeURIComponent(returnTo)}`);
  if (!hasRole(user, role)) forbidden();
  return user;
}
