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

function labName(subject: Subject): string | null {
  const mentioned = subject.mention?.kind === "lab" ? subject.mention.text : null;
  const name = subject.labName ?? mentioned ?? subject.lab;
  if (!name) return null;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function nameOf(u: ProductName, subject: Subject): string | null {
  if (!u.ofSubject) return u.name;
  // "its home hub" is the subject lab's; with no lab it names nothing one could file
  const lab = labName(subject);
  return lab ? `${lab} ${u.name}` : null;
}

export function unknownModelFor(
  subject: Subject,
  info: Info,
  infos: Info[],
  i: number,
  namesModel: boolean,
): string | null {
  const here = info.unknownModels[0] as ProductName | undefined;
  if (here) return nameOf(here, subject);
  const before = infos[i - 1];
  if (namesModel || !before || before.s.paragraph !== info.s.paragraph) return null;
  const last = before.unknownModels.at(-1) as ProductName | undefined;
  return last ? nameOf(last, subject) : null;
}
