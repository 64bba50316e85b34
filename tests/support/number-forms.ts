const SCALES: [number, string[], string[]][] = [
  [1e12, ["trillion", "tn", "T"], ["Billionen", "Billion", "Bio."]],
  [1e9, ["billion", "bn", "B", "bln"], ["Milliarden", "Milliarde", "Mrd."]],
  [1e6, ["million", "m", "M", "mln"], ["Millionen", "Million", "Mio.", "Mill."]],
];

/** Coefficients news writes as words before a scale: "two billion", "zwei Milliarden". */
const COEFFICIENT_WORDS: Record<number, [string[], string[]]> = {
  1: [["one", "a"], ["eine", "ein"]],
  2: [["two"], ["zwei"]],
  3: [["three"], ["drei"]],
  4: [["four"], ["vier"]],
  5: [["five"], ["fünf"]],
  6: [["six"], ["sechs"]],
  7: [["seven"], ["sieben"]],
  8: [["eight"], ["acht"]],
  9: [["nine"], ["neun"]],
  10: [["ten"], ["zehn"]],
  12: [["twelve"], ["zwölf"]],
};

const decimal = (n: number, lang: "de" | "en") => (lang === "de" ? String(n).replace(".", ",") : String(n));

/** The scale a number is written with (14.3e9 → 1e9 and its words), if it has one. */
function scaleOf(abs: number, lang: "de" | "en"): { size: number; words: string[] } | null {
  for (const [size, en, de] of SCALES) {
    if (abs >= size && Number.isInteger(Math.round((abs / size) * 1000))) return { size, words: lang === "de" ? de : en };
  }
  return null;
}

/** The number as the article writes it: 14.3e9 → "14.3 billion", "$14.3bn" / "14,3 Milliarden", "zwei Milliarden". */
export function numberForms(value: number, lang: "de" | "en"): string[] {
  const abs = Math.abs(value);
  const grouped = abs.toLocaleString(lang === "de" ? "de-DE" : "en-US", { maximumFractionDigits: 3 });
  const forms = [grouped, decimal(abs, lang)];
  const scale = scaleOf(abs, lang);
  if (scale) {
    const coefficient = abs / scale.size;
    const n = decimal(coefficient, lang);
    for (const w of scale.words) forms.push(`${n} ${w}`, `${n}${w}`, `${n}-${w}`);
    const words = COEFFICIENT_WORDS[coefficient]?.[lang === "de" ? 1 : 0] ?? [];
    for (const c of words) for (const w of scale.words) if (w.length > 2) forms.push(`${c} ${w}`);
  }
  return forms;
}

/** A range written once with its scale at the end: "70 und 72 Milliarden", "200 bis 300 Millionen", "$60-72 billion". */
export function rangeForms(low: number, high: number, lang: "de" | "en"): string[] {
  const scale = scaleOf(Math.abs(high), lang);
  if (!scale || !Number.isInteger(Math.round((Math.abs(low) / scale.size) * 1000))) return [];
  const lo = decimal(Math.abs(low) / scale.size, lang);
  const hi = decimal(Math.abs(high) / scale.size, lang);
  const separators = [" bis ", " und ", " to ", " and ", "-", "–", " - ", " – "];
  return separators.flatMap((s) => scale.words.flatMap((w) => [`${lo}${s}${hi} ${w}`, `${lo}${s}${hi}${w}`]));
}

/** A dollar sign just before a figure, or a dollar word just after it ("$2bn", "2 Milliarden US-Dollar"). */
const DOLLAR_BEFORE = /(?:\$|US\$|USD ?)\s?$/;
const DOLLAR_AFTER = /^[^.;:!?]{0,12}?(?:Dollar|USD|\$)/i;

/**
 * Whether `text` writes the amount in dollars (a range's lower bound may stand only in the range
 * phrase). The same figure in euros ("zwei Milliarden Euro") is not the labelled dollar amount.
 */
export function writesAmount(text: string, low: number, high: number | undefined, lang: "de" | "en"): boolean {
  const forms = [...numberForms(low, lang), ...(high === undefined ? [] : rangeForms(low, high, lang))];
  return forms.some((f) => {
    for (let at = text.indexOf(f); at >= 0; at = text.indexOf(f, at + 1)) {
      const after = text.slice(at + f.length, at + f.length + 24);
      if (DOLLAR_BEFORE.test(text.slice(Math.max(0, at - 4), at)) || DOLLAR_AFTER.test(after)) return true;
    }
    return false;
  });
}
