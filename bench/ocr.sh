#!/usr/bin/env bash
# OCR benchmark (issue 13; figures in docs/performance.md, "OCR"):
#   1. N homework pages (default 10) rendered from the tests' HomeworkText and TextPages: A4 at
#      300 dpi, Korean and English mixed, NanumGothic / NanumMyeongjo / NanumBarunGothic at
#      10–12 pt; three of every ten turned by 3.5°, -5° and 9°, two phone photos (shadow, grain,
#      soft focus, 2°); written as PNG with their text, kept in target/ocr;
#   2. the product's engine (TesseractOcrEngine, one engine, models loaded and warmed up on the
#      first page first), STANDARD then ACCURATE: seconds per page (PNG decoding included, and
#      without it) and character error rate;
#   3. in the same run, Debian's tesseract command on the same PNGs with the same languages
#      (kor+eng), psm (6), engine (LSTM) and resolution (300 dpi): one process per page, as a
#      script would run it;
#   4. the engine (STANDARD) and the command in turn on each page, ROUNDS times over (default 2):
#      the time ratio, each pair of readings under the same load on a shared machine;
#   5. the engine with each of its steps left out in turn (STANDARD).
# OpenMP: Debian's libtesseract runs up to four threads per page. Both sides run with
# OMP_THREAD_LIMIT=1, one thread per page, as the engine sets for itself in the worker (docs/ocr.md):
# one page at a time here, so neither gets the other core. The measured part waits for
# /tmp/academy-stack.lock (held by heavy integration tests).
#   bench/ocr.sh [N] [ROUNDS]      (about 10 minutes for 10 pages on the idle 2-core machine; twice that loaded)
set -euo pipefail
cd "$(dirname "$0")"
N="${1:-10}"
ROUNDS="${2:-2}"
WORK=target/ocr
export OMP_THREAD_LIMIT=1

missing=()
command -v tesseract >/dev/null || missing+=(tesseract-ocr)
for pkg in tesseract-ocr-kor tesseract-ocr-eng libtesseract5 fonts-nanum; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if ((${#missing[@]})); then
  apt-get update -qq && apt-get install -y -qq "${missing[@]}"
fi

# academy-ejb's jar and test jar (package, never install), then this project with -Dpages.
(cd .. && mvn -q -B -ntp -o -Dstyle.color=never -pl academy-ejb -am package -DskipTests)
mvn -q -B -ntp -o -Dstyle.color=never -Dpages package dependency:copy-dependencies \
  -DoutputDirectory=target/lib >/dev/null
CP="target/classes:target/lib/*"
BENCH=(java -Xmx2g -cp "$CP" kr.academy.bench.ocr.OcrBench)

rm -rf "$WORK"
echo "== rendering $N pages"
"${BENCH[@]}" pages "$WORK" "$N"

echo "== machine"
getconf _NPROCESSORS_ONLN # not nproc: it obeys OMP_THREAD_LIMIT
grep -m1 'model name' /proc/cpuinfo
tesseract --version 2>&1 | head -1
echo "waiting for /tmp/academy-stack.lock"
exec 9>>/tmp/academy-stack.lock
flock 9
echo "load before: $(uptime)"
cat "$WORK"/*.png >/dev/null # in the page cache for both sides

echo "== the engine, STANDARD"
"${BENCH[@]}" engine "$WORK" STANDARD
echo "== the tesseract command"
"${BENCH[@]}" cli "$WORK"
echo "== the engine, ACCURATE"
"${BENCH[@]}" engine "$WORK" ACCURATE
echo "== the engine and the command in turn on each page, $ROUNDS rounds (the time ratio)"
"${BENCH[@]}" versus "$WORK" "$ROUNDS"
echo "== each step left out (STANDARD; evenBackground, deskew, binarise, foreignRuns, latinFirst)"
"${BENCH[@]}" steps "$WORK"

echo "load after: $(uptime)"
flock -u 9
