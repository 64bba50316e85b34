import type { ArticleFormInput } from "@/lib/validation/article-form";

/** The article fields an editor compares when someone else saved in between. */
export const COMPARED_FIELDS = [
  "url",
  "title",
  "publisher",
  "publishedDate",
  "publishedPrecision",
  "language",
  "originalReporter",
  "author",
  "body",
  "summaryEn",
  "status",
] as const satisfies readonly (keyof ArticleFormInput)[];

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

/** The plain fields among `fields` whose values differ between two versions of a form. */
export function fieldChanges<F extends object>(
  opened: F,
  saved: F,
  fields: readonly (keyof F & string)[],
): FieldChange[] {
  return fields.flatMap((f) => {
    const before = String(opened[f] ?? "");
    const after = String(saved[f] ?? "");
    return before === after ? [] : [{ field: f, before, after }];
  });
}

/** What changed between the version the editor opened and the one saved now. */
export function articleChanges(opened: ArticleFormInput, saved: ArticleFormInput): FieldChange[] {
  const out = fieldChanges(opened, saved, COMPARED_FIELDS);
  const cites = (a: ArticleFormInput) =>
    a.citations.map((c) => `#${String(c.eventId)} ${String(c.role)}: ${c.quote}`).join("\n");
  if (cites(opened) !== cites(saved))
    out.push({ field: "citations", before: cites(opened), after: cites(saved) });
  const plans = (a: ArticleFormInput) =>
    a.commitments.map((c) => `${String(c.model)}: ${c.plannedText}`).join("\n");
  if (plans(opened) !== plans(saved))
    out.push({ field: "commitments", before: plans(opened), after: plans(saved) });
  return out;
}
