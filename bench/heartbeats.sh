#!/usr/bin/env bash
# Playback heartbeats (issue 12; figures in docs/performance.md, "Playback heartbeats"), against a
# running `./academy run` (role all, :9080):
#   bench/heartbeats.sh [SECONDS] [WATCHERS] [RATE...]
# A fresh academy gets WATCHERS ready, published video rows (inserted in SQL: heartbeats read no
# file), one playback session each (opened by the owner through the API), then open-loop
# heartbeats at each rate: 1,000 students beating every 30 s is 34 per second; the higher rates
# find where the p99 passes 50 ms.
set -euo pipefail
cd "$(dirname "$0")"
SECONDS_PER_RUN="${1:-30}"
WATCHERS="${2:-1000}"
shift $(( $# > 2 ? 2 : $# ))
RATES=("$@")
[[ ${#RATES[@]} -gt 0 ]] || RATES=(34 250 500 1000)
BASE="${BENCH_BASE_URL:-http://localhost:9080}"
ADMIN_PASSWORD="${BENCH_ADMIN_PASSWORD:-admin}"
set -a
# shellcheck disable=SC1090
source "${BENCH_STACK_ENV:-../.academy/local-stack.env}"
set +a
curl -fsS -o /dev/null "$BASE/health/ready" || { echo "start the server first: ./academy run" >&2; exit 1; }

mvn -q -B -ntp -Dstyle.color=never package dependency:copy-dependencies -DoutputDirectory=target/lib >/dev/null
CP="target/classes:target/lib/*"
GENERATOR=(java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmx512m -cp "$CP")

echo "== a fresh academy with $WATCHERS ready videos"
TOKEN="$(java -cp "$CP" kr.academy.bench.Seed "$BASE" "$ADMIN_PASSWORD" 0)"
PSQL=(psql -qX -v ON_ERROR_STOP=1 -h "$ACADEMY_DB_HOST" -p "$ACADEMY_DB_PORT"
  -U "$ACADEMY_DB_MIGRATION_USER" "$ACADEMY_DB_NAME")
# The academy Seed just opened is the newest.
TENANT="$(PGPASSWORD="$ACADEMY_DB_MIGRATION_PASSWORD" "${PSQL[@]}" -tA \
  -c "SELECT id FROM tenant ORDER BY id DESC LIMIT 1")"
PGPASSWORD="$ACADEMY_DB_MIGRATION_PASSWORD" "${PSQL[@]}" -v tenant="$TENANT" \
  -v watchers="$WATCHERS" <<'SQL'
SELECT set_config('app.tenant_id', :'tenant', false) \g /dev/null
WITH v AS (SELECT g, gen_random_uuid() AS uuid FROM generate_series(1, :watchers) g)
INSERT INTO video (id, tenant_id, video_id, title, file_name, content_type, size_bytes, status,
                   published, object_prefix, source_key, upload_expires_at, duration_seconds,
                   width, height, has_video, has_audio, hls_master_key)
SELECT nextval('video_id_seq'), :tenant, v.uuid, '벤치 강의 ' || v.g, 'bench.mp4', 'video/mp4', 1000,
       'READY', true, 'tenants/' || :tenant || '/videos/' || v.uuid || '/',
       'tenants/' || :tenant || '/videos/' || v.uuid || '/source', now() + interval '1 day', 3600,
       1280, 720, true, true, 'tenants/' || :tenant || '/videos/' || v.uuid || '/hls/master.m3u8'
FROM v;
SQL

echo "== heartbeats: $WATCHERS watchers, ${SECONDS_PER_RUN}s per rate (${RATES[*]}/s)"
"${GENERATOR[@]}" kr.academy.bench.HeartbeatBench "$BASE" "$TOKEN" "$WATCHERS" "$SECONDS_PER_RUN" "${RATES[@]}"
