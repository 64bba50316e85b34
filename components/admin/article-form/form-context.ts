import type { LabOption, ModelOption } from "@/lib/data/admin-entities";

/** Options the events panel offers (plain data from the server page). */
export interface EntityOptions {
  labs: LabOption[];
  models: ModelOption[];
}

/** "newEvents.0.quote" → "f-newEvents-0-quote": the id of the control that shows that field. */
export function fieldId(path: string): string {
  return `f-${path.replaceAll(".", "-")}`;
}

export type Errors = Record<string, string[]>;

let counter = 0;
/** Keys for rows added in the browser, so errors and React keys stay on their row. */
export function newKey(prefix: string): string {
  counter += 1;
  return `${prefix}${Date.now().toString(36)}${counter}`;
}
