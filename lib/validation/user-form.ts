import "@/lib/validation/zod-config";
import { z } from "zod";
import { idSchema } from "@/lib/validation/params";
import { MIN_PASSWORD_LENGTH_FOR_FORMS } from "@/lib/validation/password-policy";

export const USER_ROLES = ["editor", "admin"] as const;

export const CreateUserSchema = z.object({
  email: z.string().trim().toLowerCase().email("Enter a valid email address").max(254),
  name: z
    .string()
    .trim()
    .max(120)
    .transform((v) => v || null),
  role: z.enum(USER_ROLES, "Choose a role"),
  // Empty → a random password is generated and shown once.
  password: z
    .string()
    .max(200)
    .refine((v) => v === "" || v.length >= MIN_PASSWORD_LENGTH_FOR_FORMS, {
      message: `Use at least ${MIN_PASSWORD_LENGTH_FOR_FORMS} characters, or leave empty for a random one`,
    }),
});
export type CreateUserInput = z.infer<typeof CreateUserSchema>;

export const UpdateUserSchema = z.object({
  userId: idSchema,
  role: z.enum(USER_ROLES).optional(),
  disabled: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .optional(),
});

/** An admin clears an account's failed sign-ins (the lock-out), by user id. */
export const UnlockUserSchema = z.object({
  userId: idSchema,
});
