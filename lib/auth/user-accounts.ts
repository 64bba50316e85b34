import type { PrismaClient } from "@/lib/generated/prisma/client";
import { generatePassword, hashPassword, MIN_PASSWORD_LENGTH } from "@/lib/auth/password";

/**
 * Account creation outside a request: the user:create CLI and the first start on an empty
 * database. The client is passed in (the CLI opens its own); audit rows record who was created.
 */

export interface NewAccount {
  email: string;
  role: "editor" | "admin";
  name?: string | null;
  /** omitted → a random one is generated and returned */
  password?: string;
}

export async function createAccount(
  prisma: PrismaClient,
  account: NewAccount,
): Promise<{ id: number; password: string; generated: boolean }> {
  const email = account.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw new Error(`Not an email address: ${account.email}`);
  if (account.password !== undefined && account.password.length < MIN_PASSWORD_LENGTH) {
    throw new Error(
      `Passwords need at least ${MIN_PASSWORD_LENGTH} characters (or omit --password for a random one).`,
    );
  }
  const password = account.password ?? generatePassword();
  const passwordHash = await hashPassword(password);
  const user = await prisma.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email }, select: { id: true } }))
      throw new Error(`A user with email ${email} exists already.`);
    const created = await tx.user.create({
      data: { email, role: account.role, name: account.name ?? null, passwordHash },
      select: { id: true, email: true, role: true, name: true },
    });
    await tx.auditLog.create({
      data: { userId: null, action: "create", entity: "user", entityId: String(created.id), after: created },
    });
    return created;
  });
  return { id: user.id, password, generated: account.password === undefined };
}

export const BOOTSTRAP_ADMIN_EMAIL = "admin@slipwatch.local";

/**
 * On a database with no users, create one admin so a new install can sign in right away. The
 * password is random and returned once for the start script to print (never stored in clear).
 * SLIPWATCH_BOOTSTRAP_ADMIN_PASSWORD may fix it — the e2e server uses this, nothing else should.
 */
export async function bootstrapAdminIfNoUsers(
  prisma: PrismaClient,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ email: string; password: string } | null> {
  if ((await prisma.user.count()) > 0) return null;
  const email = env.SLIPWATCH_BOOTSTRAP_ADMIN_EMAIL?.trim() || BOOTSTRAP_ADMIN_EMAIL;
  const { password } = await createAccount(prisma, {
    email,
    role: "admin",
    name: "Administrator",
    password: env.SLIPWATCH_BOOTSTRAP_ADMIN_PASSWORD || undefined,
  });
  return { email, password };
}
