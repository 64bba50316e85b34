"use server";

import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { clientIp, userAgent } from "@/lib/auth/client-ip";
import { getCurrentUser } from "@/lib/auth/current-user";
import { dummyPasswordHash, verifyPassword } from "@/lib/auth/password";
import { describeWait } from "@/lib/auth/rate-limit";
import { recordSignInSuccess, reserveSignInAttempt } from "@/lib/auth/sign-in-attempts";
import {
  clearSessionCookie,
  readSessionCookie,
  setSessionCookie,
  SESSION_TTL_MS,
} from "@/lib/auth/session-cookie";
import { hashSessionToken, newSessionToken } from "@/lib/auth/tokens";
import { getUserForSignIn } from "@/lib/data/admin-sessions";
import { asFormData, fieldErrorsOf } from "@/lib/validation/action-result";
import { SignInSchema } from "@/lib/validation/sign-in";

export interface SignInState {
  message: string | null;
  fieldErrors: Record<string, string[]>;
  email: string;
}

// One message for unknown email, wrong password and disabled account: no account enumeration.
const BAD_CREDENTIALS = "Email or password is not right.";
const tooMany = (waitMs: number) =>
  `Too many failed sign-ins. Wait ${describeWait(waitMs)} and try again, or ask an admin to unlock the account.`;

export async function signIn(_prev: SignInState, rawForm: FormData): Promise<SignInState> {
  const formData = asFormData(rawForm);
  const parsed = SignInSchema.safeParse({
    email: formData.get("email") ?? "",
    password: formData.get("password") ?? "",
    next: formData.get("next") ?? "/admin",
  });
  const typedEmail = String(formData.get("email") ?? "").slice(0, 254);
  if (!parsed.success) {
    return {
      message: "Please correct the marked fields.",
      fieldErrors: fieldErrorsOf(parsed.error),
      email: typedEmail,
    };
  }
  const { email, password, next } = parsed.data;
  const now = new Date();
  const ip = await clientIp();

  // Decided and recorded under a lock per account and per address (lib/auth/sign-in-attempts.ts):
  // parallel guesses are counted one after another, and a refusal checks no password.
  const { decision, attemptId } = await reserveSignInAttempt(email, ip);
  if (!decision.allowed) return { message: tooMany(decision.retryAfterMs), fieldErrors: {}, email };

  const user = await getUserForSignIn(email);
  // Spend the same scrypt time whether or not the account exists.
  const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash()));
  const success = ok && !!user && !user.disabledAt;
  if (!success || !user) return { message: BAD_CREDENTIALS, fieldErrors: {}, email };
  await recordSignInSuccess(attemptId, email, ip);

  const token = newSessionToken();
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await db.$transaction([
    // Expired sessions of this user are dead weight; drop them as we add one.
    db.session.deleteMany({ where: { userId: user.id, expiresAt: { lte: now } } }),
    db.session.create({
      data: {
        tokenHash: hashSessionToken(token),
        userId: user.id,
        expiresAt,
        ip,
        userAgent: await userAgent(),
      },
    }),
    db.auditLog.create({
      data: { userId: user.id, action: "sign_in", entity: "user", entityId: String(user.id) },
    }),
  ]);
  await setSessionCookie(token, expiresAt);
  redirect(next);
}

export async function signOut(): Promise<void> {
  const token = await readSessionCookie();
  const user = await getCurrentUser();
  if (token) await db.session.deleteMany({ where: { tokenHash: hashSessionToken(token) } });
  if (user)
    await db.auditLog.create({
      data: { userId: user.id, action: "sign_out", entity: "user", entityId: String(user.id) },
    });
  await clearSessionCookie();
  redirect("/admin/sign-in");
}
