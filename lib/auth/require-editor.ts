/**
 * PLACEHOLDER — replaced at merge by lib/auth (the admin engineer's session and role checks).
 *
 * The review queue and feed status pages call this before reading anything, and pass it to
 * their data and action functions as `authorise`. Until the real one lands it denies everyone,
 * so nothing under /admin/queue or /admin/feeds is ever open.
 */
export async function requireEditor(): Promise<void> {
  throw new Error("Editor sign-in is not available yet (requireEditor is a placeholder replaced at merge by lib/auth).");
}
