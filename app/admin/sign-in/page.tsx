import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/admin/sign-in-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { t } from "@/lib/i18n/messages/admin";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: PageProps<"/admin/sign-in">) {
  const { next } = await searchParams;
  if (await getCurrentUser()) redirect("/admin");
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="text-2xl font-bold">{t.signIn.heading}</h1>
      <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">{t.signIn.intro}</p>
      <SignInForm next={typeof next === "string" ? next : "/admin"} />
    </div>
  );
}
