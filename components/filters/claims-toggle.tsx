import Link from "next/link";
import type { ClaimScope } from "@/lib/domain/claim-status";
import type { Locale } from "@/lib/i18n/config";
import { commonMessages } from "@/lib/i18n/messages/common";

/**
 * The visible switch for denied and retracted claims: left out of counts, figures and charts by
 * default; one link includes them (…&claims=all), so the choice is part of a shareable URL.
 */
export function ClaimsToggle({
  locale,
  path,
  params,
  claims,
}: {
  locale: Locale;
  /** the page's own path, e.g. /en/labs/meta */
  path: string;
  /** the page's current query */
  params: URLSearchParams;
  claims: ClaimScope | undefined;
}) {
  const t = commonMessages[locale].claimsToggle;
  const all = claims === "all";
  const next = new URLSearchParams(params);
  next.delete("cursor");
  if (all) next.delete("claims");
  else next.set("claims", "all");
  const href = next.size ? `${path}?${next.toString()}` : path;
  return (
    <p className="text-sm" data-testid="claims-toggle" data-claims={all ? "all" : "counted"}>
      <span className="text-zinc-700 dark:text-zinc-300">{all ? t.included : t.leftOut}</span>{" "}
      <Link href={href} className="font-medium underline" aria-pressed={all} role="button">
        {all ? t.leaveOut : t.include}
      </Link>
    </p>
  );
}
