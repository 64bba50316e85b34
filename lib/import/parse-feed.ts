import { XMLParser, XMLValidator } from "fast-xml-parser";

/**
 * Reads RSS 2.0, RSS 1.0 (RDF) and Atom documents into one plain shape. Pure: the feed watcher
 * and the import CLI both call it, and it is unit-tested on fixture strings.
 */

export interface FeedItem {
  title: string;
  link: string | null;
  guid: string | null;
  /** ISO day of publication when the feed gives a readable date */
  published: string | null;
  author: string | null;
  /** plain text of the description/summary and content, tags stripped */
  text: string;
}

export interface ParsedFeed {
  kind: "rss" | "atom" | "rdf";
  title: string;
  language: string | null;
  items: FeedItem[];
}

export class FeedParseError extends Error {}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  textNodeName: "#text",
  // Feed bodies carry HTML as text; entity expansion beyond the XML five is not needed and is a
  // billion-laughs risk.
  processEntities: true,
  htmlEntities: false,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => ["item", "entry", "link", "category"].includes(name),
});

type Node = Record<string, unknown>;

function asNode(v: unknown): Node | null {
  return v && typeof v === "object" && !Array.isArray(v) ? (v as Node) : null;
}

/** Text of a node that may be a string, a number, or an object with #text (Atom type="html"). */
function text(v: unknown): string {
  if (v === undefined || v === null) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (Array.isArray(v)) return text(v[0]);
  const node = asNode(v);
  return node ? text(node["#text"]) : "";
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ndash: "–", mdash: "—",
  hellip: "…", laquo: "«", raquo: "»", bdquo: "„", ldquo: "“", rdquo: "”", lsquo: "‘", rsquo: "’",
  auml: "ä", ouml: "ö", uuml: "ü", Auml: "Ä", Ouml: "Ö", Uuml: "Ü", szlig: "ß", eacute: "é",
};

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code.startsWith("#x") || code.startsWith("#X")) return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith("#")) return String.fromCodePoint(parseInt(code.slice(1), 10));
    return NAMED_ENTITIES[code] ?? whole;
  });
}

/** HTML fragment → plain text with paragraph breaks kept as newlines. */
export function htmlToText(html: string): string {
  const withBreaks = html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, "")
    .replace(/<\s*(br|\/p|\/div|\/li|\/h[1-6])\s*\/?>/gi, "\n")
    .replace(/<[^>]+>/g, "");
  return decodeEntities(withBreaks)
    .split("\n")
    .map((l) => l.replace(/[ \t\u00a0]+/g, " ").trim())
    .filter((l) => l.length > 0)
    .join("\n");
}

/** RFC 822 (RSS) or RFC 3339 (Atom) date → ISO day, or null. */
export function feedDateToIsoDay(value: string): string | null {
  if (!value) return null;
  const d = new Date(value.trim());
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
}

function atomLink(links: unknown): string | null {
  const list = Array.isArray(links) ? links : links ? [links] : [];
  let fallback: string | null = null;
  for (const l of list) {
    const node = asNode(l);
    const href = node ? text(node["@href"]) : text(l);
    if (!href) continue;
    const rel = node ? text(node["@rel"]) : "";
    if (rel === "" || rel === "alternate") return href;
    fallback ??= href;
  }
  return fallback;
}

function joinText(...parts: string[]): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const p of parts.map((x) => htmlToText(x)).filter(Boolean)) {
    if (!seen.has(p)) out.push(p);
    seen.add(p);
  }
  return out.join("\n");
}

function rssItem(item: Node): FeedItem {
  const links = item.link;
  const link = Array.isArray(links) ? text(links[0]) : text(links);
  return {
    title: htmlToText(text(item.title)),
    link: link || null,
    guid: text(item.guid) || null,
    published: feedDateToIsoDay(text(item.pubDate) || text(item["dc:date"])),
    author: text(item["dc:creator"]) || text(item.author) || null,
    text: joinText(text(item.description), text(item["content:encoded"])),
  };
}

function atomEntry(entry: Node): FeedItem {
  const author = asNode(entry.author);
  return {
    title: htmlToText(text(entry.title)),
    link: atomLink(entry.link),
    guid: text(entry.id) || null,
    published: feedDateToIsoDay(text(entry.published) || text(entry.updated)),
    author: author ? text(author.name) || null : null,
    text: joinText(text(entry.summary), text(entry.content)),
  };
}

/** Parses a feed document; throws FeedParseError for XML that is not well-formed or not a feed. */
export function parseFeed(xml: string): ParsedFeed {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new FeedParseError(`not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`);
  }
  const doc = asNode(parser.parse(xml)) ?? {};
  const rss = asNode(doc.rss);
  if (rss) {
    const channel = asNode(rss.channel) ?? {};
    const items = Array.isArray(channel.item) ? channel.item : [];
    return {
      kind: "rss",
      title: text(channel.title),
      language: text(channel.language) || null,
      items: items.map((i) => rssItem(asNode(i) ?? {})),
    };
  }
  const feed = asNode(doc.feed);
  if (feed) {
    const entries = Array.isArray(feed.entry) ? feed.entry : [];
    return {
      kind: "atom",
      title: htmlToText(text(feed.title)),
      language: text(feed["@xml:lang"]) || null,
      items: entries.map((e) => atomEntry(asNode(e) ?? {})),
    };
  }
  const rdf = asNode(doc["rdf:RDF"]);
  if (rdf) {
    const items = Array.isArray(rdf.item) ? rdf.item : [];
    const channel = asNode(rdf.channel) ?? {};
    return {
      kind: "rdf",
      title: text(channel.title),
      language: text(channel["dc:language"]) || null,
      items: items.map((i) => rssItem(asNode(i) ?? {})),
    };
  }
  throw new FeedParseError("neither an RSS nor an Atom document");
}
