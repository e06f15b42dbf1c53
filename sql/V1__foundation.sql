-- Foundation schema: tenants, identities, memberships, students.
-- EclipseLink reads nextval() as the top of a block of 50 ids, so sequences it pre-allocates
-- from start at 50 (the first block is 1..50).
-- Tenant-scoped tables carry tenant_id NOT NULL and are guarded twice (DESIGN §5):
-- EclipseLink @Multitenant in the application, and row-level security here, forced
-- even for the table owner. The application role (${app_role}) owns nothing.

CREATE TABLE tenant (
    id          bigint PRIMARY KEY,
    slug        varchar(32)  NOT NULL UNIQUE,
    name        varchar(100) NOT NULL,
    plan        varchar(10)  NOT NULL CHECK (plan IN ('LITE', 'BASIC', 'PREMIUM')),
    created_at  timestamptz  NOT NULL DEFAULT now(),
    updated_at  timestamptz  NOT NULL DEFAULT now()
);
CREATE SEQUENCE tenant_id_seq;

CREATE TABLE platform_admin (
    id             bigint PRIMARY KEY,
    phone          varchar(20)  NOT NULL UNIQUE,
    name           varchar(100) NOT NULL,
    password_hash  varchar(100) NOT NULL,
    created_at     timestamptz  NOT NULL DEFAULT now(),
    updated_at     timestamptz  NOT NULL DEFAULT now()
);
CREATE SEQUENCE platform_admin_id_seq;

CREATE TABLE app_user (
    id             bigint PRIMARY KEY,
    tenant_id      bigint       NOT NULL REFERENCES tenant (id),
    phone          varchar(20)  NOT NULL,
    name           varchar(100) NOT NULL,
    password_hash  varchar(100),
    created_at     timestamptz  NOT NULL DEFAULT now(),
    updated_at     timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT app_user_tenant_phone_key UNIQUE (tenant_id, phone)
);
CREATE SEQUENCE app_user_id_seq START WITH 50 INCREMENT BY 50;
CREATE INDEX app_user_tenant_created_idx ON app_user (tenant_id, created_at);

CREATE TABLE tenant_membership (
    id          bigint PRIMARY KEY,
    tenant_id   bigint      NOT NULL REFERENCES tenant (id),
    user_id     bigint      NOT NULL REFERENCES app_user (id),
    role        varchar(16) NOT NULL CHECK (role IN ('OWNER', 'STAFF', 'TEACHER', 'STUDENT', 'PARENT')),
    created_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT tenant_membership_user_role_key UNIQUE (tenant_id, user_id, role)
);
CREATE SEQUENCE tenant_membership_id_seq START WITH 50 INCREMENT BY 50;
CREATE INDEX tenant_membership_user_idx ON tenant_membership (user_id);
CREATE INDEX tenant_membership_tenant_created_idx ON tenant_membership (tenant_id, created_at);

CREATE TABLE student (
    id            bigint PRIMARY KEY,
    tenant_id     bigint       NOT NULL REFERENCES tenant (id),
    name          varchar(50)  NOT NULL,
    phone         varchar(20),
    parent_phone  varchar(20)  NOT NULL,
    school        varchar(100),
    grade         varchar(20),
    memo          varchar(2000),
    deleted_at    timestamptz,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    updated_at    timestamptz  NOT NULL DEFAULT now()
);
CREATE SEQUENCE student_id_seq START WITH 50 INCREMENT BY 50;
CREATE INDEX student_tenant_idx ON student (tenant_id);
CREATE INDEX student_tenant_created_idx ON student (tenant_id, created_at);
-- The matching key of DESIGN §7; unique among active students so two concurrent
-- creates of the same child cannot both win.
CREATE UNIQUE INDEX student_active_key_idx ON student (tenant_id, name, parent_phone) WHERE deleted_at IS NULL;
CREATE INDEX student_deleted_key_idx ON student (tenant_id, name, parent_phone) WHERE deleted_at IS NOT NULL;

-- Row-level security. current_setting(..., true) is '' (not NULL) once a transaction-local
-- value has been reset, hence NULLIF: no tenant bound means no rows, never all rows.
CREATE FUNCTION current_tenant_id() RETURNS bigint
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT NULLIF(current_setting('app.tenant_id', true), '')::bigint $$;

ALTER TABLE app_user ENABLE ROW LEVEL SECURITY;
ALTER TABLE app_user FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON app_user
    USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id());

ALTER TABLE tenant_membership ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenant_membership FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tenant_membership
    USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id());

ALTER TABLE student ENABLE ROW LEVEL SECURITY;
ALTER TABLE student FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON student
    USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id());

GRANT USAGE ON SCHEMA public TO ${app_role};
GRANT EXECUTE ON FUNCTION current_tenant_id() TO ${app_role};
GRANT SELECT, INSERT, UPDATE ON tenant, platform_admin TO ${app_role};
GRANT SELECT, INSERT, UPDATE, DELETE ON app_user, tenant_membership, student TO ${app_role};
GRANT USAGE, SELECT ON SEQUENCE tenant_id_seq, platform_admin_id_seq, app_user_id_seq,
    tenant_membership_id_seq, student_id_seq TO ${app_role};
