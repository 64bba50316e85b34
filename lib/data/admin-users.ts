import "server-only";
import { db } from "@/lib/db";
import { findSignInFailureCounts } from "@/lib/auth/sign-in-attempts";

export interface AdminUserRow {
  id: number;
  email: string;
  name: string | null;
  role: "editor" | "admin";
  disabledAt: string | null;
  createdAt: string;
  lastSignInAt: string | null;
  /** failed sign-ins that still count toward a lock-out (an admin can clear them) */
  recentFailures: number;
}

export async function findUsers(): Promise<AdminUserRow[]> {
  const rows = await db.user.findMany({
    orderBy: [{ role: "asc" }, { email: "asc" }],
    select: { id: true, email: true, name: true, role: true, disabledAt: true, createdAt: true },
  });
  const lastSignIns = await db.loginAttempt.groupBy({
    by: ["email"],
    where: { success: true, email: { in: rows.map((r) => r.email) } },
    _max: { at: true },
  });
  const failures = await findSignInFailureCounts(
    rows.map((r) => r.email),
    new Date(),
  );
  const last = new Map(lastSignIns.map((l) => [l.email, l._max.at]));
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    name: r.name,
    role: r.role,
    disabledAt: r.disabledAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    lastSignInAt: last.get(r.email)?.toISOString() ?? null,
    recentFailures: failures.get(r.email) ?? 0,
  }));
}
