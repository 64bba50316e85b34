-- Slipwatch initial schema, written by hand in the form `prisma migrate dev` would produce.

-- CreateEnum
CREATE TYPE "EventType" AS ENUM ('delay', 'benchmark_underperformance', 'architecture_problem', 'departure', 'layoff', 'investment', 'acquisition', 'hiring', 'stock_move', 'controversy', 'other');

-- CreateEnum
CREATE TYPE "ClaimStatus" AS ENUM ('rumoured', 'reported', 'confirmed', 'denied', 'retracted');

-- CreateEnum
CREATE TYPE "CitationRole" AS ENUM ('first_report', 're_report', 'follow_up', 'company_response', 'context');

-- CreateEnum
CREATE TYPE "Attribution" AS ENUM ('own_reporting', 'relays_outlet', 'anonymous_sources', 'official_statement', 'named_source');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('day', 'week', 'month_part', 'month', 'season', 'quarter', 'half', 'year', 'range');

-- CreateEnum
CREATE TYPE "ModelStatus" AS ENUM ('announced', 'in_development', 'delayed', 'released', 'shelved');

-- CreateEnum
CREATE TYPE "ArticleStatus" AS ENUM ('draft', 'published');

-- CreateEnum
CREATE TYPE "UserRole" AS ENUM ('editor', 'admin');

-- CreateEnum
CREATE TYPE "AmountQualifier" AS ENUM ('exact', 'about', 'up_to', 'more_than', 'at_least', 'almost');

-- CreateEnum
CREATE TYPE "AmountKind" AS ENUM ('capex', 'investment', 'deal_value', 'compensation', 'market_cap', 'other');

-- CreateTable
CREATE TABLE "labs" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "website" TEXT,
    "country" TEXT,
    "description" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "labs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "models" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "lab_id" INTEGER NOT NULL,
    "family" TEXT,
    "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "status" "ModelStatus" NOT NULL,
    "description" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "models_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model_status_changes" (
    "id" SERIAL NOT NULL,
    "model_id" INTEGER NOT NULL,
    "status" "ModelStatus" NOT NULL,
    "at_from" DATE NOT NULL,
    "at_to" DATE NOT NULL,
    "at_precision" "DatePrecision" NOT NULL,
    "at_open_end" BOOLEAN NOT NULL DEFAULT false,
    "at_text" TEXT NOT NULL,
    "article_id" INTEGER,
    "note" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "model_status_changes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "publishers" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "domain" TEXT,
    "language" TEXT,
    "country" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "publishers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "articles" (
    "id" SERIAL NOT NULL,
    "url" TEXT,
    "title" TEXT NOT NULL,
    "author" TEXT,
    "publisher_id" INTEGER,
    "published_from" DATE,
    "published_to" DATE,
    "published_precision" "DatePrecision",
    "published_text" TEXT,
    "language" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "summary_en" TEXT,
    "original_reporter_id" INTEGER,
    "status" "ArticleStatus" NOT NULL DEFAULT 'draft',
    "content_hash" TEXT NOT NULL,
    "source_ref" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deleted_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    -- Prisma cannot declare generated columns; schema.prisma has it as Unsupported("tsvector").
    -- Stemming follows the article's own language, title weighted above body.
    "search" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector(CASE WHEN "language" = 'de' THEN 'german'::regconfig ELSE 'english'::regconfig END, coalesce("title", '')), 'A') ||
        setweight(to_tsvector(CASE WHEN "language" = 'de' THEN 'german'::regconfig ELSE 'english'::regconfig END, coalesce("body", '')), 'B')
    ) STORED,

    CONSTRAINT "articles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "events" (
    "id" SERIAL NOT NULL,
    "type" "EventType" NOT NULL,
    "lab_id" INTEGER NOT NULL,
    "model_id" INTEGER,
    "counterparty_lab_id" INTEGER,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "occurred_from" DATE NOT NULL,
    "occurred_to" DATE NOT NULL,
    "occurred_precision" "DatePrecision" NOT NULL,
    "occurred_open_end" BOOLEAN NOT NULL DEFAULT false,
    "occurred_text" TEXT NOT NULL,
    "amount_usd" DECIMAL(20,2),
    "amount_qualifier" "AmountQualifier",
    "amount_kind" "AmountKind",
    "percent" DECIMAL(9,3),
    "headcount" INTEGER,
    "headcount_qualifier" "AmountQualifier",
    "status" "ClaimStatus" NOT NULL,
    "first_reported_at" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deleted_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "citations" (
    "id" SERIAL NOT NULL,
    "event_id" INTEGER NOT NULL,
    "article_id" INTEGER NOT NULL,
    "role" "CitationRole" NOT NULL,
    "quote" TEXT NOT NULL,
    "attribution" "Attribution" NOT NULL,
    "attributed_to" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "citations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "release_commitments" (
    "id" SERIAL NOT NULL,
    "model_id" INTEGER NOT NULL,
    "sequence" INTEGER NOT NULL,
    "planned_from" DATE NOT NULL,
    "planned_to" DATE NOT NULL,
    "planned_precision" "DatePrecision" NOT NULL,
    "planned_open_end" BOOLEAN NOT NULL DEFAULT false,
    "planned_text" TEXT NOT NULL,
    "article_id" INTEGER NOT NULL,
    "reported_at" DATE,
    "quote" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "release_commitments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "role" "UserRole" NOT NULL,
    "password_hash" TEXT NOT NULL,
    "disabled_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" SERIAL NOT NULL,
    "user_id" INTEGER,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "labs_slug_key" ON "labs"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "models_slug_key" ON "models"("slug");

-- CreateIndex
CREATE INDEX "models_lab_id_idx" ON "models"("lab_id");

-- CreateIndex
CREATE INDEX "model_status_changes_model_id_at_from_idx" ON "model_status_changes"("model_id", "at_from");

-- CreateIndex
CREATE UNIQUE INDEX "publishers_slug_key" ON "publishers"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "publishers_domain_key" ON "publishers"("domain");

-- CreateIndex
CREATE UNIQUE INDEX "articles_url_key" ON "articles"("url");

-- CreateIndex
CREATE INDEX "articles_published_from_id_idx" ON "articles"("published_from" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "articles_publisher_id_idx" ON "articles"("publisher_id");

-- CreateIndex
CREATE INDEX "articles_language_idx" ON "articles"("language");

-- CreateIndex
CREATE INDEX "articles_status_published_from_idx" ON "articles"("status", "published_from");

-- CreateIndex
CREATE INDEX "articles_content_hash_idx" ON "articles"("content_hash");

-- CreateIndex
CREATE INDEX "articles_search_idx" ON "articles" USING GIN ("search");

-- CreateIndex
CREATE INDEX "events_occurred_from_id_idx" ON "events"("occurred_from" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "events_lab_id_occurred_from_idx" ON "events"("lab_id", "occurred_from" DESC);

-- CreateIndex
CREATE INDEX "events_type_occurred_from_idx" ON "events"("type", "occurred_from" DESC);

-- CreateIndex
CREATE INDEX "events_model_id_idx" ON "events"("model_id");

-- CreateIndex
CREATE INDEX "events_status_idx" ON "events"("status");

-- CreateIndex
CREATE INDEX "events_first_reported_at_idx" ON "events"("first_reported_at");

-- CreateIndex
CREATE INDEX "citations_article_id_idx" ON "citations"("article_id");

-- CreateIndex
CREATE UNIQUE INDEX "citations_event_id_article_id_role_key" ON "citations"("event_id", "article_id", "role");

-- CreateIndex
CREATE INDEX "release_commitments_article_id_idx" ON "release_commitments"("article_id");

-- CreateIndex
CREATE UNIQUE INDEX "release_commitments_model_id_sequence_key" ON "release_commitments"("model_id", "sequence");

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE INDEX "audit_log_entity_entity_id_idx" ON "audit_log"("entity", "entity_id");

-- CreateIndex
CREATE INDEX "audit_log_at_idx" ON "audit_log"("at");

-- AddForeignKey
ALTER TABLE "models" ADD CONSTRAINT "models_lab_id_fkey" FOREIGN KEY ("lab_id") REFERENCES "labs"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_status_changes" ADD CONSTRAINT "model_status_changes_model_id_fkey" FOREIGN KEY ("model_id") REFERENCES "models"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model_status_changes" ADD CONSTRAINT "model_status_changes_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "articles" ADD CONSTRAINT "articles_publisher_id_fkey" FOREIGN KEY ("publisher_id") REFERENCES "publishers"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "articles" ADD CONSTRAINT "articles_original_reporter_id_fkey" FOREIGN KEY ("original_reporter_id") REFERENCES "publishers"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "events" ADD CONSTRAINT "events_lab_id_fkey" FOREIGN KEY ("lab_id") REFERENCES "labs"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "events" ADD CONSTRAINT "events_model_id_fkey" FOREIGN KEY ("model_id") REFERENCES "models"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "events" ADD CONSTRAINT "events_counterparty_lab_id_fkey" FOREIGN KEY ("counterparty_lab_id") REFERENCES "labs"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citations" ADD CONSTRAINT "citations_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citations" ADD CONSTRAINT "citations_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "release_commitments" ADD CONSTRAINT "release_commitments_model_id_fkey" FOREIGN KEY ("model_id") REFERENCES "models"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "release_commitments" ADD CONSTRAINT "release_commitments_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
