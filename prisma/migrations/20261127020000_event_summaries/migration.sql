-- Summary tables for figures that aggregate every event (issue 11): the setbacks chart (events per
-- month and type), the labs list (events per lab) and the investments chart (amounts per lab, year
-- and kind). At millions of events a scan per request is seconds; these tables hold a few thousand
-- rows. Statement-level triggers keep them exact in the same transaction as every write — an
-- editor's save, an import batch, a restore — so they can never disagree with the events table.
-- Only public events count (known_from set: a published article cites them, docs/decisions/007);
-- the investments totals leave out denied and retracted claims, as the chart does by default.
-- Bulk loads that bypass triggers (the synthetic COPY loader) call refresh_event_summaries().

-- The month an event counts in on the setbacks chart (see lib/domain/chart-setbacks.ts,
-- setbackMonth): the last month it can have happened in and still been reported by its first
-- article, never before it can have started.
CREATE FUNCTION event_setback_month(occurred_from date, occurred_to date, first_reported_at date)
RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT date_trunc('month', greatest(occurred_from, least(occurred_to, coalesce(first_reported_at, occurred_to))))::date
$$;

CREATE TABLE "event_month_counts" (
    "lab_id" INTEGER NOT NULL,
    "type" "EventType" NOT NULL,
    "status" "ClaimStatus" NOT NULL,
    "month" DATE NOT NULL,
    "events" INTEGER NOT NULL,
    CONSTRAINT "event_month_counts_pkey" PRIMARY KEY ("lab_id", "type", "status", "month")
);

-- Only amounts that may go on a bar (lib/domain/chart-investments.ts: BAR_KINDS) and that belong
-- to one calendar year; everything else the chart lists separately from the events themselves.
CREATE TABLE "lab_year_amounts" (
    "lab_id" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "kind" "AmountKind" NOT NULL,
    "events" INTEGER NOT NULL,
    "total_usd" DECIMAL(24,2) NOT NULL,
    CONSTRAINT "lab_year_amounts_pkey" PRIMARY KEY ("lab_id", "year", "kind")
);

CREATE FUNCTION event_summaries_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO event_month_counts (lab_id, type, status, month, events)
    SELECT lab_id, type, status, event_setback_month(occurred_from, occurred_to, first_reported_at), count(*)
      FROM new_rows WHERE deleted_at IS NULL AND known_from IS NOT NULL GROUP BY 1, 2, 3, 4
  ON CONFLICT (lab_id, type, status, month) DO UPDATE SET events = event_month_counts.events + EXCLUDED.events;
  INSERT INTO lab_year_amounts (lab_id, year, kind, events, total_usd)
    SELECT lab_id, extract(year FROM occurred_from)::int, amount_kind, count(*), sum(amount_usd)
      FROM new_rows
     WHERE deleted_at IS NULL AND known_from IS NOT NULL AND amount_usd IS NOT NULL AND amount_kind IN ('capex', 'investment')
       AND status NOT IN ('denied', 'retracted')
       AND extract(year FROM occurred_from) = extract(year FROM occurred_to)
     GROUP BY 1, 2, 3
  ON CONFLICT (lab_id, year, kind) DO UPDATE
    SET events = lab_year_amounts.events + EXCLUDED.events, total_usd = lab_year_amounts.total_usd + EXCLUDED.total_usd;
  RETURN NULL;
END $$;

CREATE FUNCTION event_summaries_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE event_month_counts c SET events = c.events - o.n
    FROM (SELECT lab_id, type, status, event_setback_month(occurred_from, occurred_to, first_reported_at) AS month, count(*) AS n
            FROM old_rows WHERE deleted_at IS NULL AND known_from IS NOT NULL GROUP BY 1, 2, 3, 4) o
   WHERE c.lab_id = o.lab_id AND c.type = o.type AND c.status = o.status AND c.month = o.month;
  UPDATE lab_year_amounts a SET events = a.events - o.n, total_usd = a.total_usd - o.total
    FROM (SELECT lab_id, extract(year FROM occurred_from)::int AS year, amount_kind AS kind, count(*) AS n, sum(amount_usd) AS total
            FROM old_rows
           WHERE deleted_at IS NULL AND known_from IS NOT NULL AND amount_usd IS NOT NULL AND amount_kind IN ('capex', 'investment')
       AND status NOT IN ('denied', 'retracted')
             AND extract(year FROM occurred_from) = extract(year FROM occurred_to)
           GROUP BY 1, 2, 3) o
   WHERE a.lab_id = o.lab_id AND a.year = o.year AND a.kind = o.kind;
  DELETE FROM event_month_counts WHERE events <= 0;
  DELETE FROM lab_year_amounts WHERE events <= 0;
  RETURN NULL;
END $$;

-- An update is the old rows taken out and the new rows put in.
CREATE FUNCTION event_summaries_after_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE event_month_counts c SET events = c.events - o.n
    FROM (SELECT lab_id, type, status, event_setback_month(occurred_from, occurred_to, first_reported_at) AS month, count(*) AS n
            FROM old_rows WHERE deleted_at IS NULL AND known_from IS NOT NULL GROUP BY 1, 2, 3, 4) o
   WHERE c.lab_id = o.lab_id AND c.type = o.type AND c.status = o.status AND c.month = o.month;
  UPDATE lab_year_amounts a SET events = a.events - o.n, total_usd = a.total_usd - o.total
    FROM (SELECT lab_id, extract(year FROM occurred_from)::int AS year, amount_kind AS kind, count(*) AS n, sum(amount_usd) AS total
            FROM old_rows
           WHERE deleted_at IS NULL AND known_from IS NOT NULL AND amount_usd IS NOT NULL AND amount_kind IN ('capex', 'investment')
       AND status NOT IN ('denied', 'retracted')
             AND extract(year FROM occurred_from) = extract(year FROM occurred_to)
           GROUP BY 1, 2, 3) o
   WHERE a.lab_id = o.lab_id AND a.year = o.year AND a.kind = o.kind;
  INSERT INTO event_month_counts (lab_id, type, status, month, events)
    SELECT lab_id, type, status, event_setback_month(occurred_from, occurred_to, first_reported_at), count(*)
      FROM new_rows WHERE deleted_at IS NULL AND known_from IS NOT NULL GROUP BY 1, 2, 3, 4
  ON CONFLICT (lab_id, type, status, month) DO UPDATE SET events = event_month_counts.events + EXCLUDED.events;
  INSERT INTO lab_year_amounts (lab_id, year, kind, events, total_usd)
    SELECT lab_id, extract(year FROM occurred_from)::int, amount_kind, count(*), sum(amount_usd)
      FROM new_rows
     WHERE deleted_at IS NULL AND known_from IS NOT NULL AND amount_usd IS NOT NULL AND amount_kind IN ('capex', 'investment')
       AND status NOT IN ('denied', 'retracted')
       AND extract(year FROM occurred_from) = extract(year FROM occurred_to)
     GROUP BY 1, 2, 3
  ON CONFLICT (lab_id, year, kind) DO UPDATE
    SET events = lab_year_amounts.events + EXCLUDED.events, total_usd = lab_year_amounts.total_usd + EXCLUDED.total_usd;
  DELETE FROM event_month_counts WHERE events <= 0;
  DELETE FROM lab_year_amounts WHERE events <= 0;
  RETURN NULL;
END $$;

CREATE TRIGGER event_summaries_insert AFTER INSERT ON "events"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION event_summaries_after_insert();
CREATE TRIGGER event_summaries_update AFTER UPDATE ON "events"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION event_summaries_after_update();
CREATE TRIGGER event_summaries_delete AFTER DELETE ON "events"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION event_summaries_after_delete();

-- Rebuilds both tables from the events (after a bulk load with triggers off, or to check them).
CREATE FUNCTION refresh_event_summaries() RETURNS void LANGUAGE sql AS $$
  DELETE FROM event_month_counts;
  DELETE FROM lab_year_amounts;
  INSERT INTO event_month_counts (lab_id, type, status, month, events)
    SELECT lab_id, type, status, event_setback_month(occurred_from, occurred_to, first_reported_at), count(*)
      FROM events WHERE deleted_at IS NULL AND known_from IS NOT NULL GROUP BY 1, 2, 3, 4;
  INSERT INTO lab_year_amounts (lab_id, year, kind, events, total_usd)
    SELECT lab_id, extract(year FROM occurred_from)::int, amount_kind, count(*), sum(amount_usd)
      FROM events
     WHERE deleted_at IS NULL AND known_from IS NOT NULL AND amount_usd IS NOT NULL AND amount_kind IN ('capex', 'investment')
       AND status NOT IN ('denied', 'retracted')
       AND extract(year FROM occurred_from) = extract(year FROM occurred_to)
     GROUP BY 1, 2, 3;
$$;

SELECT refresh_event_summaries();

-- Page queries at scale (EXPLAIN plans in docs/performance.md): a lab page's amounts, figures
-- and latest setback, and the timeline filtered by lab and type, newest first.
CREATE INDEX "events_lab_id_type_occurred_from_idx" ON "events" ("lab_id", "type", "occurred_from" DESC);
