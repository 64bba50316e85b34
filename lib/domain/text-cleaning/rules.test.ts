import { describe, expect, it } from "vitest";
import { cleanArticleText, type CleaningReason } from ".";

function reasons(raw: string): [string, CleaningReason][] {
  return cleanArticleText(raw).removed.map((r) => [r.line, r.reason]);
}

describe("rules on small inputs", () => {
  const para = (n: number) =>
    `Absatz ${n}: Der Konzern hat nach Angaben von Insidern die Pläne für das neue Modell erneut verschoben, wie die Zeitung berichtet.`;
  const paraEn = (n: number) =>
    `Paragraph ${n}: The company has once again delayed its plans for the new model, according to people familiar with the matter.`;

  // Each case: the lines in, and every line the rules take out with the reason they give.
  const removals: { name: string; lines: string[]; removed: [string, CleaningReason][] }[] = [
    {
      name: "ad markers: only lines that are nothing but the marker",
      lines: [
        para(1),
        "",
        "Anzeige",
        "",
        para(2),
        "ADVERTISEMENT",
        para(3),
        "- Werbung -",
        "Sponsored",
        "Die Anzeige erschien in der Zeitung.",
        "Werbung wirkt.",
      ],
      removed: [
        ["Anzeige", "ad_marker"],
        ["ADVERTISEMENT", "ad_marker"],
        ["- Werbung -", "ad_marker"],
        ["Sponsored", "ad_marker"],
      ],
    },
    {
      name: "cookie and embed notices",
      lines: [
        para(1),
        "Twitter Beitrag - Cookies links unten aktivieren.",
        "Instagram Post",
        "YouTube Video - Bitte Cookies akzeptieren, um den Inhalt zu laden.",
        "Externer Inhalt von X",
        "To view this content, please enable cookies in your settings.",
        "Google will Cookies von Drittanbietern in Chrome nun doch nicht abschaffen, nachdem Werbekunden und Regulierer Bedenken angemeldet hatten und Nutzer zustimmen sollen.",
        "In einem Instagram-Post zeigte Zuckerberg das neue Rechenzentrum in Louisiana.",
        para(2),
      ],
      removed: [
        ["Twitter Beitrag - Cookies links unten aktivieren.", "cookie_notice"],
        ["Instagram Post", "cookie_notice"],
        ["YouTube Video - Bitte Cookies akzeptieren, um den Inhalt zu laden.", "cookie_notice"],
        ["Externer Inhalt von X", "cookie_notice"],
        ["To view this content, please enable cookies in your settings.", "cookie_notice"],
      ],
    },
    {
      name: "paywall plea: a heading before a long text only removes itself",
      lines: ["Unterstütze unabhängigen Journalismus", ...[1, 2, 3, 4, 5, 6, 7].map(para)],
      removed: [["Unterstütze unabhängigen Journalismus", "paywall_plea"]],
    },
    {
      name: "promo: English marketing block inside a German article, however it is split",
      lines: [
        para(1),
        para(2),
        "Grow your sales with AI-driven outreach",
        "and smarter pipelines",
        "",
        "Book a demo today.",
        para(3),
        "Brief news summary",
        para(4),
      ],
      removed: [
        ["Grow your sales with AI-driven outreach", "promo"],
        ["and smarter pipelines", "promo"],
        ["Book a demo today.", "promo"],
      ],
    },
    {
      name: "promo: marketing words in an English article are body text, calls to action are not",
      lines: [
        paraEn(1),
        "Learn how the lab rebuilt its training stack after the failed run.",
        paraEn(2),
        "Subscribe to our newsletter",
        "Jetzt Newsletter abonnieren!",
      ],
      removed: [
        ["Subscribe to our newsletter", "promo"],
        ["Jetzt Newsletter abonnieren!", "promo"],
      ],
    },
    {
      name: "teaser list: one trailing ellipsis is not a list",
      lines: [paraEn(1), paraEn(2), "And then, he said, we will see…"],
      removed: [],
    },
    {
      name: "related-links trailer and inline pointers",
      lines: [
        para(1),
        "Lesen Sie auch: Meta verschiebt Behemoth erneut",
        para(2),
        "Mehr zum Thema",
        "Meta streicht Stellen im KI-Bereich",
        "Llama 4: Was das neue Modell kann",
      ],
      removed: [
        ["Lesen Sie auch: Meta verschiebt Behemoth erneut", "related_links"],
        ["Mehr zum Thema", "related_links"],
        ["Meta streicht Stellen im KI-Bereich", "related_links"],
        ["Llama 4: Was das neue Modell kann", "related_links"],
      ],
    },
    {
      name: "image captions: a name-like credit directly beside a repeated caption",
      lines: [
        para(1),
        "Ein Rechenzentrum in Texas",
        para(2),
        "Maria Muster",
        "Ein Rechenzentrum in Texas",
        para(3),
      ],
      removed: [
        ["Maria Muster", "image_caption"],
        ["Ein Rechenzentrum in Texas", "image_caption"],
      ],
    },
    {
      name: "a headline repeated as a subheading further down: the headline stays",
      lines: [
        "Bloomberg: Siri-Upgrade verschiebt sich möglicherweise erneut",
        "",
        para(1),
        "",
        "Bloomberg: Siri-Upgrade verschiebt sich möglicherweise erneut",
        "",
        para(2),
      ],
      removed: [["Bloomberg: Siri-Upgrade verschiebt sich möglicherweise erneut", "image_caption"]],
    },
    {
      name: "image credits naming an AI tool, but not a headline about that tool's maker",
      lines: [
        "Wegen KI-Bildern: Disney & NBCUniversal verklagen Midjourney",
        "",
        para(1),
        "Andreas Becker / Midjourney",
        para(2),
      ],
      removed: [["Andreas Becker / Midjourney", "image_caption"]],
    },
  ];
  for (const { name, lines, removed } of removals) {
    it(name, () => {
      expect(reasons(lines.join("\n"))).toEqual(removed);
    });
  }

  // Each case: the lines in, the text that remains, and the one reason every removed line has.
  const keeps: { name: string; lines: string[]; kept: string[]; reason: CleaningReason; count: number }[] = [
    {
      name: "paywall plea: a recognised heading takes the short block after it",
      lines: [
        para(1),
        "",
        "Journalismus ohne Paywall",
        "",
        "Hilf uns mit einem kleinen Betrag im Monat.",
        "",
        "Danke!",
      ],
      kept: [para(1)],
      reason: "paywall_plea",
      count: 3,
    },
    {
      name: "paywall plea: English heading and pleas, but not an article about paywalls",
      lines: [
        paraEn(1),
        "The New York Times tightened its paywall last year, the report said.",
        paraEn(2),
        "Support independent journalism",
        "Our journalism is and will remain free for everyone.",
        "Every contribution, however big or small, counts.",
      ],
      kept: [paraEn(1), "The New York Times tightened its paywall last year, the report said.", paraEn(2)],
      reason: "paywall_plea",
      count: 3,
    },
    {
      name: "teaser list: truncated headlines with blurbs at the end go entirely",
      lines: [
        paraEn(1),
        paraEn(2),
        "",
        "OpenAI hires former Apple design chief to le…",
        "The company said the new team would focus on consumer hardware.",
        "",
        "Nvidia beats estimates as data-center sales…",
        "Revenue rose 69% from a year earlier.",
        "",
        "Why open-weight models are catching up wit...",
      ],
      kept: [paraEn(1), paraEn(2)],
      reason: "teaser_list",
      count: 5,
    },
    {
      name: "related-links trailer in English",
      lines: [
        paraEn(1),
        paraEn(2),
        "Related",
        "Anthropic delays Claude 3.5 Opus",
        "xAI restarts Grok training",
      ],
      kept: [paraEn(1), paraEn(2)],
      reason: "related_links",
      count: 3,
    },
    {
      name: "image captions: repeated caption, credit line, alt text before the headline",
      lines: [
        "Sam Altman auf einer Bühne in San Francisco",
        "",
        "OpenAI verschiebt GPT-5 erneut",
        "",
        para(1),
        "",
        "Foto: Justin Sullivan / Getty Images",
        "Sam Altman auf einer Bühne in San Francisco",
        "",
        para(2),
      ],
      kept: ["OpenAI verschiebt GPT-5 erneut", "", para(1), "", para(2)],
      reason: "image_caption",
      count: 3,
    },
  ];
  for (const { name, lines, kept, reason, count } of keeps) {
    it(name, () => {
      const { text, removed } = cleanArticleText(lines.join("\n"));
      expect(text).toBe(kept.join("\n"));
      expect(removed.map((r) => r.reason)).toEqual(Array<CleaningReason>(count).fill(reason));
    });
  }

  it("a title printed twice in a row keeps one copy", () => {
    const raw = ["Meta verschiebt Behemoth", "Meta verschiebt Behemoth", para(1), para(2)].join("\n");
    const { text, removed } = cleanArticleText(raw);
    expect(text).toBe(["Meta verschiebt Behemoth", para(1), para(2)].join("\n"));
    expect(removed).toEqual([{ line: "Meta verschiebt Behemoth", reason: "duplicate_line" }]);
  });

  it("source footer: a lone publisher line after the last sentence", () => {
    expect(cleanArticleText([para(1), para(2), "", "Reuters"].join("\n")).sourceFooter).toBe("Reuters");
    expect(cleanArticleText([paraEn(1), paraEn(2), "Source: Bloomberg"].join("\n")).sourceFooter).toBe(
      "Source: Bloomberg",
    );
    expect(cleanArticleText([para(1), para(2), "(dpa)"].join("\n")).sourceFooter).toBe("(dpa)");
    // a heading without a sentence before it, or with words of a sentence, is not a footer
    expect(
      cleanArticleText([para(1), "Zwischentitel ohne Punkt", "Ausblick"].join("\n")).sourceFooter,
    ).toBeUndefined();
    expect(cleanArticleText([para(1), para(2), "Das ist das Ende"].join("\n")).sourceFooter).toBeUndefined();
    expect(cleanArticleText(["Reuters"].join("\n")).sourceFooter).toBeUndefined();
  });

  it("collapses blank runs, normalises line endings and trims the ends", () => {
    const { text } = cleanArticleText(`\n\n${para(1)}\r\n\r\n\r\n   \n${para(2)}\n\n\n`);
    expect(text).toBe(`${para(1)}\n\n${para(2)}`);
  });

  it("never edits a kept line", () => {
    const odd = "  „Zitat“ mit  doppelten   Leerzeichen – und Gedankenstrich…  ";
    const raw = [para(1), odd, para(2)].join("\n");
    expect(cleanArticleText(raw).text.split("\n")[1]).toBe(odd);
  });

  it("is idempotent on a text mixing every kind of furniture", () => {
    const raw = [
      "Bildunterschrift zum Aufmacher",
      "Titel",
      para(1),
      "Anzeige",
      "Foto: dpa",
      "Bildunterschrift zum Aufmacher",
      para(2),
      "Let’s talk!",
      "Teaser eins über etwas ganz ande…",
      "Blurb eins.",
      "Teaser zwei über etwas ganz ande…",
      "Blurb zwei.",
      "Eleconomista",
    ].join("\n");
    const once = cleanArticleText(raw);
    expect(once.text).toBe(["Titel", para(1), para(2)].join("\n"));
    expect(once.sourceFooter).toBe("Eleconomista");
    expect(cleanArticleText(once.text).text).toBe(once.text);
    expect(cleanArticleText(once.text).removed).toEqual([]);
  });
});
