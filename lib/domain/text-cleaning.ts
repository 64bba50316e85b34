/**
 * Cleaning of article texts pasted from news sites.
 *
 * Pages arrive as plain text with the site's furniture still in it: ad markers, embed
 * placeholders, donation pleas, marketing blocks, teaser lists of other stories, image captions.
 * We remove whole lines only and never edit a kept line, because quotes we extract later must be
 * exact substrings of the cleaned text (and of the source).
 */

export type CleaningReason =
  | "ad_marker"
  | "cookie_notice"
  | "paywall_plea"
  | "teaser_list"
  | "promo"
  | "image_caption"
  | "related_links"
  | "source_footer"
  | "duplicate_line";

export interface RemovedLine {
  line: string;
  reason: CleaningReason;
}

export interface CleanedArticle {
  text: string;
  /** in input order within each cleaning round (a later round sees only what the earlier kept) */
  removed: RemovedLine[];
  /** a publisher or agency name left alone on the last line, e.g. "Eleconomista" */
  sourceFooter?: string;
}

// ---------------------------------------------------------------------------------------------
// Line features
// ---------------------------------------------------------------------------------------------

// prettier-ignore
const EN_WORDS = new Set([
  "the", "and", "to", "of", "for", "you", "your", "with", "is", "are", "how", "can", "help",
  "let", "let's", "let’s", "ready", "i'm", "i’m", "it", "this", "that", "our", "we", "on", "at",
  "by", "from", "be", "what", "who", "has", "have", "were", "or", "not", "more", "about", "into",
  "its", "their", "they", "just",
]);
// Words spelled the same in both languages ("in", "was", "will", "war", "man", "so") are left out.
// prettier-ignore
const DE_WORDS = new Set([
  "der", "die", "das", "und", "ist", "nicht", "mit", "von", "den", "dem", "des", "ein", "eine",
  "einen", "einem", "einer", "zu", "für", "auf", "sich", "im", "bei", "als", "auch", "es", "sie",
  "wir", "ihr", "über", "noch", "nach", "wird", "werden", "hat", "haben", "wie", "aus", "dass",
  "oder", "aber", "zum", "zur", "vom", "sind", "nun", "diese", "dieser", "sein", "seine",
]);

function words(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}'’]+/gu) ?? [];
}

function languageCounts(s: string): { en: number; de: number } {
  let en = 0;
  let de = 0;
  for (const w of words(s)) {
    if (EN_WORDS.has(w)) en++;
    if (DE_WORDS.has(w)) de++;
  }
  return { en, de };
}

/** Ends like a sentence, allowing closing quotes and brackets after the mark. */
function endsSentence(s: string): boolean {
  return /[.!?…]["'“”„»«’)\]]*$/.test(s.trim());
}

function hasPunctuationEnd(s: string): boolean {
  return /[.!?:;,…]["'“”„»«’]*$/.test(s.trim());
}

// ---------------------------------------------------------------------------------------------
// Patterns. Each is written for the furniture of a kind of site, not for one article.
// ---------------------------------------------------------------------------------------------

const AD_MARKER =
  /^[\s\-–—|•*_[\]()]*(?:anzeige|werbung|reklame|advertisement|advertisment|advert|ad|ads|sponsored|sponsored content|sponsored post|gesponsert|promoted|paid content|paid post|partner content|partnerinhalt)[\s\-–—|•*_[\]():]*$/i;

function isCookieNotice(s: string): boolean {
  if (s.length > 250) return false;
  // An article may discuss cookies; a notice is short or points at the page's own controls.
  if (
    /cookie/i.test(s) &&
    /\b(?:aktivieren|akzeptieren|zustimmen|zulassen|einwilligen|enable|accept|allow|consent)\b/i.test(s) &&
    (s.length <= 80 ||
      /\b(?:hier|klicken|click|here|links unten|unten links|einstellungen|settings|banner)\b/i.test(s))
  ) {
    return true;
  }
  if (/^(?:externer inhalt|external content|eingebetteter inhalt|embedded content)\b/i.test(s)) return true;
  if (
    /\b(?:um|to) (?:diesen|den|this|the) (?:inhalt|content|beitrag|post|tweet|video)\b.{0,30}\b(?:zu sehen|anzuzeigen|zu laden|view|see|display|load)\b/i.test(
      s,
    )
  ) {
    return true;
  }
  const embed =
    /\b(?:twitter|x|instagram|youtube|tiktok|facebook|bluesky|threads|linkedin|mastodon|spotify|podcast)[ -](?:beitrag|post|video|inhalt|embed|tweet|reel)\b/i;
  if (embed.test(s)) {
    if (/\b(?:aktivieren|laden|anzeigen|ansehen|zulassen|load|view|show|enable)\b/i.test(s)) return true;
    if (!endsSentence(s) && words(s).length <= 6) return true;
  }
  return false;
}

const CALL_TO_ACTION = [
  /^let['’]s talk\b/i,
  /^(?:book|request|schedule) a (?:free )?(?:demo|call|consultation)\b/i,
  /^(?:sign up|subscribe|register)\b.{0,60}$/i,
  /^jetzt (?:kostenlos )?(?:abonnieren|anmelden|registrieren|testen|downloaden|herunterladen)\b/i,
];

function isCallToAction(s: string): boolean {
  if (s.length > 120) return false;
  if (CALL_TO_ACTION.some((re) => re.test(s))) return true;
  return /\bnewsletter\b/i.test(s) && /(abonnier|anmeld|bestell|registrier|sign up|subscribe)/i.test(s);
}

/** Marketing copy in English; only acted on inside a German article, where it cannot be body text. */
const MARKETING =
  /\b(?:lead generation|generate leads|let['’]s talk|learn how|your business|i['’]m your|get started|free trial|book a demo|sign up|contact us|grow your|boost your|take control|our (?:team|experts|platform|services))\b/i;

const RELATED_INLINE =
  /^(?:lesen sie auch|lies auch|auch interessant|mehr dazu|mehr zum thema|siehe auch|read more|read also|also read|see also|related|weiterlesen|more on this)\s*[:»›>|–-]\s*\S.{0,150}$/i;

const RELATED_HEADINGS = [
  "(?:das|dies) (?:könnte|dürfte) (?:sie|dich|euch) (?:auch|ebenfalls) interessieren",
  "mehr zum thema",
  "mehr zu diesem thema",
  "mehr dazu",
  "weitere (?:artikel|beiträge|meldungen)",
  "ähnliche (?:artikel|beiträge)",
  "verwandte artikel",
  "lesen sie auch",
  "lies auch",
  "auch interessant",
  "empfehlungen(?: der redaktion)?",
  "passend (?:dazu|zum thema)",
  "top[- ]artikel",
  "meistgelesen(?:e artikel)?",
  "beliebte artikel",
  "related(?: (?:articles|stories|posts|content|coverage|reading))?",
  "read (?:more|next|also)",
  "more (?:on this|stories|news|like this)",
  "more from [\\p{L} ]{1,40}",
  "you (?:may|might) also (?:like|be interested(?: in)?)",
  "recommended(?: for you| stories| articles)?",
  "also read",
  "further reading",
  "top stories",
  "trending",
];
const RELATED_HEADING = new RegExp(`^(?:${RELATED_HEADINGS.join("|")})[\\s:.…]*$`, "iu");

const PLEA_HEADING = [
  /\b(?:ohne|no|without) paywall\b/i,
  /^(?:unterstütze|unterstützen sie|support) (?:uns|unsere arbeit|unabhängigen journalismus|us|our work|independent journalism)\b/i,
  /^(?:jetzt )?(?:spenden|donate)\b/i,
  /^become a (?:member|supporter|patron)\b/i,
  /^(?:werde|werden sie) (?:mitglied|unterstützer|förderer|abonnent)\b/i,
  /\b(?:freiwillig bezahlen|pay what you want)\b/i,
];

const PLEA_SENTENCE = [
  /\b(?:inhalte|artikel|texte|news|beiträge)\b.{0,30}\b(?:sind und bleiben|bleiben|bleibt|sind) (?:kostenlos|gratis|frei zugänglich)/i,
  /\b(?:our|all our) (?:content|articles|journalism|reporting) (?:is|are|will)\b.{0,20}\bfree\b/i,
  /\bfreuen (?:wir )?uns über (?:eine |jede |deine |ihre )?(?:kleine |freiwillige )?(?:unterstützung|spende)/i,
  /\bjeder (?:beitrag|euro|cent) (?:zählt|hilft)\b/i,
  /\bevery (?:contribution|dollar|donation)\b.{0,20}\b(?:counts|helps|matters)\b/i,
  /\b(?:please )?consider (?:supporting|donating|subscribing|a donation)\b/i,
];

function isPleaHeading(s: string): boolean {
  return s.length <= 80 && !/[.]$/.test(s) && PLEA_HEADING.some((re) => re.test(s));
}

function isPleaSentence(s: string): boolean {
  return s.length <= 400 && PLEA_SENTENCE.some((re) => re.test(s));
}

const CREDIT_LABEL =
  /(?:^|[\s(])(?:foto|fotos|photo|photos|bild|bilder|bildquelle|image|images|quelle|credit|credits|copyright)\s*[:|/]|©|\(c\)/i;
const CREDIT_SOURCE =
  /\b(?:getty images|imago(?: images)?|picture[- ]alliance|shutterstock|istock(?:photo)?|adobe ?stock|unsplash|pexels|dpa|reuters|afp|ap photo|keystone|epa|midjourney|dall[-·]?e(?: ?\d)?|nano banana|stable diffusion|firefly|ki-generiert|ai[- ]generated|generiert mit|generated (?:with|by))\b/i;

/** "Foto: dpa", "Andreas Becker Nano Banana": short, no sentence, names a picture source. */
function isCreditLine(s: string): boolean {
  if (s.length > 100 || hasPunctuationEnd(s)) return false;
  if (CREDIT_LABEL.test(s)) return true;
  const { en, de } = languageCounts(s);
  return s.length <= 60 && en + de === 0 && CREDIT_SOURCE.test(s);
}

/** Two to six capitalised words and nothing else: the shape of a photographer's name. */
function isNameLike(s: string): boolean {
  const tokens = s.trim().split(/\s+/);
  return (
    s.length <= 60 &&
    tokens.length >= 2 &&
    tokens.length <= 6 &&
    tokens.every((t) => /^[\p{Lu}][\p{L}'’.-]*$/u.test(t) || /^[/|,&]$/.test(t))
  );
}

function isTeaserHeadline(s: string): boolean {
  return s.length >= 10 && s.length <= 140 && /(?:…|\.\.\.)$/.test(s);
}

function isTeaserBlurb(s: string): boolean {
  return s.length <= 600 && !isTeaserHeadline(s);
}

const FOOTER_LABEL =
  /^(?:quelle|source|via|mit material von|with (?:reporting|material) (?:from|by))\s*:?\s+\S.{0,80}$/i;

function isFooterCandidate(s: string): boolean {
  if (FOOTER_LABEL.test(s)) return true;
  if (s.length > 60 || /[.!?:;,…]$/.test(s)) return false;
  const tokens = s.split(/\s+/);
  const { en, de } = languageCounts(s);
  return tokens.length <= 5 && en + de === 0 && /^[\p{Lu}(©—–-]/u.test(s);
}

// ---------------------------------------------------------------------------------------------
// One pass over the lines
// ---------------------------------------------------------------------------------------------

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
    const all = languageCounts(lines.join("\n"));
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
    for (const occurrences of seen.values()) {
      if (occurrences.length < 2) continue;
      const [first, second] = occurrences as [number, number];
      const consecutive = order.indexOf(second) === order.indexOf(first) + 1;
      if (consecutive) {
        // A title printed twice in a row (page title, then heading): keep one.
        occurrences.slice(1).forEach((i) => mark(i, "duplicate_line"));
      } else if (order[0] === first) {
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

// ---------------------------------------------------------------------------------------------
// Comparison and hashing
// ---------------------------------------------------------------------------------------------

/**
 * Folds away differences that do not make two texts different articles: case, Unicode
 * compatibility forms, punctuation, quotes, dashes and whitespace.
 */
export function normaliseForComparison(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * FNV-1a, 64 bit, over UTF-8 bytes, as 16 hex digits. Computed in four 16-bit limbs so it runs
 * the same in Node and the browser without BigInt cost per byte.
 */
export function fnv1a64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  // offset basis 0xcbf29ce484222325, lowest limb first
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (const byte of bytes) {
    h0 ^= byte;
    // multiply by the prime 0x100000001b3 = 2^40 + 0x1b3, modulo 2^64
    const t0 = h0 * 0x1b3;
    let t1 = h1 * 0x1b3;
    let t2 = h2 * 0x1b3 + h0 * 0x100;
    let t3 = h3 * 0x1b3 + h1 * 0x100;
    t1 += t0 >>> 16;
    t2 += t1 >>> 16;
    t3 += t2 >>> 16;
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  }
  return [h3, h2, h1, h0].map((h) => h.toString(16).padStart(4, "0")).join("");
}

/**
 * A fingerprint for spotting the same article pasted twice or syndicated with different
 * punctuation. It is for duplicate detection only, not security: FNV is trivially forgeable.
 */
export function contentHash(text: string): string {
  return fnv1a64(normaliseForComparison(text));
}
