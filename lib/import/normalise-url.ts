/**
 * The form of an article URL used to tell known articles apart: no fragment, no tracking
 * parameters, lower-case host. Two links to the same story with different utm_* tags are one.
 */
const TRACKING = /^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|cmpid|wt_mc)$/i;

export function normaliseArticleUrl(raw: string): string {
  const url = new URL(raw);
  url.hash = "";
  url.hostname = url.hostname.toLowerCase();
  for (const key of [...url.searchParams.keys()]) {
    if (TRACKING.test(key)) url.searchParams.delete(key);
  }
  return url.toString();
}

/** Host without "www.", to match an article to a publisher's domain. */
export function hostOf(raw: string): string | null {
  try {
    return new URL(raw).hostname.toLowerCase().replace(/^www\./, "");
  } catch {
    return null;
  }
}
