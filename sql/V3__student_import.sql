-- Bulk student import (DESIGN §7): a checkpoint per chunk and one import at a time per academy.

-- A chunk's outcome commits in the same transaction as its writes, so a re-delivered import skips
-- what is already written and still reports exact counts. A chunk that failed and was rolled back
-- is recorded too (failure), so its rows are reported the same way on every attempt.
CREATE TABLE student_import_chunk (
    tenant_id   bigint        NOT NULL REFERENCES tenant (id),
    job_id      uuid          NOT NULL,
    chunk_no    integer       NOT NULL,
    created     integer       NOT NULL,
    updated     integer       NOT NULL,
    restored    integer       NOT NULL,
    unchanged   integer       NOT NULL,
    failure     varchar(1000),
    created_at  timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, job_id, chunk_no)
);
CREATE INDEX student_import_chunk_tenant_created_idx ON student_import_chunk (tenant_id, created_at);

ALTER TABLE student_import_chunk ENABLE ROW LEVEL SECURITY;
ALTER TABLE student_import_chunk FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON student_import_chunk
    USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id());

-- Two imports of one academy at once would race on the same students; the API refuses the
-- second (409), and this index makes the refusal hold when two requests arrive together.
CREATE UNIQUE INDEX job_one_open_import_idx ON job (tenant_id)
    WHERE type = 'STUDENT_IMPORT' AND status IN ('QUEUED', 'PROCESSING');

GRANT SELECT, INSERT ON student_import_chunk TO ${app_role};
