/**
 * Which product the knowledge base does not know an event is about (product-names.ts finds them):
 * the one its sentence names, or — when the sentence names no model at all — the one the sentence
 * before in the same paragraph names ("Apple is building a smart home hub. Its launch has slipped
 * to 2026."). modelFor (subjects.ts) asks only for event types that carry a model.
 */
import type { Mention } from "./entities";
import type { ProductName } from "./product-names";
import type { Info, Subject } from "./subjects";

/** "Gemini 3.5 Flash" where the knowledge base knows only "Gemini": the new version's name. */
export function newVersionOf(own: Mention, info: Info): string | null {
  const names = info.unknownModels as ProductName[];
  return names.find((u) => u.extends && u.start === own.start)?.name ?? null;
}

/** the lab as the text writes it ("OpenAI", not the slug "openai") */
function labName(subject: Subject, near: Info[]): string | null {
  const mentioned = near
    .flatMap((x) => x.roles.map((r) => r.mention))
    .find((m) => m.kind === "lab" && m.lab === subject.lab)?.text;
  const name = subject.labName ?? mentioned ?? subject.lab;
  if (!name) return null;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** the lab's known models the article names anywhere: what a description of its product means */
function namesKnownModel(lab: string | null, infos: Info[]): boolean {
  return (
    lab !== null &&
    infos.some((x) => x.roles.some((r) => r.mention.kind === "model" && r.mention.lab === lab))
  );
}

function nameOf(u: ProductName, subject: Subject, near: Info[]): string | null {
  if (!u.ofSubject) return u.name;
  // "its home hub" is the subject lab's; with no lab it names nothing one could file
  const lab = labName(subject, near);
  return lab ? `${lab} ${u.name}` : null;
}

/** "unter dem Namen Superintelligence Labs": a name an organisation word follows is a unit's, not a product's */
const ORG_AFTER = /^[ -]?(?:Labs?|AI|Inc|Group|Team|Division|Unit|Abteilung|Einheit|Gruppe)(?![\p{L}])/u;

function isProduct(u: ProductName, info: Info): boolean {
  return !ORG_AFTER.test(info.s.text.slice(u.end - info.s.start, u.end - info.s.start + 12));
}

export function unknownModelFor(
  subject: Subject,
  info: Info,
  infos: Info[],
  i: number,
  namesModel: boolean,
): string | null {
  // "Nvidias KI-Chip" in the headline of an article about Blackwell: the description is that model
  const usable = (u: ProductName, x: Info) =>
    isProduct(u, x) && !(u.described && namesKnownModel(subject.lab, infos));
  const here = (info.unknownModels as ProductName[]).find((u) => usable(u, info));
  const before = infos[i - 1];
  const near = before ? [info, before] : [info];
  if (here) return nameOf(here, subject, near);
  if (namesModel || !before || before.s.paragraph !== info.s.paragraph) return null;
  const last = (before.unknownModels as ProductName[]).findLast((u) => usable(u, before));
  return last ? nameOf(last, subject, near) : null;
}
