import "server-only";
import { requireUser, type SessionUser } from "@/lib/auth/require-user";

/**
 * The signed-in editor or admin; redirects to sign-in otherwise. The import pages
 * (/admin/queue, /admin/feeds) call this — keep this path and signature stable.
 */
export async function requireEditor(): Promise<SessionUser> {
  return requireUser("editor");
}

/** Admin-only pages and actions (users, the whole audit log). */
export async function requireAdmin(): Promise<SessionUser> {
  return requireUser("admin");
}
