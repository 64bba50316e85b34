/**
 * Patterns for site furniture. Each is written for the furniture of a kind of site, not for one
 * article.
 */
import { endsSentence, hasPunctuationEnd, languageCounts, words } from "./line-features";

export const AD_MARKER =
  /^[\s\-–—|•*_[\]()]*(?:anzeige|werbung|reklame|advertisement|advertisment|advert|ad|ads|sponsored|sponsored content|sponsored post|gesponsert|promoted|paid content|paid post|partner content|partnerinhalt)[\s\-–—|•*_[\]():]*$/i;

export function isCookieNotice(s: string): boolean {
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

export const CALL_TO_ACTION = [
  /^let['’]s talk\b/i,
  /^(?:book|request|schedule) a (?:free )?(?:demo|call|consultation)\b/i,
  /^(?:sign up|subscribe|register)\b.{0,60}$/i,
  /^jetzt (?:kostenlos )?(?:abonnieren|anmelden|registrieren|testen|downloaden|herunterladen)\b/i,
];

export function isCallToAction(s: string): boolean {
  if (s.length > 120) return false;
  if (CALL_TO_ACTION.some((re) => re.test(s))) return true;
  return /\bnewsletter\b/i.test(s) && /(abonnier|anmeld|bestell|registrier|sign up|subscribe)/i.test(s);
}

/** Marketing copy in English; only acted on inside a German article, where it cannot be body text. */
export const MARKETING =
  /\b(?:lead generation|generate leads|let['’]s talk|learn how|your business|i['’]m your|get started|free trial|book a demo|sign up|contact us|grow your|boost your|take control|our (?:team|experts|platform|services))\b/i;

export const RELATED_INLINE =
  /^(?:lesen sie auch|lies auch|auch interessant|mehr dazu|mehr zum thema|siehe auch|read more|read also|also read|see also|related|weiterlesen|more on this)\s*[:»›>|–-]\s*\S.{0,150}$/i;

export const RELATED_HEADINGS = [
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
export const RELATED_HEADING = new RegExp(`^(?:${RELATED_HEADINGS.join("|")})[\\s:.…]*$`, "iu");

export const PLEA_HEADING = [
  /\b(?:ohne|no|without) paywall\b/i,
  /^(?:unterstütze|unterstützen sie|support) (?:uns|unsere arbeit|unabhängigen journalismus|us|our work|independent journalism)\b/i,
  /^(?:jetzt )?(?:spenden|donate)\b/i,
  /^become a (?:member|supporter|patron)\b/i,
  /^(?:werde|werden sie) (?:mitglied|unterstützer|förderer|abonnent)\b/i,
  /\b(?:freiwillig bezahlen|pay what you want)\b/i,
];

export const PLEA_SENTENCE = [
  /\b(?:inhalte|artikel|texte|news|beiträge)\b.{0,30}\b(?:sind und bleiben|bleiben|bleibt|sind) (?:kostenlos|gratis|frei zugänglich)/i,
  /\b(?:our|all our) (?:content|articles|journalism|reporting) (?:is|are|will)\b.{0,20}\bfree\b/i,
  /\bfreuen (?:wir )?uns über (?:eine |jede |deine |ihre )?(?:kleine |freiwillige )?(?:unterstützung|spende)/i,
  /\bjeder (?:beitrag|euro|cent) (?:zählt|hilft)\b/i,
  /\bevery (?:contribution|dollar|donation)\b.{0,20}\b(?:counts|helps|matters)\b/i,
  /\b(?:please )?consider (?:supporting|donating|subscribing|a donation)\b/i,
];

export function isPleaHeading(s: string): boolean {
  return s.length <= 80 && !/[.]$/.test(s) && PLEA_HEADING.some((re) => re.test(s));
}

export function isPleaSentence(s: string): boolean {
  return s.length <= 400 && PLEA_SENTENCE.some((re) => re.test(s));
}

export const CREDIT_LABEL =
  /(?:^|[\s(])(?:foto|fotos|photo|photos|bild|bilder|bildquelle|image|images|quelle|credit|credits|copyright)\s*[:|/]|©|\(c\)/i;
export const CREDIT_SOURCE =
  /\b(?:getty images|imago(?: images)?|picture[- ]alliance|shutterstock|istock(?:photo)?|adobe ?stock|unsplash|pexels|dpa|reuters|afp|ap photo|keystone|epa|midjourney|dall[-·]?e(?: ?\d)?|nano banana|stable diffusion|firefly|ki-generiert|ai[- ]generated|generiert mit|generated (?:with|by))\b/i;

/** "Foto: dpa", "Andreas Becker Nano Banana": short, no sentence, names a picture source. */
export function isCreditLine(s: string): boolean {
  if (s.length > 100 || hasPunctuationEnd(s)) return false;
  if (CREDIT_LABEL.test(s)) return true;
  const { en, de } = languageCounts(s);
  if (s.length > 60 || en + de !== 0 || !CREDIT_SOURCE.test(s)) return false;
  // a credit is the source and a name at most: "Andreas Becker / Midjourney"; a headline that
  // names the source as news ("Wegen KI-Bildern: Disney & NBCUniversal verklagen Midjourney") is not
  const rest = s
    .replace(CREDIT_SOURCE, " ")
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w));
  return rest.length <= 4;
}

/** Two to six capitalised words and nothing else: the shape of a photographer's name. */
export function isNameLike(s: string): boolean {
  const tokens = s.trim().split(/\s+/);
  return (
    s.length <= 60 &&
    tokens.length >= 2 &&
    tokens.length <= 6 &&
    tokens.every((t) => /^[\p{Lu}][\p{L}'’.-]*$/u.test(t) || /^[/|,&]$/.test(t))
  );
}

export function isTeaserHeadline(s: string): boolean {
  return s.length >= 10 && s.length <= 140 && /(?:…|\.\.\.)$/.test(s);
}

export function isTeaserBlurb(s: string): boolean {
  return s.length <= 600 && !isTeaserHeadline(s);
}

export const FOOTER_LABEL =
  /^(?:quelle|source|via|mit material von|with (?:reporting|material) (?:from|by))\s*:?\s+\S.{0,80}$/i;

export function isFooterCandidate(s: string): boolean {
  if (FOOTER_LABEL.test(s)) return true;
  if (s.length > 60 || /[.!?:;,…]$/.test(s)) return false;
  const tokens = s.split(/\s+/);
  const { en, de } = languageCounts(s);
  return tokens.length <= 5 && en + de === 0 && /^[\p{Lu}(©—–-]/u.test(s);
}
