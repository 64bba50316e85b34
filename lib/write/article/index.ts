/**
 * Writing an article: writeArticle runs the save as named steps in one transaction —
 * resolve references → upsert the article → sync citations → create events → sync release dates →
 * finish (first-report dates, cache tags, audit). setArticleDeleted soft-deletes or restores.
 */
export type { ArticleWriteOutcome } from "./step";
export { writeArticle } from "./write-article";
export { setArticleDeleted } from "./delete-article";
