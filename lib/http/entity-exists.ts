import { idSchema, SLUG } from "@/lib/validation/params";

/**
 * Reader detail pages (/en/labs/meta, /de/articles/12, …) stream their shell before the page
 * body runs, so a notFound() there arrives inside a 200. The proxy asks first, through the
 * public API (the one read path, with its published-and-not-deleted rules), and rewrites an
 * unknown record to the not-found page, which Next serves with a real 404. Known records are
 * remembered for a minute, so a page view costs no extra request in the steady state and the
 * pages themselves stay cacheable.
 */
const ROUTES = {
  labs: { api: "/api/v1/labs/", valid: (s: string) => SLUG.test(s) && s.length <= 64 },
  models: { api: "/api/v1/models/", valid: (s: string) => SLUG.test(s) && s.length <= 64 },
  articles: {
    api: "/api/v1/articles/",
    valid: (s: string) => /^\d+$/.test(s) && idSchema.safeParse(s).success,
  },
  events: { api: "/api/v1/events/", valid: (s: string) => /^\d+$/.test(s) && idSchema.safeParse(s).success },
} as const;

const KNOWN_FOR_MS = 60_000;
const MAX_REMEMBERED = 10_000;
const state = globalThis as unknown as { slipwatchKnown?: Map<string, number> };

/** `/en/labs/meta` → { kind: "labs", key: "meta" }; null for every other path. */
export function detailPath(pathname: string): { kind: keyof typeof ROUTES; key: string } | null {
  const m = /^\/(?:en|de)\/(labs|models|articles|events)\/([^/]+)\/?$/.exec(pathname);
  if (!m) return null;
  let key: string;
  try {
    key = decodeURIComponent(m[2]!);
  } catch {
    key = "\u0000"; // undecodable: certainly no record
  }
  return { kind: m[1] as keyof typeof ROUTES, key };
}

/** false only when the record certainly does not exist; errors and timeouts say true (the page decides). */
export async function recordExists(kind: keyof typeof ROUTES, key: string, origin: string): Promise<boolean> {
  const route = ROUTES[kind];
  if (!route.valid(key)) return false;
  const cacheKey = `${kind}/${key}`;
  const known = (state.slipwatchKnown ??= new Map<string, number>());
  const until = known.get(cacheKey);
  if (until !== undefined && until > Date.now()) return true;
  try {
    const res = await fetch(`${origin}${route.api}${encodeURIComponent(key)}`, {
      headers: { accept: "application/json" },
      signal: AbortSignal.timeout(5_000),
    });
    await res.body?.cancel();
    if (res.status === 404) {
      known.delete(cacheKey);
      return false;
    }
    if (res.ok) {
      if (known.size >= MAX_REMEMBERED) known.clear();
      known.set(cacheKey, Date.now() + KNOWN_FOR_MS);
    }
    return true;
  } catch {
    return true;
  }
}
