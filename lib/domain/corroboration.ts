/**
 * Corroboration: how many independent reporters stand behind an event, which article leads, and
 * which citations are re-reports. Three German articles that each relay the Wall Street Journal
 * are one source, not three: an article relaying an outlet counts for that outlet; an article with
 * its own reporting (own sources, insiders, an official statement it obtained) counts for its own
 * publisher. Pure: the data layer passes plain citation facts in and shows what comes out.
 */

export type SupportRole = "first_report" | "re_report" | "follow_up" | "company_response" | "context";

export interface CitationFacts {
  articleId: number;
  /** earliest and latest possible publication day (ISO); null when unknown */
  publishedFrom: string | null;
  publishedTo: string | null;
  publisher: string | null;
  /** the outlet the article as a whole relays (articles.original_reporter), if any */
  originalReporter: string | null;
  attribution: string;
  attributedTo: string | null;
  /** the role an editor recorded */
  role: SupportRole;
}

export interface SourceSummary {
  /** the reporter's name as shown ("The Wall Street Journal"); an unnamed outlet's article title is not used */
  name: string;
  articleIds: number[];
}

export interface Corroboration {
  independentSources: number;
  sources: SourceSummary[];
  /** earliest article with its own reporting; else the earliest supporting article */
  leadArticleId: number | null;
  /** true when the lead reported itself rather than relaying someone */
  leadIsOriginal: boolean;
  /** distinct articles citing the event */
  articleCount: number;
  /** derived role per input citation, same order */
  roles: SupportRole[];
}

/** Citations that speak for or against the claim itself; context and company responses do not. */
const SUPPORTING = new Set<SupportRole>(["first_report", "re_report", "follow_up"]);

/** "The Wall Street Journal", "Wall Street Journal", "wall street journal" → one key. */
export function sourceKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[„“"'’]/g, "")
    .replace(/^the\s+/, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Whom a citation counts for, and whether the article reported it itself. */
export function sourceOf(c: CitationFacts): { key: string; name: string; original: boolean } {
  if (c.attribution === "relays_outlet") {
    const name = c.originalReporter ?? c.attributedTo;
    if (name) return { key: sourceKey(name), name, original: false };
  }
  if (c.publisher) return { key: sourceKey(c.publisher), name: c.publisher, original: true };
  // No publisher on record: the article stands for itself (an unnamed outlet is still one source).
  return { key: `article:${c.articleId}`, name: "", original: true };
}

/**
 * Earliest first, by the rule of docs/decisions/007: a fuzzy publication date counts from its last
 * day (an article dated "May–June 2025" was certainly out only on 30 June, so one dated 15 May is
 * earlier). Ties: the narrower date (a later first day) is the better-known one, then the lower id.
 * An undated article comes last.
 */
export function compareArticles(a: CitationFacts, b: CitationFacts): number {
  const UNKNOWN = "9999-12-31";
  const at = a.publishedTo ?? a.publishedFrom ?? UNKNOWN;
  const bt = b.publishedTo ?? b.publishedFrom ?? UNKNOWN;
  if (at !== bt) return at < bt ? -1 : 1;
  const af = a.publishedFrom ?? at;
  const bf = b.publishedFrom ?? bt;
  if (af !== bf) return af > bf ? -1 : 1;
  return a.articleId - b.articleId;
}

export function corroborate(citations: readonly CitationFacts[]): Corroboration {
  const supporting = citations.filter((c) => SUPPORTING.has(c.role));
  const sources = new Map<string, SourceSummary>();
  for (const c of supporting) {
    const s = sourceOf(c);
    const entry = sources.get(s.key) ?? { name: s.name, articleIds: [] };
    if (!entry.articleIds.includes(c.articleId)) entry.articleIds.push(c.articleId);
    sources.set(s.key, entry);
  }
  const ordered = [...supporting].sort(compareArticles);
  const originals = ordered.filter((c) => sourceOf(c).original);
  const lead = originals[0] ?? ordered[0] ?? null;
  const leadIsOriginal = lead !== null && sourceOf(lead).original;
  // The lead's source reported first; another original source later is independent corroboration
  // (a follow-up); every relay is a re-report of the outlet it relays.
  const roles = citations.map((c): SupportRole => {
    if (!SUPPORTING.has(c.role)) return c.role;
    const s = sourceOf(c);
    if (!s.original) return "re_report";
    if (leadIsOriginal && lead && c.articleId === lead.articleId) return "first_report";
    return "follow_up";
  });
  return {
    independentSources: sources.size,
    sources: [...sources.values()],
    leadArticleId: lead?.articleId ?? null,
    leadIsOriginal,
    articleCount: new Set(citations.map((c) => c.articleId)).size,
    roles,
  };
}
