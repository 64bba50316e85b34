/**
 * Article URLs: the one home of how two links are recognised as the same story.
 *
 * - `normaliseArticleUrl` is the form stored for imported articles: no fragment, no tracking
 *   parameters, lower-case host (still a working link).
 * - `articleUrlKey` is the identity behind the unique index `articles.url_key`: on top of that it
 *   drops the scheme, `www.`, default ports and a trailing slash and sorts the parameters, so
 *   http://www.x.com/a/?utm_source=rss and https://x.com/a are one article. It is a key, not a link.
 */
const TRACKING =
  /^(utm_\w+|fbclid|gclid|gbraid|wbraid|dclid|msclkid|yclid|igshid|mc_cid|mc_eid|_ga|_gl|ref|ref_src|cmpid|wt_mc|ocid|ncid|smid|taid|sharetype)$/i;

export function normaliseArticleUrl(raw: string): string {
  const url = new URL(raw);
  url.hash = "";
  url.hostname = url.hostname.toLowerCase();
  for (const key of [...url.searchParams.keys()]) {
    if (TRACKING.test(key)) url.searchParams.delete(key);
  }
  return url.toString();
}

/** The identity of an article URL (see above); null for anything that is not an http(s) URL. Never throws. */
export function articleUrlKey(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  const host = url.hostname
    .toLowerCase()
    .replace(/^www\./, "")
    .replace(/\.$/, "");
  if (!host) return null;
  const params = [...url.searchParams.entries()]
    .filter(([k]) => !TRACKING.test(k))
    .sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : av > bv ? 1 : 0) : a < b ? -1 : 1));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : "";
  const path = url.pathname.replace(/\/+$/, "");
  return `${host}${path}${query}`;
}

/** Host without "www.", to match an article to a publisher's domain. */
export function hostOf(raw: string): string | null {
  try {
    return new URL(raw).hostname.toLowerCase().replace(/^www\./, "");
  } catch {
    return null;
  }
}
