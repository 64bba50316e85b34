import Link from "next/link";
import { describeLabStatus, type LabStatus } from "@/lib/domain/lab-status";
import type { Locale } from "@/lib/i18n/config";
import { readerHref } from "@/lib/i18n/links";
import { commonMessages } from "@/lib/i18n/messages/common";
import { readerMessages } from "@/lib/i18n/messages/reader";

/** The lab's derived one-line status; it links to what it is derived from. */
export function LabStatusLine({
  status,
  locale,
  asOf,
  lab,
}: {
  status: LabStatus;
  locale: Locale;
  asOf?: string;
  lab: string;
}) {
  const c = commonMessages[locale];
  const text = describeLabStatus(
    status,
    locale,
    (type) => c.eventTypes[type as keyof typeof c.eventTypes] ?? type,
  );
  const href =
    status.kind === "slip"
      ? readerHref(locale, `/models/${status.model.slug}`, asOf)
      : status.kind === "setback"
        ? readerHref(locale, `/timeline?lab=${lab}&type=${status.event.type}`, asOf)
        : null;
  return (
    <p
      data-testid="lab-status"
      className="rounded-lg border-l-4 border-brand-600 bg-brand-50 px-4 py-3 text-base font-medium text-zinc-900 dark:bg-zinc-900 dark:text-zinc-100"
    >
      <span className="sr-only">{readerMessages[locale].labs.status}: </span>
      {href ? (
        <Link href={href} className="underline-offset-2 hover:underline">
          {text}
        </Link>
      ) : (
        text
      )}
    </p>
  );
}
