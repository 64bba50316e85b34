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

/** What every input of a form repeats for one field: its path, value, setter and the errors. */
export interface FieldProps {
  path: string;
  value: string;
  onChange: (value: string) => void;
  errors: Errors;
}

/** Gives the FieldProps of one field by its key (typed by the keys the caller needs). */
export type FieldBinder<K extends string> = (key: K) => FieldProps;

/**
 * Binds the fields of `row` — at `prefix` ("newEvents.0"), or "" for the form itself — so an
 * input is `<TextInput {...field("title")} label=… />`; `set` applies a change to the state.
 */
export function fieldBinder<R extends object>(
  prefix: string,
  row: R,
  set: (patch: Partial<R>) => void,
  errors: Errors,
): FieldBinder<keyof R & string> {
  return (key) => ({
    path: prefix ? `${prefix}.${key}` : key,
    value: String(row[key]),
    onChange: (value: string) => set({ [key]: value } as Partial<R>),
    errors,
  });
}

/** What the article form hands each of its row components (a citation, a new event, a plan). */
export interface RowProps<R> {
  index: number;
  row: R;
  onChange: (row: R) => void;
  onRemove: () => void;
  errors: Errors;
  options: EntityOptions;
  lang: string;
}

/** The fields of row `props.index` of the list `list` ("newEvents"): a change replaces that row. */
export function rowBinder<R extends object>(list: string, { index, row, onChange, errors }: RowProps<R>) {
  return fieldBinder(`${list}.${index}`, row, (patch) => onChange({ ...row, ...patch }), errors);
}
