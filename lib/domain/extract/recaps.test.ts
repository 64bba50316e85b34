import { describe, expect, it } from "vitest";
import { extractFromText } from "./extract";
import { seedContext } from "@/tests/support/extract/seed-context";

/** Recaps after the lead are background; the lead's own facts stay news. Invented sentences. */
const read = (text: string) => {
  const events = extractFromText(text, seedContext({ articleDate: "2025-06-12" })).events;
  return {
    news: events.filter((e) => !e.background).map((e) => `${e.type} ${e.lab}`),
    background: events.filter((e) => e.background).map((e) => `${e.type} ${e.lab}`),
  };
};

const LEAD_EN =
  "OpenAI unveiled a new reasoning model on Monday. The model answers faster than its predecessor. It will reach paying users first.";
const LEAD_DE =
  "OpenAI hat am Montag ein neues Modell vorgestellt. Es antwortet schneller als sein Vorgänger. Zahlende Kunden erhalten es zuerst.";

describe("a recap after the lead is found and marked background", () => {
  it.each([
    [`${LEAD_EN} Mistral AI has also faced a lawsuit from French publishers.`, "other mistral-ai"],
    [`${LEAD_EN} Mistral AI recently raised $600 million from investors.`, "investment mistral-ai"],
    [`${LEAD_DE} Mistral AI hat zudem eine Klage französischer Verlage am Hals gehabt.`, "other mistral-ai"],
    [`${LEAD_DE} Mistral AI hat kürzlich 600 Millionen Dollar bei Investoren eingesammelt.`, "investment mistral-ai"],
  ])("%s", (text, event) => {
    const r = read(text);
    expect(r.background).toContain(event);
    expect(r.news).not.toContain(event);
  });
});

describe("news stays news", () => {
  it.each([
    // the lead tells the fact: a later recap-like sentence retells the news
    [
      "Mistral AI raised $600 million on Monday. The round values it at $6 billion. Investors include Nvidia. The start-up has also raised debt from banks.",
      "investment mistral-ai",
    ],
    // "erst kürzlich wurde bekannt", "it recently emerged": how news is introduced
    [`${LEAD_DE} Wie erst kürzlich bekannt wurde, streicht Mistral AI 200 Stellen.`, "layoff mistral-ai"],
    [`${LEAD_EN} It recently emerged that Mistral AI is cutting 200 jobs.`, "layoff mistral-ai"],
    // a plain fact after the lead, with no recap word
    [`${LEAD_EN} Mistral AI cut 200 jobs on Tuesday, a spokesperson said.`, "layoff mistral-ai"],
  ])("%s", (text, event) => {
    expect(read(text).news).toContain(event);
  });
});
