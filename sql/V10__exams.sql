-- Exams graded on OMR templates and their answer sheets (issue 13, docs/omr.md "Exams and
-- grading"). An exam keeps its answer key and scoring as given; they are read against the
-- template again when used, so the template cannot be removed while an exam refers to it.

CREATE TABLE exam (
    id              bigint PRIMARY KEY,
    tenant_id       bigint         NOT NULL REFERENCES tenant (id),
    exam_id         uuid           NOT NULL,
    title           varchar(200)   NOT NULL,
    template_id     uuid           NOT NULL,
    -- JSON as given (re-serialised): question -> accepted answers; marks, sections, penalty.
    answer_key      text           NOT NULL,
    scoring         text           NOT NULL,
    -- The custom label (or field) holding the student's number; NULL: the sheet has none.
    student_number  varchar(200),
    question_count  integer        NOT NULL CHECK (question_count > 0),
    max_score       numeric(12, 2) NOT NULL CHECK (max_score >= 0),
    created_by      bigint,
    created_at      timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT exam_template_fkey FOREIGN KEY (tenant_id, template_id)
        REFERENCES omr_template (tenant_id, template_id)
);
CREATE SEQUENCE exam_id_seq START WITH 50 INCREMENT BY 50;
CREATE UNIQUE INDEX exam_tenant_exam_key ON exam (tenant_id, exam_id);
CREATE INDEX exam_tenant_created_idx ON exam (tenant_id, created_at);
CREATE INDEX exam_tenant_template_idx ON exam (tenant_id, template_id);

-- One row per page read by a grading job. (job, source file, page) is unique: a redelivered job
-- grading the same page replaces its row. The reading and a person's corrections are kept apart;
-- score, flags and needs_review are what they give, kept for lists.
CREATE TABLE exam_sheet (
    id                   bigint PRIMARY KEY,
    tenant_id            bigint         NOT NULL REFERENCES tenant (id),
    sheet_id             uuid           NOT NULL,
    exam_id              uuid           NOT NULL,
    job_id               uuid           NOT NULL,
    -- The stored upload's object key, and its reference (bucket, key, fileName) as JSON.
    source_key           varchar(1024)  NOT NULL,
    source_file          text           NOT NULL,
    page_number          integer        NOT NULL CHECK (page_number >= 1),
    -- JSON: each question's marked values, confidence and flags, and the student number read.
    reading              text,
    unreadable_reason    text,
    -- JSON: question -> {marked, by, at}, a person's reading beside the sheet's.
    corrections          text           NOT NULL DEFAULT '{}',
    student_id           bigint         REFERENCES student (id),
    student_match        varchar(20)    NOT NULL CHECK (student_match IN
        ('MATCHED', 'AMBIGUOUS', 'UNKNOWN', 'NUMBER_UNREADABLE', 'NO_NUMBER', 'ASSIGNED')),
    match_candidates     text           NOT NULL DEFAULT '[]',
    student_assigned_by  bigint,
    student_assigned_at  timestamptz,
    score                numeric(12, 2),
    flags                text           NOT NULL DEFAULT '[]',
    needs_review         boolean        NOT NULL,
    reviewed_by          bigint,
    reviewed_at          timestamptz,
    created_at           timestamptz    NOT NULL DEFAULT now(),
    updated_at           timestamptz    NOT NULL DEFAULT now(),
    CONSTRAINT exam_sheet_read_or_not CHECK (reading IS NULL OR unreadable_reason IS NULL),
    CONSTRAINT exam_sheet_exam_fkey FOREIGN KEY (tenant_id, exam_id)
        REFERENCES exam (tenant_id, exam_id) ON DELETE CASCADE
);
CREATE SEQUENCE exam_sheet_id_seq START WITH 50 INCREMENT BY 50;
CREATE UNIQUE INDEX exam_sheet_tenant_sheet_key ON exam_sheet (tenant_id, sheet_id);
CREATE UNIQUE INDEX exam_sheet_source_key ON exam_sheet (tenant_id, job_id, source_key, page_number);
CREATE INDEX exam_sheet_exam_idx ON exam_sheet (tenant_id, exam_id, id);
CREATE INDEX exam_sheet_review_idx ON exam_sheet (tenant_id, exam_id, id) WHERE needs_review;

ALTER TABLE exam ENABLE ROW LEVEL SECURITY;
ALTER TABLE exam FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON exam
    USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id());

ALTER TABLE exam_sheet ENABLE ROW LEVEL SECURITY;
ALTER TABLE exam_sheet FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON exam_sheet
    USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id());

-- An exam never changes once stored; its sheets are corrected and re-read.
GRANT SELECT, INSERT, DELETE ON exam TO ${app_role};
GRANT SELECT, INSERT, UPDATE, DELETE ON exam_sheet TO ${app_role};
GRANT USAGE, SELECT ON SEQUENCE exam_id_seq, exam_sheet_id_seq TO ${app_role};
