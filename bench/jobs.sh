#!/usr/bin/env bash
# Job backbone benchmarks against a running `./academy run` (role all, :9080):
#   1. STUDENT_EXPORT of 10,000 students, request to DONE (5 runs);
#   2. GET /jobs/{id}/progress: wrk closed loop at 50 connections, OpenLoop at 2,000 req/s;
#   3. messages/s through the SQS adapter into a message-driven bean (probes on the messaging
#      queue, 5 consumers) against plain SDK receive/delete loops, same local SQS, same 5.
#   bench/jobs.sh [SECONDS]
# Figures go to docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")"
SECONDS_PER_RUN="${1:-30}"
BASE="${BENCH_BASE_URL:-http://localhost:9080}"
ADMIN_PASSWORD="${BENCH_ADMIN_PASSWORD:-admin}"
MESSAGES="${BENCH_MESSAGES:-5000}"
SERVER=(../academy-ear/target/liberty/wlp/bin/server)
SERVER_NAME="${BENCH_SERVER_NAME:-academy}"

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
curl -fsS -o /dev/null "$BASE/health/ready" || { echo "start the server first: ./academy run" >&2; exit 1; }
set -a
# shellcheck disable=SC1091  # written by ./academy run
source ../.academy/local-stack.env
set +a

mvn -q -B -ntp -Dstyle.color=never package dependency:copy-dependencies -DoutputDirectory=target/lib >/dev/null
CP="target/classes:target/lib/*"
GENERATOR=(java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmx512m -cp "$CP")

echo "== seeding an academy with 10,000 students"
TOKEN="$(java -cp "$CP" kr.academy.bench.Seed "$BASE" "$ADMIN_PASSWORD" 10000)"

echo "== export of 10,000 students, request to DONE"
JOB="$(java -cp "$CP" kr.academy.bench.ExportTimer "$BASE" "$TOKEN" 5)"
PROGRESS="$BASE/api/v1/jobs/$JOB/progress"

echo "== warm-up"
wrk -t2 -c20 -d10s -H "Authorization: Bearer $TOKEN" "$PROGRESS" >/dev/null

echo "== closed loop: GET progress, 50 connections, ${SECONDS_PER_RUN}s"
wrk -t2 -c50 -d"${SECONDS_PER_RUN}s" --latency -H "Authorization: Bearer $TOKEN" "$PROGRESS"

echo "== open loop: GET progress at 2,000 req/s, ${SECONDS_PER_RUN}s"
"${GENERATOR[@]}" kr.academy.bench.FixedRateGet "$PROGRESS" 2000 "$SECONDS_PER_RUN" "$TOKEN" 50

echo "== $MESSAGES messages through the adapter (consumers paused while the queue fills)"
# `server pause`/`resume` answer 37 although they did their work; the drain below checks it.
"${SERVER[@]}" pause "$SERVER_NAME" >/dev/null || true
java -cp "$CP" kr.academy.bench.QueueThroughput fill academy-messaging-jobs "$MESSAGES" 2>/dev/null
java -cp "$CP" kr.academy.bench.QueueThroughput drain academy-messaging-jobs 0 2>/dev/null &
DRAIN=$!
"${SERVER[@]}" resume "$SERVER_NAME" >/dev/null || true
wait "$DRAIN"

echo "== $MESSAGES messages through plain SDK loops"
java -cp "$CP" kr.academy.bench.QueueThroughput sdk academy-bench-sdk "$MESSAGES" 5 2>/dev/null
