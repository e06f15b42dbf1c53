#!/usr/bin/env bash
# Page detection benchmark (issue 12; figures in docs/performance.md, "Video pages"):
#   1. a 60-minute 1280x720 H.264 lecture at 30 fps with a fixed 250-frame GOP (8.3 s) and every
#      nuisance at known moments: cuts, crossfades, build-ups, slides shown again (painted by the
#      tests' LectureScript), a moving webcam picture, flicker on the frames after each keyframe, and
#      five minutes of grain (FFmpeg filters); encoded once with Debian's ffmpeg (libx264
#      ultrafast) and kept in target/pages;
#   2. the page finder on it (JavaCV, LGPL FFmpeg): one call in a fresh JVM, wall time; then every
#      page (no maximum) twice in one JVM: time, × realtime, precision, recall and start error
#      against the script; then the default maximum of 15;
#   3. in the same run, FFmpeg's scene filter at 0.3 on keyframes only and with a full decode:
#      time and recall (and, for reference, keyframes only at 0.1).
#   bench/pages.sh
set -euo pipefail
cd "$(dirname "$0")"
WORK=target/pages
VIDEO="$WORK/lecture.mp4"

command -v ffmpeg >/dev/null || { apt-get update -qq && apt-get install -y -qq ffmpeg; }

# academy-ejb's jar and test jar (package, never install), then this project with the page profile.
(cd .. && mvn -q -B -ntp -o -Dstyle.color=never -pl academy-ejb -am package -DskipTests)
mvn -q -B -ntp -o -Dstyle.color=never -Dpages package dependency:copy-dependencies \
  -DoutputDirectory=target/lib >/dev/null
CP="target/classes:target/lib/*"
BENCH=(java -Xmx1g -cp "$CP" kr.academy.bench.pages.PageBench)

if [[ ! -s "$VIDEO" ]]; then
  echo "== painting the lecture's stills"
  "${BENCH[@]}" stills "$WORK/stills"
  echo "== encoding the lecture (once; kept in $VIDEO)"
  # Webcam: FFmpeg's moving test picture in the lower right corner, drifting. Flicker: the three
  # frames from each keyframe on are brighter. Noise: grain from minute 20 to 25.
  ffmpeg -hide_banner -loglevel error -y \
    -f concat -safe 0 -i "$WORK/stills/lecture.ffconcat" \
    -f lavfi -i "testsrc2=size=256x192:rate=30" \
    -filter_complex "[0:v]fps=30,format=yuv420p,eq=brightness='if(lt(mod(n,250),3),0.02,0)':eval=frame[slides];[slides][1:v]overlay=x='W-w-48+16*sin(t/3)':y='H-h-40+12*cos(t/4)':shortest=1,noise=alls=6:allf=t:enable='between(t,1200,1500)'[lecture]" \
    -map "[lecture]" -t 3600 -c:v libx264 -preset ultrafast -crf 26 -g 250 -keyint_min 250 \
    -sc_threshold 0 -pix_fmt yuv420p "$VIDEO.part.mp4"
  mv "$VIDEO.part.mp4" "$VIDEO"
fi
ffprobe -hide_banner -loglevel error -select_streams v:0 \
  -show_entries stream=codec_name,width,height,r_frame_rate:format=duration,size -of compact "$VIDEO"

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
