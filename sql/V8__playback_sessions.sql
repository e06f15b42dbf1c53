-- Playback sessions and watch tracking (issue 12). A viewer opens a session on a ready video; its
-- signed playback URL serves the video's playlists with presigned segment URLs while the session is
-- active; the player's heartbeats move the position and credit the seconds really watched.
-- Servers keep nothing: sessions and what they credited live here.

CREATE TABLE playback_session (
    id                 bigint PRIMARY KEY,
    tenant_id          bigint            NOT NULL REFERENCES tenant (id),
    session_id         uuid              NOT NULL,
    video_id           bigint            NOT NULL REFERENCES video (id) ON DELETE CASCADE,
    user_id            bigint            NOT NULL REFERENCES app_user (id),
    -- The roster student of the viewer's phone when the session began; null for staff and for a
    -- login that no roster student has.
    student_id         bigint            REFERENCES student (id),
    -- Only sessions opened in the student view count in the academy's watch statistics.
    counted            boolean           NOT NULL,
    status             varchar(10)       NOT NULL CHECK (status IN ('ACTIVE', 'ENDED')),
    -- The video's length when the session began: positions and credit are capped at it.
    video_seconds      double precision  NOT NULL CHECK (video_seconds > 0),
    started_at         timestamptz       NOT NULL,
    expires_at         timestamptz       NOT NULL,
    ended_at           timestamptz,
    -- The last heartbeat; null until the first.
    last_beat_at       timestamptz,
    position_seconds   double precision  NOT NULL DEFAULT 0 CHECK (position_seconds >= 0),
    playing            boolean           NOT NULL DEFAULT false,
    rate               double precision  NOT NULL DEFAULT 1 CHECK (rate > 0),
    watched_seconds    double precision  NOT NULL DEFAULT 0 CHECK (watched_seconds >= 0),
    -- The spans of the video credited as watched, merged: "0-31.5,40-80.25" (seconds).
    watched_spans      varchar(4000)     NOT NULL DEFAULT '',
    beats              integer           NOT NULL DEFAULT 0,
    version            integer           NOT NULL DEFAULT 1
);
CREATE SEQUENCE playback_session_id_seq START WITH 50 INCREMENT BY 50;
CREATE UNIQUE INDEX playback_session_tenant_session_key ON playback_session (tenant_id, session_id);
-- DESIGN §6's "video (session_id, status)": the heartbeat's and the playlist's lookup.
CREATE INDEX playback_session_session_status_idx ON playback_session (session_id, status);
-- One active session per viewer per video: starting another ends the old one first.
CREATE UNIQUE INDEX playback_session_one_active_idx ON playback_session (tenant_id, video_id, user_id)
    WHERE status = 'ACTIVE';
CREATE INDEX playback_session_tenant_idx ON playback_session (tenant_id);
CREATE INDEX playback_session_video_idx ON playback_session (video_id) WHERE counted;
CREATE INDEX playback_session_student_idx ON playback_session (student_id) WHERE counted;

ALTER TABLE playback_session ENABLE ROW LEVEL SECURITY;
ALTER TABLE playback_session FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON playback_session
    USING (tenant_id = current_tenant_id()) WITH CHECK (tenant_id = current_tenant_id());

GRANT SELECT, INSERT, UPDATE, DELETE ON playback_session TO ${app_role};
GRANT USAGE, SELECT ON SEQUENCE playback_session_id_seq TO ${app_role};
