/** What cleaning reports: the kept text and each removed line with its reason. */

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
