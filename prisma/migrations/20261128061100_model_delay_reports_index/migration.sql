-- The lab page's independent-source count (lib/data/model-plans.ts, delayReportCounts) reads the
-- delay reports of the lab's models: with only (model_id) indexed, every event of those models
-- was fetched from the heap to test type, deleted_at and status (16,000 random reads for the
-- biggest synthetic lab). With the tested columns and the id in the index, the delay events are
-- found in the index alone. It also serves every lookup by model_id the old index served.
DROP INDEX "events_model_id_idx";
CREATE INDEX "events_model_id_type_deleted_at_status_id_idx" ON "events"("model_id", "type", "deleted_at", "status", "id");
