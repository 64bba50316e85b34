import { getCurrentUser } from "@/lib/auth/current-user";
import { signOut } from "@/lib/actions/auth";
import { t } from "@/lib/i18n/messages/admin";
import { secondaryButtonClass } from "@/components/admin/ui";

/** Who is signed in, with a sign-out button; nothing when signed out. */
export async function UserMenu() {
  const user = await getCurrentUser();
  if (!user) return null;
  return (
    <form action={signOut} className="flex items-center gap-3 text-sm">
      <span data-testid="signed-in-as">{t.signedInAs(user.email, user.role)}</span>
      <button type="submit" className={secondaryButtonClass}>
        {t.signOut}
      </button>
    </form>
  );
}
