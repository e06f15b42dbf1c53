#!/usr/bin/env bash
# Student list and registration under load, against a running `./academy run` (role all, :9080).
#   bench/run.sh [SECONDS]
# Closed loop: wrk, 50 connections, 2 threads. Open loop: OpenLoop at a fixed 500 req/s.
# The list runs first, while the academy holds exactly the 1,000 seeded students.
# Figures and the machine they came from go to docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")"
SECONDS_PER_RUN="${1:-30}"
BASE="${BENCH_BASE_URL:-http://localhost:9080}"
ADMIN_PASSWORD="${BENCH_ADMIN_PASSWORD:-admin}"

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
curl -fsS -o /dev/null "$BASE/health/ready" || { echo "start the server first: ./academy run" >&2; exit 1; }

mvn -q -B -ntp -Dstyle.color=never package dependency:copy-dependencies -DoutputDirectory=target/lib >/dev/null
CP="target/classes:target/lib/*"
# The generator shares the 2 cores with the server: C1 only and a serial collector keep its own
# compilation and GC threads from showing up as server latency.
GENERATOR=(java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmx512m -cp "$CP")

echo "== seeding an academy with 1,000 students"
TOKEN="$(java -cp "$CP" kr.academy.bench.Seed "$BASE" "$ADMIN_PASSWORD" 1000)"
export BENCH_TOKEN="$TOKEN" BENCH_RUN="$(date +%s)"
LIST="$BASE/api/v1/students?page=0&size=20"

echo "== warm-up"
wrk -t2 -c20 -d10s -H "Authorization: Bearer $TOKEN" "$LIST" >/dev/null

echo "== closed loop: GET list, 50 connections, ${SECONDS_PER_RUN}s"
wrk -t2 -c50 -d"${SECONDS_PER_RUN}s" --latency -H "Authorization: Bearer $TOKEN" "$LIST"

echo "== open loop: GET list at 500 req/s, ${SECONDS_PER_RUN}s"
"${GENERATOR[@]}" kr.academy.bench.OpenLoop GET "$LIST" 500 "$SECONDS_PER_RUN" "$TOKEN"

echo "== closed loop: POST student, 50 connections, ${SECONDS_PER_RUN}s"
wrk -t2 -c50 -d"${SECONDS_PER_RUN}s" --latency -s post-student.lua "$BASE/api/v1/students"

echo "== open loop: POST student at 500 req/s, ${SECONDS_PER_RUN}s"
"${GENERATOR[@]}" kr.academy.bench.OpenLoop POST "$BASE/api/v1/students" 500 "$SECONDS_PER_RUN" "$TOKEN" \
  '{"name":"개방%n","parentPhone":"01055550000","school":"벤치중학교","grade":"중2"}'
