-- Messaging (DESIGN §3): each academy's sender identity. The sender number is needed for every
-- text; the name shown in advertisements and the free 080 opt-out number only for advertising
-- (정보통신망법 §50), so an academy that never advertises need not buy an 080 number.
CREATE TABLE messaging_settings (
    id              bigint PRIMARY KEY,
    tenant_id       bigint       NOT NULL UNIQUE REFERENCES tenant (id),
    sender_number   varchar(20)  NOT NULL,
    sender_name     varchar(30),
    opt_out_number  varchar(20),
    created_at      timestamptz  NOT NULL DEFAULT now(),
    updated_at      timestamptz  NOT NULL DEFAULT now()
);
CREATE SEQUENCE messaging_settings_id_seq START WITH 50 INCREMENT BY 50;
CREATE INDEX messaging_settings_tenant_created_idx ON messaging_settings (tenant_id, created_at);

ALTER TABLE messaging_settings ENABLE ROW LEVEL SECURITY;
ALTER TABLE messaging_settings FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON messaging_settings
    USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id());

GRANT SELECT, INSERT, UPDATE ON messaging_settings TO ${app_role};
GRANT USAGE, SELECT ON SEQUENCE messaging_settings_id_seq TO ${app_role};
