"use server";

import { refresh } from "next/cache";
import { requireAdmin } from "@/lib/auth/require-editor";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/write/audit";
import { asFormData, failResult, fieldErrorsOf, okResult, type ActionResult } from "@/lib/validation/action-result";
import { clearSignInFailures } from "@/lib/auth/sign-in-attempts";
import { CreateUserSchema, UnlockUserSchema, UpdateUserSchema } from "@/lib/validation/user-form";

/** User management: admins only. Password hashes never enter the audit log. */

export interface CreateUserState extends ActionResult {
  /** shown once when the password was generated */
  generatedPassword?: string;
  values: { email: string; name: string; role: string };
}

const publicUser = { id: true, email: true, name: true, role: true, disabledAt: true } as const;

export async function createUser(_prev: CreateUserState, rawForm: FormData): Promise<CreateUserState> {
  const admin = await requireAdmin();
  const formData = asFormData(rawForm);
  const values = {
    email: String(formData.get("email") ?? "").slice(0, 254),
    name: String(formData.get("name") ?? "").slice(0, 120),
    role: String(formData.get("role") ?? ""),
  };
  const parsed = CreateUserSchema.safeParse({ ...values, password: formData.get("password") ?? "" });
  if (!parsed.success)
    return { ...failResult("Please correct the marked fields.", fieldErrorsOf(parsed.error)), values };
  const { email, name, role } = parsed.data;
  const generated = parsed.data.password === "" ? generatePassword() : undefined;
  const passwordHash = await hashPassword(generated ?? parsed.data.password);
  const exists = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (exists)
    return {
      ...failResult("Please correct the marked fields.", { email: ["A user with this email exists"] }),
      values,
    };
  await db.$transaction(async (tx) => {
    const user = await tx.user.create({ data: { email, name, role, passwordHash }, select: publicUser });
    await writeAudit(tx, [
      { userId: admin.id, action: "create", entity: "user", entityId: user.id, after: user },
    ]);
  });
  // The users table is uncached admin data: re-render the page so the new row shows.
  refresh();
  return {
    ...okResult(`Created ${email} (${role}).`),
    generatedPassword: generated,
    values: { email: "", name: "", role: "editor" },
  };
}

/** Change a user's role or disable / enable them. Disabling ends their sessions at once. */
export async function updateUser(rawForm: FormData): Promise<ActionResult> {
  const admin = await requireAdmin();
  const formData = asFormData(rawForm);
  const parsed = UpdateUserSchema.safeParse({
    userId: formData.get("userId"),
    role: formData.get("role") ?? undefined,
    disabled: formData.get("disabled") ?? undefined,
  });
  if (!parsed.success) return failResult("Invalid request.", fieldErrorsOf(parsed.error));
  const { userId, role, disabled } = parsed.data;
  if (userId === admin.id && (role === "editor" || disabled === true)) {
    return failResult("You cannot demote or disable yourself; ask another admin.");
  }
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: publicUser });
    if (!before) return failResult("Unknown user.");
    const after = await tx.user.update({
      where: { id: userId },
      data: {
        ...(role ? { role } : {}),
        ...(disabled === undefined
          ? {}
          : { disabledAt: disabled ? (before.disabledAt ?? new Date()) : null }),
      },
      select: publicUser,
    });
    if (disabled) await tx.session.deleteMany({ where: { userId } });
    await writeAudit(tx, [
      { userId: admin.id, action: "update", entity: "user", entityId: userId, before, after },
    ]);
    return okResult(`Updated ${after.email}.`);
  });
}

/**
 * Unlock an account's sign-in: its failed attempts stop counting (the rows stay as a record) and
 * the unlock is audited. Admins only — checked here, since an action is a public endpoint.
 */
export async function unlockUserSignIn(rawForm: FormData): Promise<ActionResult> {
  const formData = asFormData(rawForm);
  const admin = await requireAdmin();
  const parsed = UnlockUserSchema.safeParse({ userId: formData.get("userId") });
  if (!parsed.success) return failResult("Invalid request.", fieldErrorsOf(parsed.error));
  const user = await db.user.findUnique({
    where: { id: parsed.data.userId },
    select: { id: true, email: true },
  });
  if (!user) return failResult("Unknown user.");
  const cleared = await clearSignInFailures(user.email, new Date());
  await db.auditLog.create({
    data: {
      userId: admin.id,
      action: "unlock_sign_in",
      entity: "user",
      entityId: String(user.id),
      after: { clearedFailures: cleared },
    },
  });
  refresh();
  return okResult(`Unlocked ${user.email} (${cleared} failed sign-ins cleared).`);
}
