-- OMR answer-sheet templates (issue 13): uploaded as OMRChecker's template.json or the academy's
-- own JSON (docs/omr.md), stored as sent and as the normalised layout the grader reads: every
-- field with its bubbles' rectangles and the image steps. The marker image that CropOnMarkers
-- looks for is small (at most 256 KiB, checked by the API) and belongs to the template, so it is
-- kept in the row rather than in object storage. A template never changes once stored.

CREATE TABLE omr_template (
    id                   bigint PRIMARY KEY,
    tenant_id            bigint        NOT NULL REFERENCES tenant (id),
    template_id          uuid          NOT NULL,
    name                 varchar(200)  NOT NULL,
    format               varchar(12)   NOT NULL CHECK (format IN ('OMRCHECKER', 'ACADEMY')),
    page_width           integer       NOT NULL CHECK (page_width > 0),
    page_height          integer       NOT NULL CHECK (page_height > 0),
    -- Kept beside the layout so a list reads no JSON.
    field_count          integer       NOT NULL CHECK (field_count > 0),
    question_count       integer       NOT NULL CHECK (question_count > 0),
    -- The normalised layout (JSON), whatever the format.
    layout               text          NOT NULL,
    -- The template's JSON as uploaded.
    source               text          NOT NULL,
    marker_image         bytea         CHECK (octet_length(marker_image) <= 262144),
    marker_content_type  varchar(20)   CHECK (marker_content_type IN ('image/png', 'image/jpeg')),
    created_by           bigint,
    created_at           timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT omr_template_marker CHECK ((marker_image IS NULL) = (marker_content_type IS NULL))
);
CREATE SEQUENCE omr_template_id_seq START WITH 50 INCREMENT BY 50;
CREATE UNIQUE INDEX omr_template_tenant_template_key ON omr_template (tenant_id, template_id);
CREATE INDEX omr_template_tenant_idx ON omr_template (tenant_id);
CREATE INDEX omr_template_tenant_created_idx ON omr_template (tenant_id, created_at);

ALTER TABLE omr_template ENABLE ROW LEVEL SECURITY;
ALTER TABLE omr_template FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON omr_template
    USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id());

GRANT SELECT, INSERT, DELETE ON omr_template TO ${app_role};
GRANT USAGE, SELECT ON SEQUENCE omr_template_id_seq TO ${app_role};
