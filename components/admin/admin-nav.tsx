import Link from "next/link";
import { t } from "@/lib/i18n/messages/admin";

/** Static links (no session read), so the header never waits for the database. */
const LINKS = [
  { href: "/admin", label: t.nav.articles },
  { href: "/admin/articles/new", label: t.nav.newArticle },
  { href: "/admin/events", label: t.nav.events },
  { href: "/admin/queue", label: t.nav.queue },
  { href: "/admin/feeds", label: t.nav.feeds },
  { href: "/admin/history", label: t.nav.history },
  { href: "/admin/users", label: t.nav.users },
  { href: "/en", label: t.nav.readerSite },
];

export function AdminNav() {
  return (
    <nav aria-label={t.nav.label} className="mx-auto max-w-6xl px-4 pb-2">
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {LINKS.map((l) => (
          <li key={l.href}>
            <Link href={l.href} prefetch={false} className="rounded px-1 py-0.5 hover:underline focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600">
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
