import { z } from "zod";
import "@/lib/validation/zod-config";

export const SignInSchema = z.object({
  email: z.string().trim().toLowerCase().email("Enter the email address of your account").max(254),
  password: z.string().min(1, "Enter your password").max(200),
  // Where to go after signing in: only admin paths, never another site ("//evil.example").
  next: z
    .string()
    .regex(/^\/admin(?:[/?#][^\\]*)?$/)
    .refine((p) => !p.startsWith("//"))
    .catch("/admin"),
});
export type SignInInput = z.infer<typeof SignInSchema>;
