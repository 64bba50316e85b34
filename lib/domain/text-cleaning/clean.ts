/** One pass over the lines, repeated until nothing more goes; whole lines only. */
import {
  AD_MARKER,
  FOOTER_LABEL,
  isCallToAction,
  isCookieNotice,
  isCreditLine,
  isFooterCandidate,
  isNameLike,
  isPleaHeading,
  isPleaSentence,
  isTeaserBlurb,
  isTeaserHeadline,
  MARKETING,
  RELATED_HEADING,
  RELATED_INLINE,
} from "./furniture";
import { endsSentence, hasPunctuationEnd, languageCounts, words } from "./line-features";
import type { CleanedArticle, CleaningReason, RemovedLine } from "./types";

interface PassResult {
  lines: string[];
  removed: { index: number; line: string; reason: CleaningReason }[];
  footer?: string;
}

function cleaningPass(lines: string[]): PassResult {
  const reason: (CleaningReason | undefined)[] = lines.map(() => undefined);
  const trimmed = lines.map((l) => l.trim());
  const mark = (i: number, r: CleaningReason) => {
    if (reason[i] === undefined && trimmed[i] !== "") reason[i] = r;
  };
  /** indices of non-blank lines no rule has claimed yet */
  const live = () => trimmed.flatMap((t, i) => (t !== "" && reason[i] === undefined ? [i] : []));
  const text = (i: number) => trimmed[i] ?? "";
  const blankBetween = (a: number, b: number) => {
    for (let k = Math.min(a, b) + 1; k < Math.max(a, b); k++) if (text(k) === "") return true;
    return false;
  };

  // Single-line furniture
  for (const i of live()) {
    const s = text(i);
    if (AD_MARKER.test(s)) mark(i, "ad_marker");
    else if (isCookieNotice(s)) mark(i, "cookie_notice");
    else if (isCallToAction(s)) mark(i, "promo");
    else if (RELATED_INLINE.test(s)) mark(i, "related_links");
    else if (isPleaSentence(s)) mark(i, "paywall_plea");
  }

  // A plea heading near the end takes the short block after it; the site's box ends the page.
  {
    const idx = live();
    const h = idx.findIndex((i) => isPleaHeading(text(i)));
    if (h >= 0) {
      const rest = idx.slice(h);
      const restChars = rest.reduce((n, i) => n + text(i).length, 0);
      if (rest.length <= 6 && restChars <= 1200) rest.forEach((i) => mark(i, "paywall_plea"));
      else mark(idx[h]!, "paywall_plea");
    }
  }

  // "Das könnte Sie auch interessieren:" and the link list after it
  {
    const idx = live();
    const h = idx.findIndex((i) => text(i).length <= 80 && RELATED_HEADING.test(text(i)));
    if (h >= 0) {
      const rest = idx.slice(h + 1);
      if (rest.length <= 30 && rest.every((i) => text(i).length <= 300)) {
        idx.slice(h).forEach((i) => mark(i, "related_links"));
      } else {
        mark(idx[h]!, "related_links");
        for (const i of rest) {
          const s = text(i);
          if (s.length > 150 || (/[.!?:]$/.test(s) && !isTeaserHeadline(s))) break;
          mark(i, "related_links");
        }
      }
    }
  }

  // Teaser lists: truncated headlines ("…"), each optionally followed by a one-paragraph blurb.
  {
    const idx = live();
    let k = 0;
    while (k < idx.length) {
      if (!isTeaserHeadline(text(idx[k]!))) {
        k++;
        continue;
      }
      const start = k;
      let heads = 0;
      while (k < idx.length && isTeaserHeadline(text(idx[k]!))) {
        heads++;
        k++;
        if (k < idx.length && isTeaserBlurb(text(idx[k]!))) k++;
      }
      const reachesEnd = k >= idx.length;
      // At the end of a page two teasers are enough; inside the body we want a clear list.
      if (heads >= 3 || (heads >= 2 && reachesEnd)) {
        idx.slice(start, k).forEach((i) => mark(i, "teaser_list"));
      }
    }
  }

  // English marketing copy inside a German article
  {
    // the text's counts are its lines' (no word crosses a line), each line counted once
    const all = { en: 0, de: 0 };
    for (const line of lines) {
      const c = languageCounts(line);
      all.en += c.en;
      all.de += c.de;
    }
    if (all.de > 2 * all.en + 5) {
      const idx = live();
      const english = (i: number) => {
        const s = text(i);
        const c = languageCounts(s);
        return s.length <= 160 && c.de === 0 && c.en >= 1;
      };
      const seeds = idx.filter((i) => {
        const s = text(i);
        return s.length <= 160 && languageCounts(s).de === 0 && MARKETING.test(s);
      });
      const promo = new Set(seeds);
      // Grow the block through neighbouring English lines, so "and Search Engines" goes with
      // "AI-powered Lead Generation in Social Media".
      const queue = [...seeds];
      while (queue.length > 0) {
        const i = queue.pop()!;
        const pos = idx.indexOf(i);
        for (const n of [idx[pos - 1], idx[pos + 1]]) {
          if (n === undefined || promo.has(n) || !english(n)) continue;
          promo.add(n);
          queue.push(n);
        }
      }
      for (const i of promo) mark(i, "promo");
    }
  }

  // A publisher name alone on the last line. Checked before credits: "Reuters" at the very end
  // names the article's source, not a photo's.
  let footer: string | undefined;
  {
    const idx = live();
    const last = idx.at(-1);
    const before = idx.at(-2);
    if (last !== undefined && before !== undefined && idx.length >= 3) {
      const s = text(last);
      if (isFooterCandidate(s) && (FOOTER_LABEL.test(s) || endsSentence(text(before)))) {
        mark(last, "source_footer");
        footer = s;
      }
    }
  }

  // Image captions: the alt text before the headline, the caption under the picture, the credit.
  {
    const idx = live();
    for (const i of idx) if (isCreditLine(text(i))) mark(i, "image_caption");

    const seen = new Map<string, number[]>();
    for (const i of live()) {
      const s = text(i);
      if (s.length > 200 || words(s).length > 30) continue;
      seen.set(s, [...(seen.get(s) ?? []), i]);
    }
    const order = live();
    const captions: number[] = [];
    // A first line the lede paragraph follows is the headline, repeated later as a subheading
    // ("Bloomberg: Siri-Upgrade verschiebt sich möglicherweise erneut"); alt text is followed by
    // the headline, a short line.
    const opensArticle = (first: number): boolean => {
      const next = order[order.indexOf(first) + 1];
      return next !== undefined && text(next).length >= 100 && hasPunctuationEnd(text(next));
    };
    for (const occurrences of seen.values()) {
      if (occurrences.length < 2) continue;
      const [first, second] = occurrences as [number, number];
      const consecutive = order.indexOf(second) === order.indexOf(first) + 1;
      if (consecutive) {
        // A title printed twice in a row (page title, then heading): keep one.
        occurrences.slice(1).forEach((i) => mark(i, "duplicate_line"));
      } else if (order[0] === first && !opensArticle(first)) {
        // alt text before the headline, repeated as the caption under the picture
        occurrences.forEach((i) => mark(i, "image_caption"));
        captions.push(...occurrences);
      } else {
        occurrences.slice(1).forEach((i) => mark(i, "image_caption"));
        captions.push(...occurrences.slice(1));
      }
    }
    const now = live();
    for (const c of captions) {
      for (const n of [now.filter((i) => i < c).at(-1), now.find((i) => i > c)]) {
        if (n !== undefined && !blankBetween(n, c) && isNameLike(text(n)) && !hasPunctuationEnd(text(n))) {
          mark(n, "image_caption");
        }
      }
    }
  }

  const kept: string[] = [];
  const removed: PassResult["removed"] = [];
  lines.forEach((line, i) => {
    const r = reason[i];
    if (r === undefined) kept.push(line);
    else removed.push({ index: i, line: line.trim(), reason: r });
  });
  return { lines: collapseBlankLines(kept), removed, footer };
}

function collapseBlankLines(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const blank = line.trim() === "";
    if (blank && (out.length === 0 || out.at(-1) === "")) continue;
    out.push(blank ? "" : line);
  }
  while (out.at(-1) === "") out.pop();
  return out;
}

/**
 * Removes site furniture from a pasted article. Rules run until nothing more is removed, so the
 * result is a fixed point: cleaning a cleaned text changes nothing.
 */
export function cleanArticleText(raw: string): CleanedArticle {
  let lines = collapseBlankLines(raw.replace(/\r\n?/g, "\n").split("\n"));
  const removed: RemovedLine[] = [];
  let sourceFooter: string | undefined;
  for (let round = 0; round < 10; round++) {
    const pass = cleaningPass(lines);
    if (pass.removed.length === 0) break;
    // Later rounds only see what earlier ones kept, so appending keeps the input order per round.
    removed.push(...pass.removed.map(({ line, reason }) => ({ line, reason })));
    sourceFooter ??= pass.footer;
    lines = pass.lines;
  }
  const result: CleanedArticle = { text: lines.join("\n"), removed };
  if (sourceFooter !== undefined) result.sourceFooter = sourceFooter;
  return result;
}
