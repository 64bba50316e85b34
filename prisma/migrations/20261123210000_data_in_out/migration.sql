-- Import runs, watched feeds and the review queue (issue 6), in the form `prisma migrate dev` would produce.

-- CreateEnum
CREATE TYPE "ImportRunStatus" AS ENUM ('running', 'completed', 'failed');

-- CreateEnum
CREATE TYPE "FeedPollStatus" AS ENUM ('never', 'ok', 'error');

-- CreateTable
CREATE TABLE "import_runs" (
    "id" SERIAL NOT NULL,
    "source" TEXT NOT NULL,
    "file_hash" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "status" "ImportRunStatus" NOT NULL DEFAULT 'running',
    "committed_line" INTEGER NOT NULL DEFAULT 0,
    "imported" INTEGER NOT NULL DEFAULT 0,
    "skipped_known" INTEGER NOT NULL DEFAULT 0,
    "skipped_duplicate" INTEGER NOT NULL DEFAULT 0,
    "bad_rows" INTEGER NOT NULL DEFAULT 0,
    "errors" JSONB,
    "started_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMP(3),

    CONSTRAINT "import_runs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "feed_sources" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "language" TEXT,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "last_polled_at" TIMESTAMP(3),
    "last_success_at" TIMESTAMP(3),
    "last_status" "FeedPollStatus" NOT NULL DEFAULT 'never',
    "last_error" TEXT,
    "last_attempts" INTEGER NOT NULL DEFAULT 0,
    "consecutive_failures" INTEGER NOT NULL DEFAULT 0,
    "items_seen" INTEGER NOT NULL DEFAULT 0,
    "items_queued" INTEGER NOT NULL DEFAULT 0,
    "etag" TEXT,
    "last_modified" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "feed_sources_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "review_items" (
    "id" SERIAL NOT NULL,
    "article_id" INTEGER NOT NULL,
    "import_run_id" INTEGER,
    "feed_source_id" INTEGER,
    "source_line" INTEGER,
    "suggestions" JSONB NOT NULL,
    "labs" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "models" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "review_items_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "import_runs_file_hash_idx" ON "import_runs"("file_hash");

-- CreateIndex
CREATE UNIQUE INDEX "feed_sources_slug_key" ON "feed_sources"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "feed_sources_url_key" ON "feed_sources"("url");

-- CreateIndex
CREATE UNIQUE INDEX "review_items_article_id_key" ON "review_items"("article_id");

-- CreateIndex
CREATE INDEX "review_items_import_run_id_idx" ON "review_items"("import_run_id");

-- CreateIndex
CREATE INDEX "review_items_feed_source_id_idx" ON "review_items"("feed_source_id");

-- AddForeignKey
ALTER TABLE "review_items" ADD CONSTRAINT "review_items_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_items" ADD CONSTRAINT "review_items_import_run_id_fkey" FOREIGN KEY ("import_run_id") REFERENCES "import_runs"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_items" ADD CONSTRAINT "review_items_feed_source_id_fkey" FOREIGN KEY ("feed_source_id") REFERENCES "feed_sources"("id") ON DELETE SET NULL ON UPDATE CASCADE;
