import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import { readerHref } from "@/lib/i18n/links";

/**
 * A link to a lab's or a model's reader page, showing its name and keeping the as-of day, as the
 * event lines, tables and detail pages all link them.
 */
export function EntityLink({
  to,
  entity,
  locale,
  asOf,
  className = "hover:underline",
}: {
  to: "labs" | "models";
  entity: { slug: string; name: string };
  locale: Locale;
  asOf?: string;
  className?: string;
}) {
  return (
    <Link href={readerHref(locale, `/${to}/${entity.slug}`, asOf)} className={className}>
      {entity.name}
    </Link>
  );
}
