import { describe, expect, it } from "vitest";
import { fieldsAsOf } from "@/tests/support/extract/proposals";
import { findAttributions } from "./attribution";

/**
 * Share moves, authorities, appointments and lists of companies as real news tells them, found
 * wrong on the b18–b22 sets of real openings in stop 27 (news-references.test.ts has the earlier
 * stops). Sentences written for these tests in the style of news.
 */
describe("a lab's former executive (stop 27, b18 real openings)", () => {
  const read = fieldsAsOf("2024-05-28", ["type", "lab", "counterparty"]);

  it("reads 'OpenAI's former executive … joining Anthropic' as Anthropic's hire from OpenAI", () => {
    expect(
      read("OpenAI's former executive Jan Leike announced on Tuesday that he was joining Anthropic.", "en"),
    ).toEqual([["hiring", "anthropic", "openai"]]);
  });
});

describe("share moves caused, posts taken on, authorities speaking (stop 27, b20/b21 real openings)", () => {
  const read = fieldsAsOf("2025-11-20", ["type", "lab", "percent", "reportedBy"]);

  it("reads a share price pushed, sent or knocked by news as the company's move, with its sign", () => {
    expect(read("The news pushed up Intel shares by about 5% on Monday.", "en")).toEqual([
      ["stock_move", "intel", 5, null],
    ]);
    expect(read("The report sent Nvidia shares tumbling 4% on Friday.", "en")).toEqual([
      ["stock_move", "nvidia", -4, null],
    ]);
    expect(read("The news knocked 3% off Nvidia shares.", "en")).toEqual([
      ["stock_move", "nvidia", -3, null],
    ]);
  });

  it("reads a post or a task taken on ('die Leitung übernehmen', 'den Aufbau … übernehmen') as no purchase", () => {
    expect(read("Oracle wird den Aufbau der Recheninfrastruktur für OpenAI übernehmen.", "de")).toEqual([]);
    expect(read("Die Managerin übernimmt bei SAP die Leitung der KI-Sparte.", "de")).toEqual([]);
    expect(read("Nvidia übernimmt den Chipentwickler Run:ai für 700 Millionen Dollar.", "de")).toEqual([
      ["acquisition", "nvidia", null, null],
    ]);
  });

  it("credits no person 'Behörde Ende November' for an authority's statement", () => {
    expect(
      read("Das Verfahren gegen Microsoft sei eingeleitet worden, erklärte die Behörde Ende November.", "de"),
    ).toEqual([["other", "microsoft", null, null]]);
    expect(findAttributions("Das sei ein Fehler gewesen, sagte Sundar Pichai.").map((a) => a.source)).toEqual(
      ["Sundar Pichai"],
    );
  });
});

describe("share moves of companies named in one list (stop 27, b21 real openings)", () => {
  const read = fieldsAsOf("2025-11-20", ["type", "lab", "percent"]);

  it("gives each company joined before one move that move", () => {
    expect(read("Die Papiere von Nvidia und AMD rutschen um drei Prozent ab.", "de")).toEqual([
      ["stock_move", "nvidia", -3],
      ["stock_move", "amd", -3],
    ]);
  });

  it("gives a company with only a percent after it the list's verb, in words as in digits", () => {
    expect(
      read("Palantir verlor elf Prozent, Oracle neun Prozent und Nvidia büßte sieben Prozent ein.", "de"),
    ).toEqual([
      ["stock_move", "palantir", -11],
      ["stock_move", "oracle", -9],
      ["stock_move", "nvidia", -7],
    ]);
    expect(read("Nvidia fiel um drei Prozent, AMD stieg um zwei Prozent.", "de")).toEqual([
      ["stock_move", "nvidia", -3],
      ["stock_move", "amd", 2],
    ]);
  });
});

describe("indices and groups of companies (stop 27, b21 real openings)", () => {
  const read = fieldsAsOf("2025-11-20", ["type", "lab"]);

  it("gives the story's lab no move of an index and no spending of the biggest companies as a group", () => {
    expect(
      read(
        "Meta hat neue Zahlen vorgelegt. Der S&P 500 legte am Freitag zwar um 0,1 Prozent zu. Allein die größten Konzerne des Silicon Valley planen, in diesem Jahr rund 400 Milliarden Dollar in KI-Infrastruktur zu investieren.",
        "de",
      ),
    ).toEqual([]);
    expect(read("Meta hat neue Zahlen vorgelegt. Die Aktie legte am Freitag um 3 Prozent zu.", "de")).toEqual(
      [["stock_move", "meta"]],
    );
  });

  it("reads a company named as the exception ('mit Ausnahme von Nvidia', 'except Nvidia') as no mover", () => {
    expect(
      read("Die Aktien aller Chipkonzerne mit Ausnahme von Nvidia fielen am Montag deutlich.", "de"),
    ).toEqual([]);
    expect(read("Shares of all chipmakers except Nvidia fell sharply on Monday.", "en")).toEqual([]);
  });
});

describe("blacklists, goods bought and staff counted (stop 27, b22 real openings)", () => {
  const read = fieldsAsOf("2025-01-16", ["type", "lab", "headcount"]);

  it("reads a company put on a government's list as its `other`, and 'a week earlier' as background", () => {
    expect(
      read("The US department of commerce on Wednesday named Zhipu AI to its Entity List.", "en"),
    ).toEqual([["other", "zhipu-ai", null]]);
    expect(read("Die US-Regierung hat Huawei auf die schwarze Liste gesetzt.", "de")).toEqual([
      ["other", "huawei", null],
    ]);
    expect(
      read(
        "A week earlier, Tencent was added to a defence department list of companies tied to the military.",
        "en",
      ),
    ).toEqual([]);
  });

  it("reads chips bought as an order, not a company bought; a 'newly acquired' staff as no purchase", () => {
    expect(
      read("Alibaba kaufte Nvidia-Chips für 2 Milliarden Dollar.", "de").map(([t, l]) => [t, l]),
    ).toEqual([["investment", "alibaba"]]);
    expect(read("Cognition Lays Off 30 Newly-Acquired Windsurf Employees", "en").map(([t]) => t)).toEqual([
      "layoff",
    ]);
  });

  it("counts 'laid off 30 of these employees' as 30", () => {
    expect(read("Cognition has laid off 30 of these employees, it said.", "en")).toEqual([
      ["layoff", "cognition", 30],
    ]);
  });
});

describe("a German share move told percent first (stop 27, b22 real openings)", () => {
  it("reads 'Rund 5,16 Prozent zog die Alibaba-Aktie im Handel in Hongkong am Freitag an'", () => {
    expect(
      fieldsAsOf("2025-09-12", ["type", "lab", "percent"])(
        "Rund 5,16 Prozent zog die Alibaba-Aktie im Handel in Hongkong am Freitag an.",
        "de",
      ),
    ).toEqual([["stock_move", "alibaba", 5.16]]);
  });
});

describe("authorities speaking and the EU looking (stop 27, b20/b21/b22 real openings)", () => {
  const read = fieldsAsOf("2025-12-04", ["type", "lab", "reportedBy"]);

  it("credits no company for an authority's statement", () => {
    expect(
      read("Meta may have abused its dominant position, Italy's antitrust body said in a statement.", "en"),
    ).toEqual([["other", "meta", null]]);
    expect(
      read("Wie die Behörde mitteilte, hat sie ein Verfahren gegen Microsoft eingeleitet.", "de"),
    ).toEqual([["other", "microsoft", null]]);
  });

  it("reads the EU looking at a company as scrutiny, a launch in the EU as none", () => {
    expect(read("Die EU will Meta wegen seines KI-Chatbots unter die Lupe nehmen.", "de")).toEqual([
      ["other", "meta", null],
    ]);
    expect(read("Meta prüft, ob es die Funktion in der EU startet.", "de")).toEqual([]);
  });

  it("reads success slow to come ('der Durchbruch lässt auf sich warten') as no delay, a launch as one", () => {
    expect(read("Der Durchbruch von OpenAI lässt weiter auf sich warten.", "de")).toEqual([]);
    expect(read("Der Marktstart von GPT-5 lässt weiter auf sich warten.", "de").map(([t]) => t)).toEqual([
      "delay",
    ]);
  });
});

describe("headline scrutiny and revenue beside the market (stop 27, b21 real openings)", () => {
  const read = fieldsAsOf("2025-12-04", ["type", "lab", "percent"]);

  it("reads 'Bericht: EU will Meta … in WhatsApp unter die Lupe nehmen' as Meta's `other`", () => {
    expect(
      read("Bericht: EU will Meta-Konzern wegen KI-Chatbot in WhatsApp unter die Lupe nehmen", "de"),
    ).toEqual([["other", "meta", null]]);
  });

  it("reads revenue that rose as no share move, and 'Anteilsscheine' or 'der Wert der Anteile' as shares", () => {
    expect(
      read(
        "Die Erlöse von Amazon legten zwar um 10 Prozent zu, lagen jedoch knapp unter den Erwartungen der Wall Street.",
        "de",
      ),
    ).toEqual([]);
    expect(read("Bei Microsoft brachen die Anteilsscheine nachbörslich um 7 Prozent ein.", "de")).toEqual([
      ["stock_move", "microsoft", -7],
    ]);
    expect(read("Bei Nvidia ist der Wert der Anteile im Handel um drei Prozent gesunken.", "de")).toEqual([
      ["stock_move", "nvidia", -3],
    ]);
  });
});

describe("someone from another company appointed (stop 27, b18 real openings)", () => {
  const read = fieldsAsOf("2025-10-02", ["type", "lab", "counterparty"]);

  it("is a hire of the appointing lab from the former employer", () => {
    expect(
      read("Anthropic has appointed former Google executive Jane Doe as its chief technology officer.", "en"),
    ).toEqual([["hiring", "anthropic", "google"]]);
    expect(read("Anthropic ernennt den ehemaligen Google-Manager John Doe zum CTO.", "de")).toEqual([
      ["hiring", "anthropic", "google"],
    ]);
    expect(read("The report named former OpenAI researchers as its sources.", "en")).toEqual([]);
  });
});

describe("a German share move told without its company (stop 27, b22 real openings)", () => {
  const read = fieldsAsOf("2025-09-12", ["type", "lab", "percent"]);

  it("reads 'Im NASDAQ-Handel geht es … um 1,58 Prozent abwärts' as the story's company's move, an index as none", () => {
    expect(
      read(
        "Alibaba hat neue KI-Modelle vorgestellt. Im NASDAQ-Handel geht es am Freitag um 1,58 Prozent abwärts.",
        "de",
      ),
    ).toEqual([["stock_move", "alibaba", -1.58]]);
    expect(
      read("Alibaba hat neue KI-Modelle vorgestellt. Der Nasdaq legte am Freitag um 1 Prozent zu.", "de"),
    ).toEqual([]);
  });
});

describe("people lost to a rival and notice given (stop 27, b23 real openings)", () => {
  const read = fieldsAsOf("2025-08-20", ["type", "lab", "counterparty", "reportedBy"]);

  it("reads 'verliert einen weiteren Forscher an Meta' as a departure to Meta, and notice given as leaving", () => {
    expect(read("Apple verliert einen weiteren KI-Forscher an Meta.", "de")).toEqual([
      ["departure", "apple", "meta", null],
    ]);
    expect(read("The two have given notice to leave Google DeepMind.", "en").map(([t, l]) => [t, l])).toEqual(
      [["departure", "google"]],
    );
  });

  it("credits no outlet 'Kritikern' for what critics say", () => {
    expect(
      findAttributions("Kritikern zufolge unterminiert die Lieferung diese Bemühungen.").map((a) => a.source),
    ).toEqual([]);
  });
});

describe("a reading of the news the company rejects (stop 27, b23 real openings)", () => {
  it("proposes no merger from 'dismissed the notion that the investment indicates a merger'", () => {
    const read = fieldsAsOf("2024-08-08", ["type", "lab"]);
    expect(
      read(
        "Anthropic has also dismissed the notion that the investment indicates a merger with Amazon.",
        "en",
      ),
    ).toEqual([]);
    expect(read("Amazon completed a $4 billion investment in Anthropic.", "en")).toEqual([
      ["investment", "amazon"],
    ]);
  });
});

describe("imports curbed by a state (stop 27, b23 real openings)", () => {
  it("is the maker's `other`, like exports curbed", () => {
    const read = fieldsAsOf("2025-12-09", ["type", "lab"]);
    expect(read("China will den Import von Nvidias KI-Chip H200 begrenzen.", "de")).toEqual([
      ["other", "nvidia"],
    ]);
    expect(read("China restricted imports of Nvidia's H20 chips.", "en")).toEqual([["other", "nvidia"]]);
    expect(read("Die Firma will den Import von Ersatzteilen erleichtern.", "de")).toEqual([]);
  });
});

describe("a move named by a noun after its percent (stop 28)", () => {
  const read = fieldsAsOf("2024-01-31", ["type", "lab", "percent"]);

  it("reads 'a 0.7% drop', 'a 4% gain', 'a 5% decline' and 'a gain of 3%' in the shares", () => {
    expect(read("Microsoft experienced a 0.7% drop in its stock on Wednesday.", "en")).toEqual([
      ["stock_move", "microsoft", -0.7],
    ]);
    expect(read("Nvidia's stock posted a 4% gain on Tuesday.", "en")).toEqual([["stock_move", "nvidia", 4]]);
    expect(read("Alphabet shares suffered a 5% decline after the results.", "en")).toEqual([
      ["stock_move", "google", -5],
    ]);
    expect(read("Nvidia shares saw a gain of 3% on Monday.", "en")).toEqual([["stock_move", "nvidia", 3]]);
  });
});

describe("shared, not shares; complaints in compounds (stop 28, real openings b24, b28)", () => {
  const read = fieldsAsOf("2025-03-20", ["type", "lab"]);

  it("reads no share move in 'declined to share the number'", () => {
    expect(read("Graphcore declined to share the number of employees affected.", "en")).toEqual([]);
    expect(read("Graphcore shares fell 5% on Monday.", "en")).toEqual([["stock_move", "graphcore"]]);
  });

  it("reads 'reicht Datenschutzbeschwerde … ein' and 'sieht sich mit einer Beschwerde konfrontiert' as OpenAI's other", () => {
    expect(read("Noyb reicht Datenschutzbeschwerde gegen OpenAI ein", "de")).toEqual([["other", "openai"]]);
    expect(read("Jetzt sieht sich OpenAI mit einer Datenschutzbeschwerde konfrontiert.", "de")).toEqual([
      ["other", "openai"],
    ]);
  });
});

describe("German share verbs and moves told by position (stop 28, real openings b28, b29)", () => {
  const read = fieldsAsOf("2025-01-07", ["type", "lab", "percent"]);

  it("reads 'knickten … ein', 'tauchte … ab', 'sinkt', a long 'gab … nach' and 'ging … zurück' as falls", () => {
    expect(read("Die Tencent-Aktien knickten letztlich um 7,28 Prozent ein.", "de")).toEqual([
      ["stock_move", "tencent", -7.28],
    ]);
    expect(read("Der Aktienkurs der ARM-Papiere tauchte vorerst gleich um 9 Prozent ab.", "de")).toEqual([
      ["stock_move", "arm", -9],
    ]);
    expect(read("Die Nvidia-Aktie sinkt um bis zu 10 Prozent.", "de")).toEqual([
      ["stock_move", "nvidia", -10],
    ]);
    expect(
      read(
        "Die Nvidia-Aktie gab im frühen New Yorker Handel als schwächster Dow-Wert um 12 Prozent nach.",
        "de",
      ),
    ).toEqual([["stock_move", "nvidia", -12]]);
    expect(
      read(
        "Der Börsenwert von Microsoft ging bis zum Handelsende am Mittwoch um 6 Prozent auf 3,6 Billionen Dollar zurück.",
        "de",
      ),
    ).toEqual([["stock_move", "microsoft", -6]]);
  });

  it("reads 'ein Plus von 20 Prozent', a 'Schub' for the share and '4 per cent lower' in a 'while' clause", () => {
    expect(read("Die Alibaba-Aktie hat am Montag ein Plus von 20 Prozent verzeichnet.", "de")).toEqual([
      ["stock_move", "alibaba", 20],
    ]);
    expect(read("Einen zusätzlichen Schub erhielt die Nvidia-Aktie am Dienstag.", "de")).toEqual([
      ["stock_move", "nvidia", null],
    ]);
    expect(
      read(
        "Samsung sank more than 2 per cent, while SK Hynix stock was more than 4 per cent lower in morning trading.",
        "en",
      ),
    ).toEqual([
      ["stock_move", "samsung", -2],
      ["stock_move", "sk-hynix", -4],
    ]);
  });
});

describe("what a cue's object says it is not (stop 28, real openings b28)", () => {
  const read = fieldsAsOf("2025-01-07", ["type", "lab"]);

  it("reads no event in an analyst's target price, a company's results below expectations or infrastructure bought", () => {
    expect(read("JP Morgan had earlier raised Naver's target price to 270,000 won.", "en")).toEqual([]);
    expect(
      read(
        "Die jüngsten Geschäftszahlen von Samsung bleiben hinter den Erwartungen des Marktes zurück.",
        "de",
      ),
    ).toEqual([]);
    expect(read("Gemini 2.0 bleibt hinter den Erwartungen zurück.", "de")).toEqual([
      ["benchmark_underperformance", "google"],
    ]);
    expect(
      read(
        "Sentiment was buoyed by Naver's plans for data center construction and computing infrastructure acquisition.",
        "en",
      ),
    ).toEqual([]);
  });

  it("reads a production plant whose opening is put off as `other`", () => {
    expect(
      read("Samsungs Eröffnung der neuen Chip-Fertigungsanlagen in Texas wird verschoben.", "de"),
    ).toEqual([["other", "samsung"]]);
  });
});

describe("an authority's investigation in German, and road-safety regulators (stop 29, b47)", () => {
  const read = fieldsAsOf("2025-03-10", ["type", "lab"]);

  it("reads 'hat eine Untersuchung … eingeleitet' and 'untersucht' by an authority as `other`", () => {
    expect(read("Die NHTSA hat eine Untersuchung von Robotaxis der Firma Waymo eingeleitet.", "de")).toEqual([
      ["other", "waymo"],
    ]);
    expect(read("Die Verkehrsbehörde leitete eine Untersuchung gegen Tesla ein.", "de")).toEqual([
      ["other", "tesla"],
    ]);
  });

  it("needs an authority: researchers who study a model are none (negative)", () => {
    expect(read("Forscher untersuchten das Modell von OpenAI.", "de")).toEqual([]);
  });
});
