-- Issue 10: numbers analysts can trust.

-- The day from which an event counts as known for "as known on": the earliest day by which a
-- published, undeleted citing article had certainly appeared — the LAST possible day of a fuzzy
-- publication date (docs/decisions/005-as-of-without-hindsight.md). first_reported_at keeps the
-- earliest possible day for display; NULL here means no public source, so the event is not public.
ALTER TABLE "events" ADD COLUMN "known_from" DATE;
CREATE INDEX "events_known_from_idx" ON "events"("known_from");
UPDATE "events" e SET "known_from" = (
  SELECT min(coalesce(a."published_to", a."published_from")) FROM "citations" c
  JOIN "articles" a ON a."id" = c."article_id"
  WHERE c."event_id" = e."id" AND a."status" = 'published' AND a."deleted_at" IS NULL
);

-- Optional German title and summary, shown on /de (English is the marked fallback).
ALTER TABLE "events" ADD COLUMN "title_de" TEXT;
ALTER TABLE "events" ADD COLUMN "summary_de" TEXT;

-- A duplicate merged into another event keeps its row (soft-deleted) so its old id can answer a
-- permanent redirect to the event it was merged into.
ALTER TABLE "events" ADD COLUMN "merged_into_id" INTEGER;
ALTER TABLE "events" ADD CONSTRAINT "events_merged_into_id_fkey" FOREIGN KEY ("merged_into_id") REFERENCES "events"("id") ON DELETE SET NULL ON UPDATE CASCADE;
