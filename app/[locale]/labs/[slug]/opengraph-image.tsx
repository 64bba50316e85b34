import { ImageResponse } from "next/og";
import { atRequestTime } from "@/lib/api/http";
import { getLabShareCard } from "@/lib/data/charts";
import { formatUsd } from "@/lib/domain/amounts";
import { RECENT_DAYS } from "@/lib/domain/chart-share-card";
import { formatFuzzyDate, todayIso } from "@/lib/domain/fuzzy-date";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/config";
import { chartsMessages } from "@/lib/i18n/messages/charts";
import { commonMessages } from "@/lib/i18n/messages/common";
import { SLUG } from "@/lib/validation/params";

// The lab's share card: what a shared link to /[locale]/labs/[slug] shows — its status line and
// key figures, drawn at request time from the same cached data as the pages.

export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const alt = "Slipwatch: a lab's setbacks at a glance";

const BG = "#18181b";
const FG = "#fafafa";
const MUTED = "#a1a1aa";
const ACCENT = "#f97316";

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div style={{ display: "flex", flexDirection: "column", flex: 1, padding: "18px 22px", background: "#27272a", borderRadius: 14, marginRight: 16 }}>
      <div style={{ fontSize: 22, color: MUTED }}>{label}</div>
      <div style={{ fontSize: 30, fontWeight: 700, marginTop: 6 }}>{value}</div>
    </div>
  );
}

export default async function Image({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  await atRequestTime();
  const { locale: rawLocale, slug } = await params;
  const locale = isLocale(rawLocale) ? rawLocale : DEFAULT_LOCALE;
  const card = SLUG.test(slug) ? await getLabShareCard(slug, todayIso()) : null;
  const t = chartsMessages[locale].share;
  const common = commonMessages[locale];
  const name = card?.lab.name ?? "Slipwatch";
  const f = card?.facts;
  const figures: { label: string; value: string }[] = [];
  if (f?.slips[0]) {
    const s = f.slips[0];
    figures.push({ label: `${t.slipped}: ${s.model}`, value: `${formatFuzzyDate(s.first, locale)} → ${formatFuzzyDate(s.latest, locale)}` });
  }
  if (f?.latestSpend) figures.push({ label: t.spend(f.latestSpend.year), value: formatUsd(f.latestSpend.totalUsd, locale, f.latestSpend.qualifier as "exact") });
  if (f?.biggestDeal)
    figures.push({
      label: t.deal,
      value: `${formatUsd(f.biggestDeal.amountUsd, locale, f.biggestDeal.qualifier)}${f.biggestDeal.counterparty ? ` · ${f.biggestDeal.counterparty.name}` : ""}`,
    });

  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", background: BG, color: FG, padding: 56, fontFamily: "sans-serif" }}>
        <div style={{ display: "flex", alignItems: "center", fontSize: 26, color: ACCENT, fontWeight: 700 }}>Slipwatch</div>
        <div style={{ display: "flex", fontSize: 76, fontWeight: 700, marginTop: 12 }}>{name}</div>
        <div style={{ display: "flex", fontSize: 32, marginTop: 12, color: FG }}>
          {f && f.setbacks > 0 ? `${t.setbacks(f.setbacks)} · ${t.recent(f.recentSetbacks, RECENT_DAYS)}` : t.quiet}
        </div>
        {f?.latestSetback ? (
          <div style={{ display: "flex", flexDirection: "column", marginTop: 22, fontSize: 28, color: MUTED }}>
            <div style={{ display: "flex" }}>
              {t.latest} ({common.eventTypes[f.latestSetback.type]}, {formatFuzzyDate(f.latestSetback.occurred, locale)}):
            </div>
            <div style={{ display: "flex", color: FG, marginTop: 4 }}>
              {f.latestSetback.title.length > 90 ? `${f.latestSetback.title.slice(0, 88)}…` : f.latestSetback.title}
            </div>
          </div>
        ) : null}
        <div style={{ display: "flex", marginTop: "auto" }}>
          {figures.slice(0, 3).map((fig) => (
            <Figure key={fig.label} label={fig.label} value={fig.value} />
          ))}
        </div>
      </div>
    ),
    { ...size },
  );
}
