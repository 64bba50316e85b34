import { describe, expect, it } from "vitest";
import { expectEach, expectNone } from "@/tests/support/extract/proposals";
import { agencyCredit, findAttributions, resolveReferences } from "./attribution";

const publishers = [{ name: "The Wall Street Journal" }, { name: "Wired" }];
const first = (s: string) => {
  const a = findAttributions(s, publishers)[0];
  return a ? [a.source, a.kind] : null;
};

describe("findAttributions", () => {
  it.each([
    [
      "Daher verzögert sich der Start weiter, berichtet das Wall Street Journal.",
      "The Wall Street Journal",
      "outlet",
    ],
    [
      'Doch laut einem Bericht des "Wall Street Journal" muss Meta verschieben.',
      "The Wall Street Journal",
      "outlet",
    ],
    [
      "Laut dem Wall Street Journal deuten interne Bewertungen darauf hin",
      "The Wall Street Journal",
      "outlet",
    ],
    [
      "In einem internen Brief, über den das Magazin „ Wired “ berichtete, sagte Mark Chen",
      "Wired",
      "outlet",
    ],
    ["OpenAI has delayed GPT-5, according to Reuters.", "Reuters", "outlet"],
    ["Nvidia agreed to buy a stake, Bloomberg reported.", "Bloomberg", "outlet"],
    ["Laut Insidern liegt das Problem in der Architektur.", "Insider", "anonymous"],
    ["Mehreren US-Medien zufolge hatte die Gruppe Kontakt aufgenommen.", "mehrere US-Medien", "outlet"],
    [
      "Allein für 2024 sind laut Prognosen Investitionen von rund 40 Milliarden vorgesehen.",
      "Prognosen",
      "document",
    ],
    ["Interne Tests belegen, dass das System schlechter abschneidet.", "Interne Tests", "anonymous"],
    [
      "three co-founders have left, people familiar with the matter said.",
      "people familiar with the matter",
      "anonymous",
    ],
    ["Laut Sam Altman, dem Chef von Open AI, bot Meta Prämien.", "Sam Altman", "person"],
    ["erklärte CEO Mark Zuckerberg am Montag, sieben hätten sich entschieden", "Mark Zuckerberg", "person"],
  ])("%s", (sentence, source, kind) => {
    expect(first(sentence)).toEqual([source, kind]);
  });

  it("covers the appositive, so a lab named in it is not the sentence's subject", () => {
    const s = "Laut Sam Altman, dem Chef von Open AI, bot Meta Prämien.";
    const a = findAttributions(s)[0]!;
    expect(s.slice(a.start, a.end)).toBe("Laut Sam Altman, dem Chef von Open AI,");
  });

  it("credits the outlet that was first to report, only when it is a known outlet", () => {
    expectEach(first, [
      ["Reuters was first to point out an error in the company's advertisement.", ["Reuters", "outlet"]],
      [
        "Das Handelsblatt hatte als Erstes darüber berichtet, dass die Runde steht.",
        ["Handelsblatt", "outlet"],
      ],
    ]);
    expect(first("Google was first to release a model of this size.")).toBeNull();
    expect(first("Das Start-up war als Erstes auf dem Markt.")).toBeNull();
  });

  it("reads a broadcaster named by its kind ('der US-Sender CNBC')", () => {
    expectEach(first, [
      ["Gemini komme erst im Januar, berichtet der US-Sender CNBC.", ["CNBC", "outlet"]],
      ["Das berichtet der Nachrichtensender CNN.", ["CNN", "outlet"]],
    ]);
  });

  it("finds nothing in a sentence that attributes nothing", () => {
    expectEach(findAttributions, [
      ["Der Kurs rutschte daraufhin um 2,2 Prozent ab.", publishers, []],
      ["an der Wall Street kommen Zweifel auf", publishers, []],
    ]);
  });

  it.each([
    // outlets the knowledge base knows, whatever the word order
    [
      "Davon will The Information erfahren haben, die sich auf zwei Quellen beruft.",
      "The Information",
      "outlet",
    ],
    ["Die Nachrichtenagentur Reuters meldet, der Chiphersteller prüfe einen Verkauf.", "Reuters", "outlet"],
    ["Ein Sprecher bestätigte dies gegenüber Reuters.", "Reuters", "outlet"],
    ["A company spokesperson told Reuters the launch was on hold.", "Reuters", "outlet"],
    ["The startup cut 200 jobs, The Verge reported on Monday.", "The Verge", "outlet"],
    ["Jetzt ist gemäß The Information etwas dazwischengekommen.", "The Information", "outlet"],
    ["Einem Bloomberg-Bericht zufolge sammelt das Start-up Geld ein.", "Bloomberg", "outlet"],
    ["Das Start-up plant eine Runde, berichtet das Wirtschafts-Magazin Forbes.", "Forbes", "outlet"],
    ["The Financial Times’s reporters saw the memo, which the paper reported.", "Financial Times", "outlet"],
  ])("knows the outlet in %s", (sentence, source, kind) => {
    expect(first(sentence)).toEqual([source, kind]);
  });

  it("does not credit a known outlet in a sentence that speaks of no reporting", () => {
    expectNone(findAttributions, [
      "Reuters und Bloomberg konkurrieren um Finanzdaten.",
      "The Verge is a website owned by Vox Media.",
    ]);
  });

  it("reads 'schreibt das Magazin' and 'the report said' as the outlet named before", () => {
    const sentences = [
      "Das Magazin Handelsblatt berichtet über einen Stellenabbau.",
      "Betroffen seien 300 Stellen, schreibt das Magazin.",
      "The cuts affect two teams, the report said.",
    ];
    const resolved = resolveReferences(sentences.map((s) => findAttributions(s)));
    expect(resolved.map((list) => list.map((a) => [a.source, a.kind]))).toEqual([
      [["Handelsblatt", "outlet"]],
      [["Handelsblatt", "outlet"]],
      [["Handelsblatt", "outlet"]],
    ]);
    // a reference with no outlet before it credits nobody
    expect(resolveReferences([findAttributions("Dem Bericht zufolge fehlen 300 Stellen.")])).toEqual([[]]);
  });

  it("takes a lawsuit or a study for a document and a weekday for nobody", () => {
    expectEach(first, [
      ["Der Klage zufolge weckten die Werbespots falsche Erwartungen.", ["Klage", "document"]],
      ["Der Untersuchung zufolge fehlen Sicherheitsprüfungen.", ["Untersuchung", "document"]],
    ]);
    expect(findAttributions("The chief executive stepped down, the board said Friday.")).toEqual([]);
  });
});

describe("agencyCredit", () => {
  it("reads an agency's dateline, byline or closing mark (English and German)", () => {
    expect(agencyCredit(["(Reuters) - Nimbus Labs cut 200 jobs on Tuesday."])).toBe("Reuters");
    expect(agencyCredit(["Headline", "By REUTERS"])).toBe("Reuters");
    expect(agencyCredit(["(Bloomberg) --Nimbus is raising $1 billion."])).toBe("Bloomberg");
    expect(agencyCredit(["Die Firma streicht 200 Stellen. (dpa/jW)"])).toBe("dpa");
    expect(agencyCredit(["Von dpa"])).toBe("dpa");
  });

  it("ignores brackets that are not an agency's mark", () => {
    // a company's short name in brackets, and an outlet named in running text
    expect(agencyCredit(["Amazon Web Services (AWS) - the cloud unit - grew."])).toBeNull();
    expect(agencyCredit(["Die Firma (Nimbus) – so heißt sie – wächst."])).toBeNull();
    expect(agencyCredit(["Reuters reported the cuts on Tuesday."])).toBeNull();
  });
});

describe("anonymous sources", () => {
  it.each([
    [
      "Nimbus agreed to pay $300 million for the licence, according to a person familiar with the deal.",
      "a person familiar with the deal",
    ],
    ["The company plans to cut 10% of its staff, one of the people said.", "one of the people"],
    ["Nimbus is raising money at a higher valuation, citing anonymous sources.", "anonymous sources"],
    [
      "Laut mit den Plänen vertrauten Personen will Nimbus 300 Stellen streichen.",
      "mit den Plänen vertraute Personen",
    ],
    [
      "Nimbus verschiebt den Start, so zwei Personen, die mit der Sache vertraut sind.",
      "zwei Personen, die mit der Sache vertraut sind",
    ],
  ])("%s", (sentence, source) => {
    expect(findAttributions(sentence)[0]).toMatchObject({ source, kind: "anonymous" });
  });

  it("reads 'Berichten zufolge' alone, not with the sentence's subject before it", () => {
    expect(
      findAttributions(
        "Damit hat Sequoia Capital Berichten zufolge 1,5 Milliarden Dollar in Anthropic investiert.",
      ),
    ).toMatchObject([{ source: "Berichte", kind: "anonymous" }]);
    // the subject's own statement is no source of anyone else's
    expect(findAttributions("Das Unternehmen hat eigenen Angaben zufolge 500 Stellen gestrichen.")).toEqual(
      [],
    );
  });

  it("does not read people hired or sources of revenue as anonymous sources", () => {
    expectNone(findAttributions, [
      "Nimbus hired people familiar faces would trust.",
      "Meta hat Personen eingestellt, die mit der Materie vertraut sind.",
      "Advertising and cloud are its main sources of revenue.",
    ]);
  });
});

describe("outlets in inflected and other cue forms", () => {
  it.each([
    ["Nach Angaben des Handelsblatts will Nimbus 200 Stellen streichen.", "Handelsblatt"],
    ["Recherchen des Spiegels zufolge verschiebt Nimbus den Start.", "Der Spiegel"],
    ["Laut der Süddeutschen Zeitung streicht Nimbus Stellen.", "Süddeutsche Zeitung"],
    ["Wie die Neue Zürcher Zeitung berichtet, verschiebt Nimbus den Start.", "Neue Zürcher Zeitung"],
    ["Wie heise online berichtet, verschiebt Nimbus den Start.", "heise online"],
    ["Nimbus is cutting 200 jobs, CNBC has learned.", "CNBC"],
    ["Nimbus is cutting jobs, according to Nikkei Asia.", "Nikkei"],
  ])("%s", (sentence, source) => {
    expect(findAttributions(sentence)[0]).toMatchObject({ source, kind: "outlet" });
  });

  it("does not take the company's own figures or a lesson learned for an outlet", () => {
    expectNone(findAttributions, [
      "Nach Angaben von Nimbus sinkt der Umsatz.",
      "Nimbus has learned its lesson after the failed launch.",
    ]);
  });
});

describe("outlets spoken to", () => {
  it.each([
    "Nimbus will cut 200 jobs, a spokesperson told CNBC.",
    "Nimbus told The Verge that the launch is still planned for 2026.",
    "Das sagte eine Sprecherin von Nimbus dem Handelsblatt.",
    "Nimbus bestätigte gegenüber dem Spiegel den Stellenabbau.",
  ])("%s", (sentence) => {
    expect(findAttributions(sentence).find((a) => a.kind === "outlet")).toMatchObject({ recipient: true });
  });

  it("leaves an outlet that reports a reporting outlet", () => {
    expect(
      findAttributions("Nimbus streicht Stellen, wie der Spiegel berichtet.")[0]?.recipient,
    ).toBeUndefined();
    expect(findAttributions("Nimbus is cutting jobs, CNBC reported.")[0]?.recipient).toBeUndefined();
  });
});

describe("a known outlet that says", () => {
  it.each([
    ['The chatbot "has misfired before," The New York Times said on Tuesday.', "The New York Times"],
    ["The Wall Street Journal said Nimbus would cut 200 jobs.", "The Wall Street Journal"],
    ["Bloomberg's Mark Gurman wrote that the update was delayed again.", "Bloomberg"],
  ])("%s", (sentence, source) => {
    expect(findAttributions(sentence)[0]).toMatchObject({ source, kind: "outlet" });
  });

  it("leaves people who say things to the person rules", () => {
    expect(findAttributions("Nimbus CEO Jane Doe said the cuts were needed.")[0]).toMatchObject({
      source: "Jane Doe",
      kind: "person",
    });
  });
});

describe("documents an outlet has seen", () => {
  it.each([
    ["Nimbus told staff about the cuts in a memo reviewed by Bloomberg News.", "Bloomberg"],
    ["Nimbus will cut 200 jobs, according to documents seen by Reuters.", "Reuters"],
    ["Das geht aus einem Memo hervor, das das Handelsblatt einsehen konnte.", "Handelsblatt"],
    ["Das steht in einem Schreiben, das der Süddeutschen Zeitung vorliegt.", "Süddeutsche Zeitung"],
  ])("%s", (sentence, source) => {
    expect(findAttributions(sentence)[0]).toMatchObject({ source, kind: "outlet" });
  });

  it("does not credit a board or an authority that has seen something", () => {
    expectNone(findAttributions, [
      "The deal was reviewed by the board.",
      "Die Unterlagen, die der Kommission vorliegen, zeigen Mängel.",
    ]);
  });
});
