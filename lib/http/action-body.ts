/**
 * A server action call is a POST with a `Next-Action` header whose body React decodes into the
 * arguments. A body that is not what React's client sends (not JSON, not an argument list, or
 * references to parts the body does not have) makes the framework throw before our action runs:
 * a 500. The proxy refuses such bodies with a 400 instead.
 *
 * Plain-text bodies are JSON argument lists. React escapes a string that starts with "$" as
 * "$$…"; the other "$" forms it sends inline are the values below. Anything else starting with
 * "$" refers to another part of a multipart body, which a plain-text body does not have.
 *
 * Multipart bodies (a form, or arguments that hold a FormData or a file) carry the argument list
 * in the part named "0", sent last; the parts it refers to come before it ("$1", "$@1", "$Q1",
 * "$W1" for outlined values, promises, maps and sets; "$B1" for a file; "$K1" for a FormData,
 * whose entries are the parts named "1_…" and which always resolves). React's client writes a
 * part before any part that refers to it, and React's server refuses a reference forward ("Invalid
 * forward reference", a 500) or to a part that never comes ("Connection closed", a 500): so a
 * reference must name an earlier part. A form posted without JavaScript names its action in a
 * `$ACTION_ID_…` field (Next checks that one itself) or, for a bound action, in `$ACTION_REF_p`
 * with the metadata `{"id", "bound"}` in the part "$ACTION_p:0" (checked here the same way).
 */
const INLINE = /^\$(?:\$|undefined$|NaN$|Infinity$|-Infinity$|-0$|D\d{4}-\d{2}-\d{2}T[\d:.]+Z$|n-?\d+$)/;
/** A FormData argument ("$K" + id) and a temporary reference ("$T…", a value the server never reads). */
const ALWAYS_RESOLVES = /^\$(?:K[0-9a-f]+|T[0-9a-f]*)$/;
/** A reference to another part: outlined value, promise, map, set or blob. */
const REFERENCE = /^\$(@|Q|W|B)?([0-9a-f]{1,8})$/;
const MAX_DEPTH = 64;
const MAX_PARTS_CHECKED = 1_000;

function wellFormedValue(value: unknown, depth: number, inline: (s: string) => boolean): boolean {
  if (depth > MAX_DEPTH) return false;
  if (typeof value === "string") return !value.startsWith("$") || inline(value);
  if (Array.isArray(value)) return value.every((v) => wellFormedValue(v, depth + 1, inline));
  if (value !== null && typeof value === "object") {
    return Object.entries(value).every(
      ([k, v]) => !k.startsWith("$") && wellFormedValue(v, depth + 1, inline),
    );
  }
  return true;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

export function isWellFormedActionBody(body: string): boolean {
  const parsed = parseJson(body);
  return parsed.ok && Array.isArray(parsed.value) && wellFormedValue(parsed.value, 0, (s) => INLINE.test(s));
}

export type FormEntry = [name: string, value: string | Blob];

/**
 * The parts of one reply (those whose names start with `prefix`), checked from a root: every
 * reference names an earlier part of the right kind, and every part referred to is itself well
 * formed. `root` says what the root part must hold (an argument list, or bound-action metadata).
 */
function wellFormedReply(entries: FormEntry[], prefix: string, root: (value: unknown) => boolean): boolean {
  const index = new Map<string, number>();
  entries.forEach(([name], i) => {
    // React reads the first part of a name; a later duplicate is ignored.
    if (name.startsWith(prefix) && !index.has(name)) index.set(name, i);
  });
  const checked = new Map<string, boolean>();
  let budget = MAX_PARTS_CHECKED;

  const part = (id: string, before: number, tag: string, depth: number): boolean => {
    const name = prefix + id;
    const at = index.get(name);
    if (at === undefined || at >= before) return false;
    const key = `${tag}${id}`;
    const known = checked.get(key);
    if (known !== undefined) return known;
    if (--budget < 0 || depth > MAX_DEPTH) return false;
    const raw = entries[at]![1];
    let ok: boolean;
    if (tag === "B") ok = typeof raw !== "string";
    else if (typeof raw !== "string") ok = false;
    else {
      const parsed = parseJson(raw);
      ok =
        parsed.ok &&
        (tag !== "Q" ||
          (Array.isArray(parsed.value) && parsed.value.every((e) => Array.isArray(e) && e.length === 2))) &&
        (tag !== "W" || Array.isArray(parsed.value)) &&
        wellFormedValue(parsed.value, depth + 1, (s) => inline(s, at, depth + 1));
    }
    checked.set(key, ok);
    return ok;
  };

  const inline = (s: string, at: number, depth: number): boolean => {
    if (INLINE.test(s) || ALWAYS_RESOLVES.test(s)) return true;
    const ref = REFERENCE.exec(s);
    return ref !== null && part(ref[2]!, at, ref[1] ?? "", depth);
  };

  const rootAt = index.get(`${prefix}0`);
  if (rootAt === undefined) return false;
  const raw = entries[rootAt]![1];
  if (typeof raw !== "string") return false;
  const parsed = parseJson(raw);
  return parsed.ok && root(parsed.value) && wellFormedValue(parsed.value, 0, (s) => inline(s, rootAt, 0));
}

/** A multipart call with a `Next-Action` header: the part "0" is the argument list. */
export function isWellFormedActionForm(entries: FormEntry[]): boolean {
  return wellFormedReply(entries, "", (value) => Array.isArray(value));
}

/**
 * A multipart POST without a `Next-Action` header (a form without JavaScript): every bound-action
 * reference in it must be decodable. Forms with only `$ACTION_ID_…`, or no action at all, are
 * Next's to answer (it does, with a 200 or a 400).
 */
export function isWellFormedFormPost(entries: FormEntry[]): boolean {
  for (const [name] of entries) {
    if (!name.startsWith("$ACTION_REF_")) continue;
    const prefix = `$ACTION_${name.slice("$ACTION_REF_".length)}:`;
    const ok = wellFormedReply(entries, prefix, (value) => {
      if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
      const { id, bound } = value as Record<string, unknown>;
      return (
        typeof id === "string" && (bound === null || (typeof bound === "string" && bound.startsWith("$@")))
      );
    });
    if (!ok) return false;
    // The bound arguments (the promise's part) must be a list.
    const root = entries.find(([n]) => n === `${prefix}0`)![1] as string;
    const bound = (JSON.parse(root) as { bound: string | null }).bound;
    if (bound !== null) {
      const value = entries.find(([n]) => n === `${prefix}${bound.slice(2)}`)?.[1];
      if (typeof value !== "string" || !Array.isArray(JSON.parse(value))) return false;
    }
  }
  return true;
}

/** The action ids a form posted without JavaScript names (by `$ACTION_ID_…` or bound metadata). */
export function formPostActionIds(entries: FormEntry[]): string[] {
  const ids: string[] = [];
  for (const [name] of entries) {
    if (name.startsWith("$ACTION_ID_")) ids.push(name.slice("$ACTION_ID_".length));
    if (name.startsWith("$ACTION_REF_")) {
      const meta = entries.find(([n]) => n === `$ACTION_${name.slice("$ACTION_REF_".length)}:0`)?.[1];
      if (typeof meta === "string") {
        try {
          const { id } = JSON.parse(meta) as { id?: unknown };
          if (typeof id === "string") ids.push(id);
        } catch {
          // refused by isWellFormedFormPost already
        }
      }
    }
  }
  return ids;
}
