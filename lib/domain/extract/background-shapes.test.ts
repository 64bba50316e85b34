import { describe, expect, it } from "vitest";
import { extractFromText } from "./extract";
import { seedContext } from "@/tests/support/extract/seed-context";
import { proposalsFor } from "@/tests/support/extract/proposals";

/** Shapes of background sentences: found and shown, but marked background. Invented sentences. */
const read = (text: string, articleDate = "2025-06-12") => {
  const events = extractFromText(text, seedContext({ articleDate })).events;
  return {
    news: events.filter((e) => !e.background).map((e) => `${e.type} ${e.lab}`),
    background: events.filter((e) => e.background).map((e) => `${e.type} ${e.lab}`),
  };
};

describe("a delay told in the past perfect is earlier than the news", () => {
  it.each([
    [
      "Mistral AI stellt sein neues Modell vor. Der eigentlich für März geplante Start war zunächst aus Kostengründen verschoben worden.",
      "delay mistral-ai",
    ],
    [
      "Mistral AI unveiled its new model on Tuesday. The launch, planned for March, had been delayed over safety tests.",
      "delay mistral-ai",
    ],
  ])("%s", (text, event) => {
    const r = read(text);
    expect(r.background).toContain(event);
    expect(r.news).not.toContain(event);
  });

  it.each([
    // the past perfect is the plan the delay breaks: the delay is news
    ["OpenAI hatte den Start für Mai angekündigt, verschiebt ihn nun aber auf den Herbst.", "delay openai"],
    ["OpenAI had planned to ship the model in May but has now delayed it to the autumn.", "delay openai"],
    // reported speech shifts the tense back
    ["OpenAI said on Monday that it had delayed the launch of its new model.", "delay openai"],
  ])("%s stays news", (text, event) => {
    expect(read(text).news).toContain(event);
  });
});

// a lead about something else, so that the fact after it is not what the article tells
const LEAD_EN =
  "OpenAI unveiled a new reasoning model on Monday. The model answers faster than its predecessor. It will reach paying users first.";
const LEAD_DE =
  "OpenAI hat am Montag ein neues Modell vorgestellt. Es antwortet schneller als sein Vorgänger. Zahlende Kunden erhalten es zuerst.";

describe("'last month' is before the article's month, even when the article opens a month", () => {
  it.each([
    `${LEAD_DE} Mistral AI hat letzten Monat 200 Stellen gestrichen.`,
    `${LEAD_EN} Mistral AI cut 200 jobs last month.`,
  ])("%s", (text) => {
    const r = read(text, "2025-06-02");
    expect(r.background).toContain("layoff mistral-ai");
    expect(r.news).not.toContain("layoff mistral-ai");
  });

  it.each([
    // "last week" in an article of the 2nd falls in May and is still news
    `${LEAD_DE} Mistral AI hat vergangene Woche 200 Stellen gestrichen.`,
    `${LEAD_EN} Mistral AI cut 200 jobs last week.`,
  ])("%s stays news", (text) => {
    expect(read(text, "2025-06-02").news).toContain("layoff mistral-ai");
  });
});

describe("a company set beside the news as doing 'the same' is an example", () => {
  it.each([
    [
      "Auch Mistral AI verfolgt diese Strategie: Das Unternehmen übernahm 30 Prozent an einem Chip-Start-up.",
      "investment mistral-ai",
    ],
    ["Mistral AI took a similar approach, acquiring a 30% stake in a chip startup.", "investment mistral-ai"],
  ])("%s", (text, event) => {
    const r = read(`${LEAD_EN} ${text}`);
    expect(r.background).toContain(event);
    expect(r.news).not.toContain(event);
  });

  it.each([
    // the clause says "now": the company does it today
    [
      "Auch Mistral AI verfolgt diese Strategie und übernimmt jetzt 30 Prozent an einem Chip-Start-up.",
      "investment mistral-ai",
    ],
    // "approach" about something else than a comparison
    [
      "Mistral AI acquired a 30% stake in a chip startup on Monday to speed up its hardware plans.",
      "investment mistral-ai",
    ],
  ])("%s stays news", (text, event) => {
    expect(read(`${LEAD_EN} ${text}`).news).toContain(event);
  });
});

describe("the date of a report dates the fact it reports", () => {
  it.each([
    `${LEAD_DE} Letzten Monat gab Mistral AI bekannt, dass die Forschungschefin das Unternehmen verlässt.`,
    `${LEAD_EN} Last month Mistral AI announced that its chief scientist, a co-founder, is leaving the company.`,
  ])("%s", (text) => {
    const r = read(text, "2025-06-02");
    expect(r.background).toContain("departure mistral-ai");
    expect(r.news).not.toContain("departure mistral-ai");
  });

  it.each([
    `${LEAD_DE} Am Montag gab Mistral AI bekannt, dass die Forschungschefin das Unternehmen verlässt.`,
    `${LEAD_EN} On Monday Mistral AI announced that its chief scientist, a co-founder, is leaving the company.`,
  ])("%s stays news", (text) => {
    expect(read(text, "2025-06-12").news).toContain("departure mistral-ai");
  });
});

describe("the German past perfect with 'sein' (war … gewechselt, war … gefallen)", () => {
  it("marks a move told in the Plusquamperfekt as background", () => {
    const r = read(`${LEAD_DE} Die Aktie von Mistral AI war im Frühjahr um zehn Prozent gefallen.`);
    expect(r.background).toContain("stock_move mistral-ai");
    expect(r.news).not.toContain("stock_move mistral-ai");
  });

  it("keeps the same fact in the Perfekt as news", () => {
    expect(
      read(`${LEAD_DE} Die Aktie von Mistral AI ist am Montag um zehn Prozent gefallen.`).news,
    ).toContain("stock_move mistral-ai");
  });
});

describe("a relative clause in the past recaps what is known of a name", () => {
  it.each([
    `${LEAD_EN} Mistral AI, which raised $600 million from investors last year, is now hiring engineers in Berlin.`,
    `${LEAD_DE} Mistral AI, das 2024 rund 600 Millionen Dollar bei Investoren eingesammelt hatte, sucht nun Ingenieure in Berlin.`,
  ])("%s", (text) => {
    const r = read(text);
    expect(r.background).toContain("investment mistral-ai");
    expect(r.news).not.toContain("investment mistral-ai");
  });

  it("keeps a relative clause in the present as news", () => {
    const text = `${LEAD_EN} Mistral AI, which is cutting 200 jobs in Paris, declined to comment.`;
    expect(read(text).news).toContain("layoff mistral-ai");
  });
});

describe("what comes after, what follows, what has since happened (stop 26)", () => {
  const bg = (text: string, articleDate: string) =>
    proposalsFor(text, { lang: "en", articleDate, background: true }).map((e) => [
      e.type,
      Boolean(e.background),
    ]);

  it("keeps an old fact background when the sentence goes on with 'has since'", () => {
    expect(
      bg(
        "Microsoft first invested $1 billion in OpenAI in 2019 and has since embedded the startup’s models into products like GitHub Copilot.",
        "2025-10-29",
      ),
    ).toEqual([["investment", true]]);
  });

  it("reads what a fact 'comes … after' or 'follows' as the earlier fact", () => {
    expect(
      bg(
        "The ban comes mere weeks after Nvidia's older H20 models were reportedly paused from production after a backlash.",
        "2025-09-17",
      ),
    ).toEqual([["controversy", true]]);
    expect(
      bg(
        "Yang's exit follows several departures from Apple's AI teams, including Ruoming Pang, who left for Meta.",
        "2025-10-06",
      ),
    ).toEqual([["departure", true]]);
  });
});

// stop 27, found on real openings (b17–b22) and the labelled set
describe("a reorganisation told as part of a recalled fact", () => {
  it("is background when its sentence goes on from one that recalls the past ('Dazu …')", () => {
    const found = proposalsFor(
      "Apple hat in der Vergangenheit viel Geld in die eigene KI gesteckt. Dazu wurden auch zwei große Teams zusammengelegt.",
      { lang: "de", articleDate: "2025-08-20", background: true },
    ).filter((e) => e.type === "other");
    expect(found.map((e) => [e.lab, e.background === true])).toEqual([["apple", true]]);
  });

  it("stays news when it says it is of now", () => {
    const found = proposalsFor(
      "Apple hat in der Vergangenheit viel Geld in die eigene KI gesteckt. Dazu werden jetzt zwei große Teams zusammengelegt.",
      { lang: "de", articleDate: "2025-08-20", background: true },
    ).filter((e) => e.type === "other");
    expect(found.map((e) => [e.lab, e.background === true])).toEqual([["apple", false]]);
  });
});

describe("what a departure followed", () => {
  it("is background: 'Sein Abschied folgte auf mehrere Kontroversen', 'followed several controversies'", () => {
    const stirs = (text: string, lang: "de" | "en") =>
      proposalsFor(text, { lang, articleDate: "2026-02-11", background: true })
        .filter((e) => e.type === "controversy")
        .map((e) => e.background === true);
    expect(
      stirs(
        "Tony Wu hat xAI verlassen. Sein Abschied folgte auf mehrere Kontroversen um den Chatbot Grok.",
        "de",
      ),
    ).toEqual([true]);
    expect(
      stirs("Tony Wu left xAI. His exit followed several controversies over the Grok chatbot.", "en"),
    ).toEqual([true]);
  });
});

describe("a fact another outlet reported earlier (stop 27, b18 real openings)", () => {
  it("is background: '…, Reuters reported earlier this month'", () => {
    const found = proposalsFor(
      "Meta is in talks to raise $29 billion for its data centres, Reuters reported earlier this month.",
      { lang: "en", articleDate: "2025-08-17", background: true },
    );
    expect(found.map((e) => [e.type, e.lab, e.background === true])).toEqual([["investment", "meta", true]]);
  });
});

describe("a delay the sentence takes as known", () => {
  it("is background in an apposition ('…, already delayed to market, are …'), news when told", () => {
    const read = (text: string) =>
      proposalsFor(text, { lang: "en", articleDate: "2024-11-18", background: true })
        .filter((e) => e.type === "delay")
        .map((e) => e.background === true);
    expect(
      read("Nvidia's Blackwell GPUs, already delayed to market, are reportedly overheating in servers."),
    ).toEqual([true]);
    expect(read("Nvidia has delayed its Blackwell GPUs by three months.")).toEqual([false]);
  });
});

describe("a sentence opening 'Bereits im …' (stop 27, b23 real openings)", () => {
  it("recalls an earlier fact; 'bereits im Oktober' inside a clause on a person does not", () => {
    const bg = (text: string, day: string) =>
      proposalsFor(text, { lang: "de", articleDate: day, background: true }).map((e) => [
        e.type,
        e.background === true,
      ]);
    expect(bg("Bereits im vergangenen Jahr waren bei SAP 3000 Stellen entfallen.", "2024-01-24")).toEqual([
      ["layoff", true],
    ]);
    expect(
      bg(
        "Firmengründer Jonas Andrulis, der seinen Posten bereits im Oktober abgegeben hatte, verlässt Aleph Alpha.",
        "2026-01-15",
      ),
    ).toEqual([["departure", false]]);
  });
});

describe("a fact the lead's later sentences date to an earlier month (stop 28, real openings b24, b26)", () => {
  it("reads 'The partnership, announced in March, included …' as context of an August story", () => {
    const text =
      "Amazon under review\n\nThe CMA has started investigating Amazon's partnership with Anthropic.\n\nThe partnership, announced in March, included a $4bn investment by Amazon into Anthropic.";
    expect(read(text, "2024-08-08")).toEqual({ news: ["other amazon"], background: ["investment amazon"] });
  });

  it("keeps the headline's and first sentence's fact news even when dated earlier", () => {
    const text =
      "OpenAI raised $6 billion in May\n\nOpenAI raised $6 billion in May, people familiar with the matter said.";
    expect(read(text, "2025-06-12").news).toEqual(["investment openai"]);
  });

  it("does not date a change by the span it was measured over ('zwischen März und Juni')", () => {
    const text =
      "Stanford-Studie\n\nForscher haben ChatGPT getestet.\n\nSie verglichen viele Antworten.\n\nDie Ergebnisse sind deutlich.\n\nDer Chatbot ChatGPT von OpenAI ist zwischen März und Juni schlechter geworden.";
    expect(read(text, "2023-07-20").news).toContain("benchmark_underperformance openai");
  });
});
