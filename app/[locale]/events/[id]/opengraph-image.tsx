import { ImageResponse } from "next/og";
import { corroborationText } from "@/components/events/event-sources";
import { atRequestTime } from "@/lib/api/http";
import { IdParamSchema } from "@/lib/api/query-schemas";
import { getEventById } from "@/lib/data/events";
import { formatFuzzyDate } from "@/lib/domain/fuzzy-date";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/config";
import { commonMessages } from "@/lib/i18n/messages/common";

// The event's share card: what a shared link to /[locale]/events/[id] shows — lab, type, status,
// title, when it happened and how many independent sources back it.

export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const alt = "Slipwatch: one setback with its sources";

export default async function Image({ params }: { params: Promise<{ locale: string; id: string }> }) {
  await atRequestTime();
  const { locale: rawLocale, id } = await params;
  const locale = isLocale(rawLocale) ? rawLocale : DEFAULT_LOCALE;
  const parsed = IdParamSchema.safeParse(id);
  const event = parsed.success ? await getEventById(parsed.data) : null;
  const c = commonMessages[locale];
  const title = event ? (locale === "de" && event.titleDe ? event.titleDe : event.title) : "Slipwatch";
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        background: "#18181b",
        color: "#fafafa",
        padding: 56,
        fontFamily: "sans-serif",
      }}
    >
      <div style={{ display: "flex", fontSize: 26, color: "#f97316", fontWeight: 700 }}>Slipwatch</div>
      {event ? (
        <div style={{ display: "flex", fontSize: 30, marginTop: 18, color: "#a1a1aa" }}>
          {`${event.lab.name} · ${c.eventTypes[event.type]} · ${c.claimStatus[event.status]} · ${formatFuzzyDate(event.occurred, locale)}`}
        </div>
      ) : null}
      <div style={{ display: "flex", fontSize: 56, fontWeight: 700, marginTop: 18 }}>{title}</div>
      {event ? (
        <div style={{ display: "flex", fontSize: 30, marginTop: "auto" }}>
          {corroborationText(event, locale)}
        </div>
      ) : null}
    </div>,
    size,
  );
}
