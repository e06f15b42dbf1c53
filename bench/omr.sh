#!/usr/bin/env bash
# OMR benchmark (issue 13; figures in docs/performance.md, "OMR"):
#   1. paints SHEETS answer sheets with known marks (academy-ejb's test painter, kr.academy.omr.
#      reading.painting, from its test jar): OMRChecker's sample1 (corner markers, 35 fields) and
#      UPSC mock sheet (outline, 113 fields) in turn; flat scans, scans turned up to ±10° on a gray
#      lid, shadowed scans and phone photographs (dark desk, turned, perspective, shadow, noise,
#      JPEG 60–90); per field the usual mix: 3 % blank, 5 % faint, 3 % two marks, 4 % an answer
#      rubbed out and another marked, the rest one firm mark;
#   2. reads them with the product's reader (OpenCvSheetReader) on a pool of THREADS threads —
#      one ai-worker-cpu's slot bound (academy.ai.cpu.max, 5) — and again on 1 thread: sheets per
#      minute of reading (painting is not timed), and per field agreement with the known marks,
#      flagged and silent (unflagged) disagreements.
# The measured part waits for /tmp/academy-stack.lock (held by heavy integration tests).
#   bench/omr.sh [SHEETS] [THREADS]      (default 500 5; about 6 minutes here)
set -euo pipefail
cd "$(dirname "$0")"
SHEETS="${1:-500}"
THREADS="${2:-5}"

# academy-ejb's jar and test jar (package, never install), then this project with the media profile.
(cd .. && mvn -q -B -ntp -o -Dstyle.color=never -pl academy-ejb -am package -DskipTests)
mvn -q -B -ntp -o -Dstyle.color=never -Dpages package dependency:copy-dependencies \
  -DoutputDirectory=target/lib >/dev/null
CP="target/classes:target/lib/*"

echo "== machine"
nproc
grep -m1 'model name' /proc/cpuinfo
echo "waiting for /tmp/academy-stack.lock"
exec 9>>/tmp/academy-stack.lock
flock 9
uptime
java -Xmx2g -cp "$CP" kr.academy.bench.omr.OmrBench "$SHEETS" "$THREADS" 1
uptime
flock -u 9
