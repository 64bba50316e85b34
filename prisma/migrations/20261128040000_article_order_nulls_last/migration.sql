-- Article lists sort newest first with undated articles last (ORDER BY published_from DESC NULLS
-- LAST, id DESC: findArticles, search, exports). The index from the init migration is
-- (published_from DESC, id DESC), which PostgreSQL orders NULLS FIRST, so it matched none of
-- them and every list sorted all published articles (a lab page: 1–4 s at the 100k tier).
-- Same name and columns, now in the lists' order: a LIMIT walks the index and stops after a
-- page (EXPLAIN plans in docs/performance.md). Prisma's schema cannot spell NULLS LAST; the
-- @@index in schema.prisma stays as it was (the drift test compares columns and directions).
-- Not partial on "published, not deleted": Prisma casts the enum through cstring, which the
-- planner cannot prove matches an index predicate, so a partial index would never be used.
DROP INDEX "articles_published_from_id_idx";
CREATE INDEX "articles_published_from_id_idx" ON "articles"("published_from" DESC NULLS LAST, "id" DESC);
