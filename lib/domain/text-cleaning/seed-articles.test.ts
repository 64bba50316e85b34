import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { expectContainsAll } from "@/tests/support/expect-each";
import { cleanArticleText, type CleaningReason } from ".";

// Verbatim copies of shared/seeds live in the repo, so the tests run on a clone alone.
const SEEDS = path.resolve(__dirname, "../../../prisma/seed-data/articles");

function seed(prefix: string): string {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`seed ${prefix} not found in ${SEEDS}`);
  return readFileSync(path.join(SEEDS, file), "utf8");
}

describe("seed articles", () => {
  const files = readdirSync(SEEDS).filter((f) => f.endsWith(".txt"));

  it("finds the five seed files", () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  it.each(files)("%s: keeps every surviving line exactly as it was, and is idempotent", (file) => {
    const raw = readFileSync(path.join(SEEDS, file), "utf8");
    const cleaned = cleanArticleText(raw);
    const rawLines = new Set(raw.split("\n"));
    for (const line of cleaned.text.split("\n")) {
      if (line !== "") expect(rawLines.has(line), line).toBe(true);
    }
    expect(cleaned.text).not.toMatch(/\n\n\n/);
    expect(cleanArticleText(cleaned.text)).toEqual({ text: cleaned.text, removed: [] });
  });

  it("000: removes ad marker, embed notice, paywall plea, caption and credit; keeps the body", () => {
    const raw = seed("000_");
    const { text, removed, sourceFooter } = cleanArticleText(raw);
    expect(text.startsWith("Warum zwei Tech-Giganten plötzlich im KI-Rennen zurückfallen\n")).toBe(true);
    expect(text).not.toContain("Elon Musk und ein Lama liegen auf dem Boden");
    expect(text).not.toContain("Andreas Becker Nano Banana");
    expect(text).not.toMatch(/^Anzeige$/m);
    expect(text).not.toContain("Cookies");
    expect(text).not.toContain("Paywall");
    expect(text).not.toContain("kostenlos");
    expect(text).not.toContain("Jeder Beitrag zählt");
    expect(sourceFooter).toBeUndefined();
    expect(removed).toEqual([
      { line: "Elon Musk und ein Lama liegen auf dem Boden", reason: "image_caption" },
      { line: "Andreas Becker Nano Banana", reason: "image_caption" },
      { line: "Elon Musk und ein Lama liegen auf dem Boden", reason: "image_caption" },
      { line: "Anzeige", reason: "ad_marker" },
      { line: "Twitter Beitrag - Cookies links unten aktivieren.", reason: "cookie_notice" },
      { line: "KI-Wissen ohne Paywall", reason: "paywall_plea" },
      {
        line: "Unsere Inhalte sind und bleiben kostenlos. Wenn dir unsere News und Tutorials gefallen oder weiterhelfen, freuen wir uns über eine kleine Unterstützung.",
        reason: "paywall_plea",
      },
      { line: "Jeder Beitrag zählt – auch das Teilen.", reason: "paywall_plea" },
    ]);
    // every body paragraph and heading survives
    const body = raw
      .split("\n")
      .filter((l) => l.trim() !== "")
      .filter((l) => !removed.some((r) => r.line === l.trim()));
    expect(body).toHaveLength(15);
    expectContainsAll(text, body);
    expectContainsAll(text, [
      "Eigentlich wollten sie die Branche anführen.",
      'Interne Tests belegen, dass das unter dem Codenamen "Avocado" entwickelte System',
      "Das Team muss die bestehende Codebasis verwerfen und komplett neu programmieren.",
      "Wenn Nachzügler bei der fehlerfreien Datenaufbereitung oder der Architektur patzen, verlieren sie entscheidende Entwicklungszyklen.",
      "Die Marktführer bauen ihren Vorsprung aus",
    ]);
  });

  it("001: an article without furniture comes back unchanged", () => {
    const raw = seed("001_");
    const { text, removed } = cleanArticleText(raw);
    expect(removed).toEqual([]);
    expect(text).toBe(raw.trimEnd());
    expect(text).toContain("Bis zu 72 Milliarden US-Dollar hat der Konzern für dieses Jahr verplant");
    expect(text).toContain(
      "„Derzeit sind die Fortschritte über alle Labore und Modelle hinweg recht gering“",
    );
  });

  it("002: removes the promo block and the whole teaser list, keeps the article and its summary", () => {
    const raw = seed("002_");
    const { text, removed } = cleanArticleText(raw);
    for (const gone of [
      "Blockchain",
      "CFTC",
      "Intel",
      "150 Millionen",
      "VAE",
      "Lead Generation",
      "Let’s talk",
      "Search Engines",
      "Content Manager",
      "…",
    ]) {
      expect(text, gone).not.toContain(gone);
    }
    expect(text).toContain('Brief news summary\nMeta hat die öffentliche Veröffentlichung von "Behemoth"');
    expect(text).toContain("doch nun wird der Start auf den Herbst oder später verschoben.");
    expect(text).toContain(
      "Dieser Schritt stellt eine Reife in der KI-Forschung dar, bei der verantwortungsbewusster Fortschritt über reinen Größenwettbewerb gestellt wird.",
    );
    expect(text.split("\n")).toHaveLength(6);
    const byReason = (r: CleaningReason) => removed.filter((x) => x.reason === r).length;
    expect(byReason("promo")).toBe(6);
    expect(byReason("teaser_list")).toBe(14);
  });

  it("003: reports the publisher footer and keeps the quotes", () => {
    const raw = seed("003_");
    const { text, removed, sourceFooter } = cleanArticleText(raw);
    expect(sourceFooter).toBe("Eleconomista");
    expect(removed).toEqual([{ line: "Eleconomista", reason: "source_footer" }]);
    expect(text).not.toContain("Eleconomista");
    expect(
      text.endsWith(
        "„Aber wir müssen diese Leute rekrutieren und massiv investieren, um bereit zu sein, wenn wir in diese Phase eintreten.“",
      ),
    ).toBe(true);
    expect(text).toContain(
      "mehr als 14 Milliarden Dollar auszugeben, um einen Anteil von 49 % an Scale AI zu erwerben",
    );
    expect(text).toContain(
      "„Ich habe gerade ein ungutes Gefühl, als wäre jemand in unser Haus eingebrochen und hätte etwas gestohlen.“",
    );
    expect(text).toContain("sagte Blogger Zvi Mowshowitz gegenüber AFP.");
  });

  it("004: drops the related-articles trailer", () => {
    const raw = seed("004_");
    const { text, removed } = cleanArticleText(raw);
    expect(removed).toEqual([{ line: "Das könnte Sie auch interessieren:", reason: "related_links" }]);
    expect(text).not.toContain("interessieren");
    expect(text).toContain("Der Kurs rutschte daraufhin um 2,2 Prozent ab.");
    expect(text).toContain(
      '"Zuckerbergs KI-Strategie ist mutig, aber riskant. Wer alles allein macht, kann sich auch allein verrennen"',
    );
    expect(text.endsWith("Die KI-Zukunft bleibt spannend, aber auch holprig.")).toBe(true);
  });
});
