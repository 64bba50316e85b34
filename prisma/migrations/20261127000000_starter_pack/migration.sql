-- Starter pack of real articles (issue 9): more amount roles, ranges, and excerpts.
ALTER TYPE "AmountKind" ADD VALUE IF NOT EXISTS 'valuation';
ALTER TYPE "AmountKind" ADD VALUE IF NOT EXISTS 'revenue';
ALTER TYPE "AmountKind" ADD VALUE IF NOT EXISTS 'settlement';
ALTER TYPE "AmountKind" ADD VALUE IF NOT EXISTS 'fine';
ALTER TYPE "AmountKind" ADD VALUE IF NOT EXISTS 'share_price';
ALTER TYPE "AmountKind" ADD VALUE IF NOT EXISTS 'stake';

-- Upper bound of a range ("2 bis 3 Milliarden"); amount_usd holds the lower bound.
ALTER TABLE "events" ADD COLUMN "amount_usd_max" DECIMAL(20,2);

-- Only the opening of the page was available: shown as an excerpt with a link to the original.
ALTER TABLE "articles" ADD COLUMN "is_excerpt" BOOLEAN NOT NULL DEFAULT false;
