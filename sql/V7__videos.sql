-- Lecture videos (issue 12): uploaded straight to the academy-video bucket through presigned URLs,
-- then processed by the video worker into pages, HLS renditions and a poster. Every object of a
-- video lies under its prefix, tenants/{tenant}/videos/{video_id}/, so deleting a video deletes
-- that prefix. Playback sessions and watch records come with a later change, and with them the
-- index DESIGN §6 names on video (session_id, status).

CREATE TABLE video (
    id                 bigint PRIMARY KEY,
    tenant_id          bigint         NOT NULL REFERENCES tenant (id),
    video_id           uuid           NOT NULL,
    title              varchar(200)   NOT NULL,
    file_name          varchar(255)   NOT NULL,
    content_type       varchar(100)   NOT NULL,
    -- What the uploader declared; the stored object must have exactly this size.
    size_bytes         bigint         NOT NULL CHECK (size_bytes > 0),
    status             varchar(10)    NOT NULL
        CHECK (status IN ('UPLOADING', 'PROCESSING', 'READY', 'FAILED')),
    published          boolean        NOT NULL DEFAULT false,
    -- Why the video failed, in words the academy reads.
    error              varchar(2000),
    -- tenants/{tenant}/videos/{video_id}/: every object of the video lies under it.
    object_prefix      varchar(200)   NOT NULL,
    source_key         varchar(300)   NOT NULL,
    -- The S3 multipart upload while one is open; null for a single PUT and once completed.
    upload_id          varchar(1024),
    -- After this an upload never completed is aborted and its objects removed (the sweep).
    upload_expires_at  timestamptz    NOT NULL,
    -- The VIDEO_PROCESS job (its uuid as text, like message_batch.job_id: a null uuid parameter
    -- is bound as text by EclipseLink).
    job_id             varchar(36),
    duration_seconds   double precision,
    width              integer,
    height             integer,
    has_video          boolean,
    has_audio          boolean,
    poster_key         varchar(300),
    hls_master_key     varchar(300),
    created_by         bigint,
    created_at         timestamptz    NOT NULL DEFAULT now(),
    updated_at         timestamptz    NOT NULL DEFAULT now(),
    version            integer        NOT NULL DEFAULT 1
);
CREATE SEQUENCE video_id_seq START WITH 50 INCREMENT BY 50;
CREATE UNIQUE INDEX video_tenant_video_key ON video (tenant_id, video_id);
CREATE INDEX video_tenant_idx ON video (tenant_id);
CREATE INDEX video_tenant_created_idx ON video (tenant_id, created_at);
CREATE INDEX video_tenant_status_idx ON video (tenant_id, status);
-- The sweep's scans: open uploads by expiry, and videos still processing (few at any time).
CREATE INDEX video_uploading_expiry_idx ON video (upload_expires_at) WHERE status = 'UPLOADING';
CREATE INDEX video_processing_idx ON video (tenant_id, job_id) WHERE status = 'PROCESSING';

-- One page of a lecture: a distinct slide, the span where it is first shown, its image and
-- thumbnail. Written by the worker as soon as the pages are found, before the streams exist.
CREATE TABLE video_page (
    id                      bigint PRIMARY KEY,
    tenant_id               bigint            NOT NULL REFERENCES tenant (id),
    video_id                bigint            NOT NULL REFERENCES video (id) ON DELETE CASCADE,
    page_index              integer           NOT NULL CHECK (page_index >= 0),
    start_seconds           double precision  NOT NULL CHECK (start_seconds >= 0),
    end_seconds             double precision  NOT NULL,
    representative_seconds  double precision  NOT NULL,
    image_key               varchar(300)      NOT NULL,
    thumbnail_key           varchar(300)      NOT NULL,
    created_at              timestamptz       NOT NULL DEFAULT now(),
    CONSTRAINT video_page_index_key UNIQUE (video_id, page_index),
    CONSTRAINT video_page_span CHECK (end_seconds >= start_seconds)
);
CREATE SEQUENCE video_page_id_seq START WITH 50 INCREMENT BY 50;
CREATE INDEX video_page_tenant_idx ON video_page (tenant_id);
CREATE INDEX video_page_tenant_created_idx ON video_page (tenant_id, created_at);

ALTER TABLE video ENABLE ROW LEVEL SECURITY;
ALTER TABLE video FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON video
    USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id());
ALTER TABLE video_page ENABLE ROW LEVEL SECURITY;
ALTER TABLE video_page FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON video_page
    USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id());

-- The video sweep is platform work across academies, like the job sweeper: ids only. Due are
-- uploads never completed by their expiry, and videos still PROCESSING whose job has ended
-- without making them ready (failed after its last attempt, timed out, cancelled).
CREATE POLICY platform_sweep ON video FOR SELECT TO CURRENT_USER USING (true);
CREATE FUNCTION due_videos(at timestamptz, max_rows integer)
    RETURNS TABLE (tenant_id bigint, video_id uuid)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
    AS $$
        (SELECT v.tenant_id, v.video_id FROM video v
         WHERE v.status = 'UPLOADING' AND v.upload_expires_at < at
         ORDER BY v.upload_expires_at
         LIMIT max_rows)
        UNION ALL
        (SELECT v.tenant_id, v.video_id FROM video v
         JOIN job j ON j.tenant_id = v.tenant_id AND j.job_id = v.job_id::uuid
         WHERE v.status = 'PROCESSING' AND j.status IN ('DONE', 'FAILED', 'CANCELLED')
         LIMIT max_rows)
    $$;

GRANT SELECT, INSERT, UPDATE, DELETE ON video, video_page TO ${app_role};
GRANT USAGE, SELECT ON SEQUENCE video_id_seq, video_page_id_seq TO ${app_role};
REVOKE ALL ON FUNCTION due_videos(timestamptz, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION due_videos(timestamptz, integer) TO ${app_role};
