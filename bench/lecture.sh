#!/usr/bin/env bash
# The benchmarks' 60-minute lecture (issue 12), shared by bench/pages.sh and bench/hls.sh:
#   builds academy-ejb's jar and test jar (package, never install) and this project with the media
#   profile (-Dpages), then, once, paints the lecture's stills (the tests' LectureScript) and
#   encodes a 1280x720 H.264 lecture at 30 fps with a fixed 250-frame GOP (8.3 s) and every
#   nuisance at known moments: cuts, crossfades, build-ups, slides shown again, a moving webcam
#   picture, flicker on the frames after each keyframe, and five minutes of grain (FFmpeg
#   filters); Debian's ffmpeg (libx264 ultrafast), kept in target/pages/lecture.mp4.
# Run it from a benchmark script: `source lecture.sh` (in bench/); it leaves VIDEO, WORK, CP and
# BENCH_CP set. It never ships: only the generator uses Debian's ffmpeg with libx264.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
WORK=target/pages
VIDEO="$WORK/lecture.mp4"

command -v ffmpeg >/dev/null || { apt-get update -qq && apt-get install -y -qq ffmpeg; }
# JavaCV's FFmpeg natives (and its ffmpeg executable) link libpulse.so.0 (docs/video.md).
dpkg -s libpulse0 >/dev/null 2>&1 || apt-get install -y -qq libpulse0

# academy-ejb's jar and test jar (package, never install), then this project with the media profile.
(cd .. && mvn -q -B -ntp -o -Dstyle.color=never -pl academy-ejb -am package -DskipTests)
mvn -q -B -ntp -o -Dstyle.color=never -Dpages package dependency:copy-dependencies \
  -DoutputDirectory=target/lib >/dev/null
CP="target/classes:target/lib/*"

if [[ ! -s "$VIDEO" ]]; then
  echo "== painting the lecture's stills"
  java -Xmx1g -cp "$CP" kr.academy.bench.pages.PageBench stills "$WORK/stills"
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
