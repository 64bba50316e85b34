import Link from "next/link";

export const NAV_ITEMS = [
  { href: "/timeline", label: "Timeline" },
  { href: "/labs", label: "Labs" },
  { href: "/models", label: "Models" },
  { href: "/articles", label: "Articles" },
  { href: "/charts", label: "Charts" },
  { href: "/search", label: "Search" },
] as const;

export function SiteHeader() {
  return (
    <header className="border-b border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold tracking-tight text-brand-700 dark:text-brand-500">
          Slipwatch
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {NAV_ITEMS.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="text-zinc-700 hover:text-brand-700 hover:underline dark:text-zinc-300">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
