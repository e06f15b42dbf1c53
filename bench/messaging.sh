#!/usr/bin/env bash
# Messaging benchmark against a running `./academy run` (role all, :9080), whose local stack runs
# the Solapi stand-in: one batch of 10,000 phone numbers, 3 runs, from the POST to every text
# handed to the provider and to every delivery report read. Target: all sent in under 10 s.
#   bench/messaging.sh
# Figures go to docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")"
BASE="${BENCH_BASE_URL:-http://localhost:9080}"
ADMIN_PASSWORD="${BENCH_ADMIN_PASSWORD:-admin}"

curl -fsS -o /dev/null "$BASE/health/ready" || { echo "start the server first: ./academy run" >&2; exit 1; }
mvn -q -B -ntp -Dstyle.color=never package dependency:copy-dependencies -DoutputDirectory=target/lib >/dev/null
java -cp "target/classes:target/lib/*" kr.academy.bench.MessageBench "$BASE" "$ADMIN_PASSWORD" \
  "${BENCH_RECIPIENTS:-10000}" "${BENCH_RUNS:-3}"
