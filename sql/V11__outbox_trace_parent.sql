-- The W3C trace context (traceparent) of the request that wrote an outbox row, so the relay can
-- send it with the message and the worker's spans join the request's trace (docs/operations.md,
-- Traces). Null for rows written outside a trace (sweeps) and for rows written before this column.
ALTER TABLE job_outbox ADD COLUMN trace_parent varchar(128);
