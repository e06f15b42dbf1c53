#!/usr/bin/env bash
# Page detection benchmark (issue 12; figures in docs/performance.md, "Video pages"):
#   1. a 60-minute 1280x720 H.264 lecture at 30 fps with a fixed 250-frame GOP (8.3 s) and every
#      nuisance at known moments: cuts, crossfades, build-ups, slides shown again (painted by the
#      tests' LectureScript), a moving webcam picture, flicker on the frames after each keyframe, and
#      five minutes of grain (FFmpeg filters); encoded once with Debian's ffmpeg (libx264
#      ultrafast) and kept in target/pages (bench/lecture.sh, shared with bench/hls.sh);
#   2. the page finder on it (JavaCV, LGPL FFmpeg): one call in a fresh JVM, wall time; then every
#      page (no maximum) twice in one JVM: time, × realtime, precision, recall and start error
#      against the script; then the default maximum of 15;
#   3. in the same run, FFmpeg's scene filter at 0.3 on keyframes only and with a full decode:
#      time and recall (and, for reference, keyframes only at 0.1).
#   bench/pages.sh
set -euo pipefail
cd "$(dirname "$0")"
# Builds academy-ejb and this project (-Dpages), makes the lecture once; sets VIDEO, WORK and CP.
source ./lecture.sh
BENCH=(java -Xmx1g -cp "$CP" kr.academy.bench.pages.PageBench)

echo "== machine"
nproc
grep -m1 'model name' /proc/cpuinfo
uptime

TIMEFORMAT='wall %R s'
echo "== page finder, one call in a fresh JVM (wall time includes the JVM and FFmpeg's natives)"
time "${BENCH[@]}" once "$VIDEO"

echo "== page finder, every page (no maximum), scored; twice in one JVM"
"${BENCH[@]}" find "$VIDEO"

echo "== ffmpeg scene filter, keyframes only"
time ffmpeg -hide_banner -loglevel error -skip_frame nokey -i "$VIDEO" \
  -vf "select='gt(scene,0.3)',metadata=print:file=$WORK/scenes-nokey.txt" -an -f null -
"${BENCH[@]}" scenes "$WORK/scenes-nokey.txt"

echo "== for reference: the same, keyframes only, at threshold 0.1"
ffmpeg -hide_banner -loglevel error -skip_frame nokey -i "$VIDEO" \
  -vf "select='gt(scene,0.1)',metadata=print:file=$WORK/scenes-nokey-0.1.txt" -an -f null -
"${BENCH[@]}" scenes "$WORK/scenes-nokey-0.1.txt"

echo "== ffmpeg scene filter, every frame decoded"
time ffmpeg -hide_banner -loglevel error -i "$VIDEO" \
  -vf "select='gt(scene,0.3)',metadata=print:file=$WORK/scenes-full.txt" -an -f null -
"${BENCH[@]}" scenes "$WORK/scenes-full.txt"
