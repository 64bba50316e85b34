import "server-only";
import { forbidden, notFound, redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import type { SessionUser, UserRole } from "@/lib/data/admin-sessions";
import { IdParamSchema } from "@/lib/validation/admin-params";

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

/**
 * The start of an admin edit page (/admin/articles/7, /admin/events/7): an editor's session (else
 * sign-in, coming back here), the record's id (a malformed one is a 404), and whether it was just saved.
 */
export async function requireEditPage(
  path: "/admin/articles" | "/admin/events",
  params: Promise<{ id: string }>,
  searchParams: Promise<Record<string, string | string[] | undefined>>,
): Promise<{ id: number; saved: boolean }> {
  const { id: rawId } = await params;
  const { saved } = await searchParams;
  await requireUserFor(`${path}/${rawId}`);
  const id = IdParamSchema.safeParse(rawId);
  if (!id.success) notFound();
  return { id: id.data, saved: saved === "1" };
}
