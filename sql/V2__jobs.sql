-- The job backbone (DESIGN §3, §4, §6): one row per piece of background work, and an outbox
-- whose rows commit with the job and are sent to SQS after the commit.

CREATE TABLE job (
    id                bigint PRIMARY KEY,
    tenant_id         bigint        NOT NULL REFERENCES tenant (id),
    job_id            uuid          NOT NULL,
    type              varchar(32)   NOT NULL,
    queue             varchar(32)   NOT NULL,
    status            varchar(16)   NOT NULL
        CHECK (status IN ('QUEUED', 'PROCESSING', 'DONE', 'FAILED', 'CANCELLED')),
    progress          smallint      NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    step              varchar(200),
    attempts          integer       NOT NULL DEFAULT 0,
    error             varchar(2000),
    input             text          NOT NULL,
    result            text,
    idempotency_key   varchar(100),
    created_by        bigint,
    cancel_requested  boolean       NOT NULL DEFAULT false,
    -- While QUEUED: when the sweeper re-sends it; while PROCESSING: when its attempt's hard
    -- timeout ends (a redelivery may take it over after that).
    deadline_at       timestamptz   NOT NULL,
    created_at        timestamptz   NOT NULL DEFAULT now(),
    updated_at        timestamptz   NOT NULL DEFAULT now(),
    started_at        timestamptz,
    finished_at       timestamptz,
    version           integer       NOT NULL DEFAULT 1,
    CONSTRAINT job_result_size CHECK (octet_length(result) < 10240)
);
CREATE SEQUENCE job_id_seq START WITH 50 INCREMENT BY 50;
CREATE UNIQUE INDEX job_tenant_job_key ON job (tenant_id, job_id);
CREATE UNIQUE INDEX job_tenant_idempotency_key ON job (tenant_id, idempotency_key)
    WHERE idempotency_key IS NOT NULL;
CREATE INDEX job_tenant_status_idx ON job (tenant_id, status);
CREATE INDEX job_tenant_created_idx ON job (tenant_id, created_at);
-- The sweeper's scan: only unfinished jobs, by deadline.
CREATE INDEX job_open_deadline_idx ON job (deadline_at) WHERE status IN ('QUEUED', 'PROCESSING');

ALTER TABLE job ENABLE ROW LEVEL SECURITY;
ALTER TABLE job FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON job
    USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id());
-- The sweeper is platform work across academies. The application role cannot read other
-- tenants' jobs; it may only call overdue_jobs(), which runs as the owner and returns ids.
CREATE POLICY platform_sweep ON job FOR SELECT TO CURRENT_USER USING (true);

CREATE FUNCTION overdue_jobs(at timestamptz, max_rows integer)
    RETURNS TABLE (tenant_id bigint, job_id uuid)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    AS $$
        SELECT j.tenant_id, j.job_id FROM job j
        WHERE j.status IN ('QUEUED', 'PROCESSING') AND j.deadline_at < at
        ORDER BY j.deadline_at
        LIMIT max_rows
    $$;

-- Platform infrastructure, not tenant data: an id to send and where. No row-level security,
-- so the relay of any process can send any academy's messages; it holds no personal data.
CREATE TABLE job_outbox (
    id          bigserial     PRIMARY KEY,
    tenant_id   bigint        NOT NULL REFERENCES tenant (id),
    job_id      uuid          NOT NULL,
    queue       varchar(32)   NOT NULL,
    body        varchar(1000) NOT NULL,
    created_at  timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX job_outbox_created_idx ON job_outbox (created_at);

GRANT SELECT, INSERT, UPDATE ON job TO ${app_role};
-- UPDATE only because SELECT ... FOR UPDATE needs it; rows are never updated.
GRANT SELECT, INSERT, UPDATE, DELETE ON job_outbox TO ${app_role};
GRANT USAGE, SELECT ON SEQUENCE job_id_seq, job_outbox_id_seq TO ${app_role};
REVOKE ALL ON FUNCTION overdue_jobs(timestamptz, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION overdue_jobs(timestamptz, integer) TO ${app_role};
