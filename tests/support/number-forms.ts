/** The number as the article writes it: 14.3e9 → "14.3 billion", "$14.3bn" / "14,3 Milliarden". */
export function numberForms(value: number, lang: "de" | "en"): string[] {
  const abs = Math.abs(value);
  const scales: [number, string[], string[]][] = [
    [1e12, ["trillion", "tn", "T"], ["Billionen", "Billion", "Bio."]],
    [1e9, ["billion", "bn", "B", "bln"], ["Milliarden", "Milliarde", "Mrd."]],
    [1e6, ["million", "m", "M", "mln"], ["Millionen", "Million", "Mio."]],
  ];
  const decimal = (n: number) => (lang === "de" ? String(n).replace(".", ",") : String(n));
  const grouped = abs.toLocaleString(lang === "de" ? "de-DE" : "en-US", { maximumFractionDigits: 3 });
  const forms = [grouped, decimal(abs)];
  for (const [size, en, de] of scales) {
    if (abs >= size && Number.isInteger(Math.round((abs / size) * 1000))) {
      const n = decimal(abs / size);
      for (const w of lang === "de" ? de : en) forms.push(`${n} ${w}`, `${n}${w}`, `${n}-${w}`);
      break;
    }
  }
  return forms;
}
