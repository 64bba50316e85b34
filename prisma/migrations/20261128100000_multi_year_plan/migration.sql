-- A sum to be spent over several years ("$1 trillion over the next five years", "über drei Jahre
-- 53 Milliarden"): stored as its own kind so the investments chart never adds it to one year's bar.
ALTER TYPE "AmountKind" ADD VALUE IF NOT EXISTS 'multi_year_plan';
