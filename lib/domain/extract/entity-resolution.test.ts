/**
 * Who and what a sentence is about: labs named only in passing, references back to the lab, new
 * labs in quotes, product lines and models named by description (issue 9 §2).
 */
import { describe, expect, it } from "vitest";
import { expectEach, expectEvent } from "@/tests/support/extract/proposals";
import { buildEntityIndex, findMentions, findUnknownLabs } from "./entities";
import { extractFromText } from "./extract";
import { withKnowledge } from "./knowledge";
import { departureSubject } from "./parties";
import { mentionRoles } from "./roles";
import type { Info, Subject } from "./subjects";
import { MODELS, ORGANISATIONS } from "../knowledge";
import { seedContext, seedLabs, seedModels } from "@/tests/support/extract/seed-context";

const known = withKnowledge(seedLabs, seedModels, ORGANISATIONS, MODELS);
const kbIndex = buildEntityIndex(known.labs, known.models);

/** lab slugs of a sentence, "(aside)" for those only named in passing */
function roles(sentence: string): string[] {
  const found = findMentions(sentence, kbIndex);
  return mentionRoles(sentence, 0, found, []).map(
    (r) => `${r.mention.slug}${r.aside ? " (aside)" : ""}${r.comparison ? " (comparison)" : ""}`,
  );
}

const run = (text: string, articleDate = "2025-06-12") => extractFromText(text, seedContext({ articleDate }));

describe("labs named in passing", () => {
  it("does not take a former name, a platform or a former employer for an actor (English)", () => {
    expectEach(roles, [
      [
        "Musk posted on X, formerly known as Twitter, that xAI had raised $6 billion.",
        ["x-corp (aside)", "x-corp (aside)", "xai"],
      ],
      ["Mistral AI was founded by a former Google researcher.", ["mistral-ai", "google (aside)"]],
      // negative: a lab that acts is not an aside
      ["Google researchers say xAI moved its servers.", ["google", "xai"]],
    ]);
  });

  it("does not take a former name, a platform or a former employer for an actor (German)", () => {
    expectEach(roles, [
      [
        "So lasen sich die Kommentare auf der Plattform „X“ (ehemals Twitter), als ASML bei Mistral AI einstieg.",
        ["x-corp (aside)", "x-corp (aside)", "asml", "mistral-ai"],
      ],
      ["OpenAI kauft das Start-up des ehemaligen Apple-Chefdesigners Jony Ive.", ["openai", "apple (aside)"]],
      // negative: the chief designer of Apple today is Apple's
      ["Apple-Chefdesigner Jony Ive verlässt Apple.", ["apple", "apple"]],
    ]);
  });

  it("reads the units named after 'the parent of' as owned, not acting", () => {
    expectEach(roles, [
      [
        "The parent of Facebook and Instagram reorganised its AI efforts.",
        ["meta (aside)", "instagram (aside)"],
      ],
      ["Der Mutterkonzern von Instagram baut seine KI-Sparte um.", ["instagram (aside)"]],
      // negative: Instagram acting on its own
      ["Instagram reorganised its AI efforts.", ["instagram"]],
    ]);
  });

  it("reads 'companies that include X' as a list of others", () => {
    expect(roles("Scale AI labels data for companies that include Google and OpenAI.")).toEqual([
      "scale-ai",
      "google (comparison)",
      "openai (comparison)",
    ]);
  });

  it("gives the other party of an acquisition without the seller's former designer", () => {
    const r = run(
      'OpenAI übernimmt das vor einem Jahr gegründete Start-up "io" des ehemaligen Apple-Chefdesigners Jony Ive für 6,5 Milliarden Dollar.',
    );
    const deal = r.events.find((e) => e.type === "acquisition");
    expect(deal?.lab).toBe("openai");
    expect(deal?.counterparty ?? deal?.counterpartyName).not.toBe("apple");
  });
});

describe("a company and its product of one name", () => {
  const kinds = (text: string) => findMentions(text, kbIndex).map((m) => `${m.kind}:${m.slug}`);

  it("reads the bare name as the company, a product name as the product (English)", () => {
    expect(
      kinds("Dow Jones is suing Perplexity. Perplexity did not respond, and Perplexity Pro stays online."),
    ).toEqual(["lab:perplexity-ai", "lab:perplexity-ai", "model:perplexity"]);
  });

  it("reads the bare name as the company, a product name as the product (German)", () => {
    expect(kinds("Die Klage gegen Perplexity AI. Die Perplexity-Suchmaschine antwortet falsch.")).toEqual([
      "lab:perplexity-ai",
      "model:perplexity",
    ]);
  });
});

describe("a deal names a company", () => {
  it("trusts a short everyday alias after 'deal with' / 'Deal mit' and takes it as the other party", () => {
    const de = run(
      "Microsoft investierte rund 650 Millionen US-Dollar in einen Deal mit Inflection, um Mustafa Suleyman anzuheuern.",
    );
    expect(de.labs).toContain("inflection-ai");
    expect(de.events.find((e) => e.lab === "microsoft")?.counterparty).toBe("inflection-ai");
    const en = findMentions("Microsoft struck a $650 million deal with Inflection last spring.", kbIndex);
    expect(en.map((m) => m.lab)).toEqual(["microsoft", "inflection-ai"]);
    // negative: the everyday word alone is no company
    expect(findMentions("The inflection point came with a change in Inflection of tone.", kbIndex)).toEqual(
      [],
    );
  });
});

describe("new labs in quotes", () => {
  it("finds a quoted name after a company noun, in German and English", () => {
    const index = buildEntityIndex(seedLabs, seedModels);
    const unknown = (text: string) =>
      findUnknownLabs(text, findMentions(text, index), index).map((u) => u.name);
    expectEach(unknown, [
      ['OpenAI kauft das Hardware-Start-up "io" des Designers Jony Ive.', ["io"]],
      ["The startup “Nimbus” raised $40 million.", ["Nimbus"]],
      // negative: a quoted verb after "the company" is no name
      ['The company "regrets" the error, a spokesperson said.', []],
    ]);
  });
});

describe("references back to the lab", () => {
  it("keeps a sentence opening with 'the company' about the earlier lab (English)", () => {
    const r = run(
      "Scale AI laid off 14% of its staff on Wednesday. The company relies on annotators for companies that include Google and OpenAI. The company plans to hire new workers in sales.",
    );
    expect(r.events.find((e) => e.type === "hiring")?.lab).toBe("scale-ai");
  });

  it("reads 'das Scale-up' and 'das Jungunternehmen' as the lab before (German)", () => {
    const r = run(
      "Mistral AI steht vor dem Abschluss einer Finanzierungsrunde. Die Gründer sind ein ehemaliger DeepMind-Forscher und zwei Ex-Meta-Forscher. Bisher sammelte das französische Scale-up über eine Milliarde Euro von Investoren ein.",
    );
    const labs = r.events.filter((e) => e.type === "investment").map((e) => e.lab);
    expect(labs).toContain("mistral-ai");
    expect(labs).not.toContain("google");
    expect(labs).not.toContain("meta");
  });

  it("still takes a lab the sentence names itself (negative)", () => {
    const r = run(
      "Scale AI laid off 14% of its staff on Wednesday. Google plans to hire new workers in sales.",
    );
    expect(r.events.find((e) => e.type === "hiring")?.lab).toBe("google");
  });
});

describe("models: product lines and descriptions", () => {
  it("reports the line when a part number is named with it", () => {
    expect(
      run("Die Auslieferung der B200-Chips der Blackwell-Reihe verzögert sich um drei Monate.").events[0]
        ?.model,
    ).toBe("blackwell");
    expect(run("Nvidia's Blackwell B200 chips are delayed by three months.").events[0]?.model).toBe(
      "blackwell",
    );
    // negative: the part number alone stays itself
    expect(
      run("Die Auslieferung der B200-Chips von Nvidia verzögert sich um drei Monate.").events[0]?.model,
    ).toBe("b200");
  });

  it("reads a model the knowledge base describes, only for its own lab", () => {
    expect(run("OpenAI delays the release of its open-weight model again.").events[0]?.model).toBe("gpt-oss");
    expect(
      run("OpenAI verschiebt sein Open-Weight-Modell erneut auf unbestimmte Zeit.").events[0]?.model,
    ).toBe("gpt-oss");
    // negative: another lab's open model is not OpenAI's
    const other = run("Mistral AI delays the release of its open-weight model again.").events[0];
    expect(other?.lab).toBe("mistral-ai");
    expect(other?.model).not.toBe("gpt-oss");
  });

  it("takes the successor of a model named as its predecessor", () => {
    const de =
      "GPT-4 wurde vor zweieinhalb Jahren veröffentlicht, der Nachfolger hätte längst erscheinen sollen, die Veröffentlichung verzögerte sich wegen technischer Probleme. OpenAI will GPT-5 im August zeigen.";
    expect(run(de).events.find((e) => e.type === "delay")?.model).toBe("gpt-5");
    const en =
      "GPT-4 came out two years ago, and its successor has been delayed again by technical problems. OpenAI now plans to show GPT-5 in August.";
    expect(run(en).events.find((e) => e.type === "delay")?.model).toBe("gpt-5");
    // negative: no successor named, the model stays itself
    const plain =
      "The release of GPT-4 has been delayed again by technical problems. OpenAI now plans to show GPT-5 in August.";
    expect(run(plain).events.find((e) => e.type === "delay")?.model).toBe("gpt-4");
  });

  it("takes 'its new model' for the lab's model the article names", () => {
    const text =
      "DeepSeek verschiebt die Veröffentlichung seines neuen Modells. Die Firma nennt Probleme mit Huawei-Chips. Zuvor hatte sie das Training abgebrochen. Sie prüft nun andere Anbieter. Eigentlich sollte DeepSeek R2 im Mai erscheinen, R2 soll R1 übertreffen.";
    expect(run(text).events.find((e) => e.type === "delay")?.model).toBe("deepseek-r2");
    // negative: no model word, no model
    const office =
      "DeepSeek verschiebt die Eröffnung seines Büros in Berlin. Die Firma nennt keine Gründe. Sie prüft andere Städte. Das sagte ein Sprecher. DeepSeek R2 soll im Mai erscheinen, R2 soll R1 übertreffen.";
    expect(run(office).events.find((e) => e.type === "delay")?.model ?? null).toBeNull();
  });
});

describe("the other party of a funding round", () => {
  it("takes the lead named in the next sentence, not an earlier backer (English)", () => {
    const r = run(
      "Mistral AI, a French artificial intelligence start-up backed by NVIDIA, has raised $2 billion in its latest funding round. The investment was led by Dutch chip equipment maker ASML, which invested €1.3 billion in the company.",
    );
    expectEvent(r.events, "investment", { lab: "mistral-ai", counterparty: "asml" });
  });

  it("takes the lead named in the next sentence (German)", () => {
    const r = run(
      "Das KI-Start-up Mistral AI sammelt zwei Milliarden Dollar ein. Die Finanzierungsrunde wird angeführt von dem niederländischen Chipausrüster ASML, der 1,3 Milliarden Euro investiert.",
    );
    expect(r.events.find((e) => e.type === "investment")?.counterparty).toBe("asml");
  });

  it("does not make an earlier backer the round's other party (negative)", () => {
    const r = run("Nvidia-backed Mistral AI raises $2 billion at a $14 billion valuation.");
    expectEvent(r.events, "investment", { lab: "mistral-ai", counterparty: null });
  });
});

describe("the lab people leave", () => {
  /** sentences as the extractor reads them: one paragraph, mentions with their roles */
  function infosOf(sentences: string[]): Info[] {
    let at = 0;
    return sentences.map((text, index): Info => {
      const start = at;
      at += text.length + 1;
      const found = findMentions(text, kbIndex).map((m) => ({
        ...m,
        start: m.start + start,
        end: m.end + start,
      }));
      return {
        s: { text, start, end: start + text.length, paragraph: 0, index },
        roles: mentionRoles(text, start, found, []),
        unknownLabs: [],
        unknownModels: [],
        attributions: [],
        subject: null,
      };
    });
  }
  const goingTo = (lab: string): Subject => ({ lab, labName: null, from: null, certainty: 1, mention: null });

  it("is the lab named before when the destination is named twice (English)", () => {
    const infos = infosOf([
      "Microsoft announced a deal with Inflection AI on Tuesday.",
      "Co-founders Mustafa Suleyman and Karén Simonyan will go to Microsoft, where the former will head up the newly formed Microsoft AI division.",
    ]);
    expect(departureSubject(goingTo("microsoft"), infos, 1)?.lab).toBe("inflection-ai");
  });

  it("is the lab named before when the destination is named twice (German)", () => {
    const infos = infosOf([
      "Microsoft hat sich mit Inflection AI geeinigt.",
      "Die Mitgründer Mustafa Suleyman und Karén Simonyan wechseln zu Microsoft, wo Suleyman die neue KI-Sparte von Microsoft leiten wird.",
    ]);
    expect(departureSubject(goingTo("microsoft"), infos, 1)?.lab).toBe("inflection-ai");
    // negative: a subject that is not the destination stays
    expect(departureSubject(goingTo("inflection-ai"), infos, 1)?.lab).toBe("inflection-ai");
  });

  it("does not read 'to leave OpenAI' as going to OpenAI (negative)", () => {
    const r = run(
      "Mira Murati, OpenAI's chief technology officer, said on Wednesday that she has made the difficult decision to leave OpenAI.",
    );
    expectEvent(r.events, "departure", { lab: "openai", counterparty: null });
  });
});

describe("another maker's chips a lab works with", () => {
  it("are not the product in the news, and their maker is the other party (German)", () => {
    const r = run(
      "DeepSeek verschiebt sein neues Modell. Trotz der Unterstützung durch ein Team von Huawei-Ingenieuren, das ins Büro von DeepSeek entsandt wurde, konnte das Unternehmen keinen erfolgreichen Trainingslauf auf dem Ascend-Chip durchführen.",
    );
    const flaw = r.events.find((e) => e.type === "architecture_problem");
    expect(flaw?.lab).toBe("deepseek");
    expect(flaw?.model).not.toBe("ascend");
    expect(flaw?.counterparty).toBe("huawei");
  });

  it("are not the product in the news (English)", () => {
    expect(
      roles("Huawei engineers were sent to DeepSeek, but the training run on the Ascend chips failed."),
    ).toEqual(["huawei", "deepseek", "ascend (aside)"]);
  });

  it("stay the maker's own news when the maker acts (negative)", () => {
    expect(
      roles("Nvidia has problems with the Blackwell chips, which delays shipments to Microsoft."),
    ).toEqual(["nvidia", "blackwell", "microsoft"]);
  });
});

describe("'the model' after a chip was named", () => {
  const text = (third: string) =>
    `DeepSeek is training R2 on Nvidia hardware. The ban on H20 shipments has hit Nvidia hard. ${third}`;
  const lastSentence = (third: string) =>
    run(text(third))
      .events.filter((e) => e.quote.endsWith(third))
      .map((e) => `${e.type} ${e.lab}/${e.model}`);

  it("is the model maker's news, not the chip maker's", () => {
    expect(
      lastSentence("The founder has reportedly held back the model's release, unhappy with its performance."),
    ).toEqual(["delay deepseek/deepseek-r2"]);
  });

  it("stays the chip maker's for a chip, or when only the chip maker is named (negative)", () => {
    expect(
      lastSentence("The company has reportedly held back the chip's release, unhappy with its performance."),
    ).toEqual(["delay nvidia/h20"]);
    expect(
      run(
        "Nvidia released the new model Nemotron 4 last week. The founder has reportedly held back the model's wider release.",
      ).events.map((e) => e.lab),
    ).toEqual(["nvidia"]);
  });
});

describe("an order of chips", () => {
  it("is not bought by the chips' maker, and its count is no sum", () => {
    const r = run("Chinese tech giants ordered 1.2 million H20 chips earlier this year to meet demand.");
    expect(r.events.filter((e) => e.lab === "nvidia")).toEqual([]);
    const named = run("Alibaba ordered 1.2 million H20 chips from Nvidia.");
    expectEvent(named.events, "investment", { lab: "alibaba", counterparty: "nvidia" });
    expect(named.events.find((e) => e.type === "investment")?.amountUsd ?? null).toBeNull();
  });

  it("with a sum keeps the sum (negative)", () => {
    const r = run("Alibaba ordered 1.2 million H20 chips from Nvidia for $12 billion.");
    expect(r.events.find((e) => e.type === "investment")?.amountUsd).toBe(12e9);
  });
});
