// npm run extract -- FILE [--lang de|en] [--date YYYY-MM-DD] — proposes events from a plain-text
// article and prints them as JSON. Labs and models come from prisma/seed-data/entities.ts (no
// database needed); names not known there are printed as written. `matchesEvent` names the seed
// event a proposal re-reports.
import { readFileSync } from "node:fs";
import { isIsoDay } from "@/lib/domain/fuzzy-date";
import { extractFromText } from "@/lib/domain/extract";
import { seedContext, seedEventKey, seedExistingEvents } from "@/tests/support/extract/seed-context";

const USAGE = "usage: npm run extract -- FILE [--lang de|en] [--date YYYY-MM-DD]";

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const args = process.argv.slice(2);
let file: string | undefined;
let lang: "de" | "en" | undefined;
let date: string | undefined;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === "--lang") {
    const v = args[++i];
    if (v !== "de" && v !== "en") fail(`--lang takes de or en, not ${v ?? "nothing"}`);
    lang = v;
  } else if (a === "--date") {
    const v = args[++i];
    if (!isIsoDay(v)) fail(`--date takes a day as YYYY-MM-DD, not ${v ?? "nothing"}`);
    date = v;
  } else if (a === "--help" || a === "-h") {
    console.log(USAGE);
    process.exit(0);
  } else if (a?.startsWith("--")) {
    fail(`unknown option ${a}`);
  } else if (file === undefined) {
    file = a;
  } else {
    fail(`one file only; got ${file} and ${a}`);
  }
}
if (!file) fail("no file given");

let text: string;
try {
  text = readFileSync(file, "utf8");
} catch (e) {
  fail(`cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
}
if (!date)
  console.error('note: no --date given; relative dates ("Ende April", "am Donnerstag") are left out');

const result = extractFromText(
  text,
  seedContext({
    ...(lang ? { lang } : {}),
    ...(date ? { articleDate: date } : {}),
    existingEvents: seedExistingEvents,
  }),
);

const output = {
  language: result.language,
  labs: [...result.labs, ...result.unknownLabs],
  models: [...result.models, ...result.unknownModels],
  events: result.events.map((e) => ({
    type: e.type,
    lab: e.lab ?? e.labName,
    model: e.model ?? e.modelName,
    amountUsd: e.amountUsd,
    percent: e.percent,
    headcount: e.headcount,
    occurred: e.occurred
      ? { from: e.occurred.from, to: e.occurred.to, precision: e.occurred.precision, text: e.occurred.text }
      : null,
    reportedBy: e.reportedBy,
    quote: e.quote,
    // beyond the shape, for scripts that want them
    amountQualifier: e.amountQualifier,
    headcountQualifier: e.headcountQualifier,
    openEnd: e.occurred?.openEnd ?? false,
    occurredInferred: e.occurredInferred ?? false,
    counterparty: e.counterparty ?? e.counterpartyName ?? null,
    plannedDates: (e.plannedDates ?? []).map((d) => ({
      from: d.from,
      to: d.to,
      precision: d.precision,
      text: d.text,
      openEnd: d.openEnd,
    })),
    confidence: e.confidence,
    matchesEvent: seedEventKey(e.matchesEventId),
  })),
};
console.log(JSON.stringify(output, null, 2));
