#!/usr/bin/env bash
# Student import benchmarks against a running `./academy run` (role all, :9080):
#   1. 5,000 rows (1,000 unchanged, 1,000 changed, 500 removed, 2,000 new, 500 invalid) into an
#      academy of 3,000: upload to DONE and worker time, 5 runs; then the same rows through a
#      per-row lookup-and-save loop, for the speed-up ratio;
#   2. 100,000 new rows: worker time, then a second run measuring the server's live heap after a
#      full GC before the upload and half way through;
#   3. EXPLAIN of the chunk lookup on the 100,000-student academy.
#   bench/imports.sh
# Figures go to docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")"
BASE="${BENCH_BASE_URL:-http://localhost:9080}"
ADMIN_PASSWORD="${BENCH_ADMIN_PASSWORD:-admin}"
SERVER_NAME="${BENCH_SERVER_NAME:-academy}"

curl -fsS -o /dev/null "$BASE/health/ready" || { echo "start the server first: ./academy run" >&2; exit 1; }
set -a
# shellcheck disable=SC1091  # written by ./academy run
source "${BENCH_STACK_ENV:-../.academy/local-stack.env}"
set +a
PID="$(pgrep -f "ws-server.jar $SERVER_NAME" | head -1)"

mvn -q -B -ntp -Dstyle.color=never package dependency:copy-dependencies -DoutputDirectory=target/lib >/dev/null
CP="target/classes:target/lib/*"

echo "== 5,000 mixed rows, 5 runs, then the per-row loop"
java -cp "$CP" kr.academy.bench.ImportBench "$BASE" "$ADMIN_PASSWORD" mix 5

echo "== 100,000 new rows (the second run measures the heap of server $PID)"
java -Xmx1g -cp "$CP" kr.academy.bench.ImportBench "$BASE" "$ADMIN_PASSWORD" big 100000 "$PID"

echo "== EXPLAIN of one chunk's lookup (500 keys) in an academy of 100,000"
TENANT="$(PGPASSWORD="$ACADEMY_DB_MIGRATION_PASSWORD" psql -qtA -h "$ACADEMY_DB_HOST" -p "$ACADEMY_DB_PORT" \
  -U "$ACADEMY_DB_MIGRATION_USER" "$ACADEMY_DB_NAME" \
  -c "SELECT tenant_id FROM job WHERE type = 'STUDENT_IMPORT' ORDER BY id DESC LIMIT 1")"
PGPASSWORD="$ACADEMY_DB_MIGRATION_PASSWORD" psql -qX -h "$ACADEMY_DB_HOST" -p "$ACADEMY_DB_PORT" \
  -U "$ACADEMY_DB_MIGRATION_USER" "$ACADEMY_DB_NAME" -v tenant="$TENANT" -f explain-import.sql
