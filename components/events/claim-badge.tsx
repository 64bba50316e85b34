import type { ClaimStatus } from "@/lib/data/dto";
import type { Locale } from "@/lib/i18n/config";
import { commonMessages } from "@/lib/i18n/messages/common";

/**
 * A claim's status as a badge with text and an icon, so "Denied" never looks like "Reported" and
 * does not rely on colour alone.
 */
const STYLE: Record<ClaimStatus, { icon: string; className: string }> = {
  rumoured: {
    icon: "?",
    className: "border border-dashed border-amber-600 text-amber-900 dark:text-amber-200",
  },
  reported: { icon: "•", className: "muted" },
  confirmed: {
    icon: "✓",
    className: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100",
  },
  denied: { icon: "✕", className: "bg-red-100 font-semibold text-red-900 dark:bg-red-900 dark:text-red-100" },
  retracted: {
    icon: "⊘",
    className: "bg-red-100 font-semibold text-red-900 dark:bg-red-900 dark:text-red-100",
  },
};

export function ClaimBadge({ status, locale }: { status: ClaimStatus; locale: Locale }) {
  const t = commonMessages[locale];
  const s = STYLE[status];
  const hint = status === "reported" || status === "confirmed" ? undefined : t.claimHint[status];
  return (
    <span
      className={`inline-flex items-center gap-1 rounded px-1.5 py-0.5 ${s.className}`}
      data-testid="claim-status"
      data-status={status}
      title={hint}
    >
      <span aria-hidden="true">{s.icon}</span>
      {t.claimStatus[status]}
      {hint ? <span className="sr-only"> — {hint}</span> : null}
    </span>
  );
}
