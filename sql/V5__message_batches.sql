-- Texts to parents (issue 5): a batch is one request to text many people; each recipient row is
-- one text with its own idempotency key (message_key), recorded before the provider is called.

ALTER TABLE messaging_settings
    ADD COLUMN kakao_channel_id   varchar(40),
    ADD COLUMN alimtalk_fallback  boolean NOT NULL DEFAULT false;

-- The platform operator's per-academy monthly quota of texts; NULL means the configured default.
ALTER TABLE tenant ADD COLUMN monthly_message_quota integer CHECK (monthly_message_quota >= 0);

CREATE TABLE message_batch (
    id                bigint PRIMARY KEY,
    tenant_id         bigint        NOT NULL REFERENCES tenant (id),
    batch_id          uuid          NOT NULL,
    kind              varchar(8)    NOT NULL CHECK (kind IN ('AUTO', 'SMS', 'LMS', 'ALIMTALK')),
    type              varchar(3)    NOT NULL CHECK (type IN ('SMS', 'LMS', 'ATA')),
    fallback_type     varchar(3)    CHECK (fallback_type IN ('SMS', 'LMS')),
    sender_number     varchar(20)   NOT NULL,
    subject           varchar(100),
    text              varchar(4000) NOT NULL,
    template_code     varchar(100),
    kakao_channel_id  varchar(40),
    variables         text,
    advertisement     boolean       NOT NULL,
    scheduled_at      timestamptz,
    quota_month       date          NOT NULL,
    idempotency_key   varchar(100),
    request_hash      varchar(64)   NOT NULL,
    created_by        bigint,
    recipients        integer       NOT NULL,
    invalid           integer       NOT NULL,
    -- When the platform must next act on the batch: release held texts or read delivery reports.
    wake_at           timestamptz,
    -- The job now working on the batch; a wake waits while it is open, so one job runs at a time.
    job_id            varchar(36),
    cancelled_at      timestamptz,
    created_at        timestamptz   NOT NULL DEFAULT now(),
    updated_at        timestamptz   NOT NULL DEFAULT now(),
    version           integer       NOT NULL DEFAULT 1
);
CREATE SEQUENCE message_batch_id_seq START WITH 50 INCREMENT BY 50;
CREATE UNIQUE INDEX message_batch_tenant_batch_key ON message_batch (tenant_id, batch_id);
CREATE UNIQUE INDEX message_batch_tenant_idempotency_key ON message_batch (tenant_id, idempotency_key)
    WHERE idempotency_key IS NOT NULL;
CREATE INDEX message_batch_tenant_idx ON message_batch (tenant_id);
CREATE INDEX message_batch_tenant_created_idx ON message_batch (tenant_id, created_at);
CREATE INDEX message_batch_wake_idx ON message_batch (wake_at) WHERE wake_at IS NOT NULL;

CREATE TABLE message_recipient (
    id                   bigserial     PRIMARY KEY,
    tenant_id            bigint        NOT NULL REFERENCES tenant (id),
    batch_id             bigint        NOT NULL REFERENCES message_batch (id),
    position             integer       NOT NULL,
    -- What the request named: a phone as typed, or a student id.
    given                varchar(40)   NOT NULL,
    audience             varchar(8)    NOT NULL CHECK (audience IN ('PARENT', 'STUDENT', 'PHONE')),
    student_id           bigint,
    phone                varchar(20),
    status               varchar(10)   NOT NULL
        CHECK (status IN ('INVALID', 'SCHEDULED', 'QUEUED', 'SENDING', 'SENT', 'DELIVERED',
                          'FAILED', 'CANCELLED')),
    reason               varchar(300),
    type                 varchar(3)    CHECK (type IN ('SMS', 'LMS', 'ATA')),
    -- The idempotency key sent with the text (customFields); a fallback text gets a new one.
    message_key          uuid          NOT NULL UNIQUE,
    send_after           timestamptz,
    provider_message_id  varchar(64),
    provider_group_id    varchar(64),
    status_code          varchar(8),
    -- Provider calls made for this text so far; a transient failure is retried a few times.
    attempts             integer       NOT NULL DEFAULT 0,
    sending_at           timestamptz,
    sent_at              timestamptz,
    created_at           timestamptz   NOT NULL DEFAULT now(),
    updated_at           timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT message_recipient_position_key UNIQUE (batch_id, position),
    CONSTRAINT message_recipient_phone_needed CHECK (status = 'INVALID' OR phone IS NOT NULL)
);
CREATE INDEX message_recipient_tenant_idx ON message_recipient (tenant_id);
CREATE INDEX message_recipient_tenant_created_idx ON message_recipient (tenant_id, created_at);
CREATE INDEX message_recipient_batch_status_idx ON message_recipient (batch_id, status);

-- An academy's lists of phone numbers: OPT_OUT (texted nothing by this academy) and
-- NIGHT_CONSENT (agreed to advertisements between 21:00 and 08:00).
CREATE TABLE messaging_phone_list (
    tenant_id   bigint       NOT NULL REFERENCES tenant (id),
    list        varchar(16)  NOT NULL CHECK (list IN ('OPT_OUT', 'NIGHT_CONSENT')),
    phone       varchar(20)  NOT NULL,
    source      varchar(8)   NOT NULL CHECK (source IN ('STAFF', 'PROVIDER')),
    created_at  timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, list, phone)
);
CREATE INDEX messaging_phone_list_tenant_created_idx ON messaging_phone_list (tenant_id, created_at);

-- Texts counted against the monthly quota, per academy and month (KST).
CREATE TABLE message_usage (
    tenant_id  bigint   NOT NULL REFERENCES tenant (id),
    month      date     NOT NULL,
    used       integer  NOT NULL CHECK (used >= 0),
    PRIMARY KEY (tenant_id, month)
);

ALTER TABLE message_batch ENABLE ROW LEVEL SECURITY;
ALTER TABLE message_batch FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON message_batch
    USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id());
ALTER TABLE message_recipient ENABLE ROW LEVEL SECURITY;
ALTER TABLE message_recipient FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON message_recipient
    USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id());
ALTER TABLE messaging_phone_list ENABLE ROW LEVEL SECURITY;
ALTER TABLE messaging_phone_list FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON messaging_phone_list
    USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id());
ALTER TABLE message_usage ENABLE ROW LEVEL SECURITY;
ALTER TABLE message_usage FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON message_usage
    USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id());

-- The wake timer is platform work across academies, like the job sweeper: ids only.
CREATE POLICY platform_wake ON message_batch FOR SELECT TO CURRENT_USER USING (true);
CREATE FUNCTION due_message_batches(at timestamptz, max_rows integer)
    RETURNS TABLE (tenant_id bigint, batch_id uuid)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    AS $$
        SELECT b.tenant_id, b.batch_id FROM message_batch b
        WHERE b.wake_at IS NOT NULL AND b.wake_at <= at
        ORDER BY b.wake_at
        LIMIT max_rows
    $$;

GRANT SELECT, INSERT, UPDATE ON message_batch, message_recipient TO ${app_role};
GRANT SELECT, INSERT, UPDATE, DELETE ON messaging_phone_list TO ${app_role};
GRANT SELECT, INSERT, UPDATE ON message_usage TO ${app_role};
GRANT USAGE, SELECT ON SEQUENCE message_batch_id_seq, message_recipient_id_seq TO ${app_role};
REVOKE ALL ON FUNCTION due_message_batches(timestamptz, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION due_message_batches(timestamptz, integer) TO ${app_role};
