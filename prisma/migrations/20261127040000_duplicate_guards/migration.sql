-- Duplicate guards (issues 9 §4 and 12 §7): the database, not only a check before the insert,
-- refuses a second live copy of an article, so two saves that race cannot both win.

-- 1. One live article per content hash. A generated column that is NULL for deleted articles
--    carries a plain unique index (Prisma can express that; a partial index it cannot).
ALTER TABLE "articles"
  ADD COLUMN "live_content_hash" TEXT GENERATED ALWAYS AS (CASE WHEN "deleted_at" IS NULL THEN "content_hash" END) STORED;
CREATE UNIQUE INDEX "articles_live_content_hash_key" ON "articles"("live_content_hash");

-- 2. One article per normalised URL (scheme, www., trailing slash and tracking parameters folded
--    away). The key is computed by lib/import/normalise-url.ts (articleUrlKey) on every write;
--    existing rows get a close SQL approximation here, once (it lower-cases the whole URL and
--    removes only utm_* / fbclid / gclid); the next save of a row writes the exact key.
ALTER TABLE "articles" ADD COLUMN "url_key" TEXT;
WITH keyed AS (
  SELECT "id",
         regexp_replace(
           regexp_replace(
             regexp_replace(
               regexp_replace(lower(split_part("url", '#', 1)), '^https?://(www\.)?', ''),
               '([?&])(utm_[a-z_]+|fbclid|gclid)=[^&]*', '\1', 'g'),
             '[?&]+$', ''),
           '/+(\?|$)', '\1') AS "key"
    FROM "articles" WHERE "url" IS NOT NULL
), ranked AS (
  -- Should two old rows already fold to one key, the oldest keeps it (the index must build).
  SELECT "id", "key", row_number() OVER (PARTITION BY "key" ORDER BY "id") AS n FROM keyed
)
UPDATE "articles" a SET "url_key" = r."key" FROM ranked r WHERE a."id" = r."id" AND r.n = 1;
CREATE UNIQUE INDEX "articles_url_key_key" ON "articles"("url_key");

-- 3. Near-identical texts (a copy with a line added or a teaser removed): trigram candidates from
--    a GIN index, scored in lib/data/admin-articles.ts.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "articles_body_trgm_idx" ON "articles" USING GIN ("body" gin_trgm_ops);
