#!/usr/bin/env bash
# Builds the role images of docker/Dockerfile without a container registry, from Debian packages
# with buildah, and proves them: each role starts from its image's own root filesystem against a
# throw-away local stack (tools/stack.sh, profile `test`) and must answer /health/ready.
#
#   docker/build-local.sh              build, prove every role, print each image's size
#   docker/build-local.sh ROLE...      build, prove these roles only
#   docker/build-local.sh --build-only build and print the sizes
#
# Run it after the Maven build: it takes academy-ear/target/academy.ear and
# target/image/lib/jdbc/postgresql.jar (`mvn package`) and the Liberty runtime the
# liberty-maven-plugin unpacks into academy-ear/target/liberty/wlp (`./academy run`, or the
# `mvn verify` of `./academy test`). Exits 0 after printing "SKIPPED: <reason>" where buildah cannot
# work on the machine; non-zero when a build fails or a role does not become ready. Each role's
# server log stays in .academy/images/<role>.messages.log.
#
# The images (docs/images.md): localhost/academy:api, :messaging-worker, :video-worker and
# :ai-worker (roles ai-worker-cpu and ai-worker-gpu). The Debian layers below them are kept between
# runs and made again when their recipe changes, and every ISO week for security updates.
set -euo pipefail
# A failing step inside $(...) fails the step that called it.
shopt -s inherit_errexit
# Docker's image format: OCI's has no HEALTHCHECK.
export BUILDAH_FORMAT=docker

ACADEMY_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export ACADEMY_HOME
# shellcheck source=tools/stack.sh
source "$ACADEMY_HOME/tools/stack.sh"

readonly TARGET_DIR=$ACADEMY_HOME/academy-ear/target
readonly WLP=$TARGET_DIR/liberty/wlp
readonly EAR=$TARGET_DIR/academy.ear
readonly IMAGE_LIB=$TARGET_DIR/image/lib
readonly CONFIG_DIR=$ACADEMY_HOME/src/liberty/config
readonly SUITE=bookworm
readonly MIRROR=${ACADEMY_IMAGE_MIRROR:-http://deb.debian.org/debian}
readonly STORAGE_ROOT=${ACADEMY_IMAGE_STORAGE:-/var/lib/academy-images}
readonly RUN_ROOT=/run/academy-images
readonly IMAGE=localhost/academy
readonly JAVA_HOME_IN_IMAGE=/usr/lib/jvm/java-17-openjdk-amd64
# The layout of the official Open Liberty images, so that both Dockerfile and this script give a
# server at the same paths: runtime /opt/ol/wlp, server defaultServer, /config, /output, /logs.
readonly SERVER_DIR=opt/ol/wlp/usr/servers/defaultServer
readonly OUTPUT_DIR=opt/ol/wlp/output/defaultServer
# The launcher's start timeout; a loaded machine may need more (ACADEMY_IMAGE_START_TIMEOUT).
readonly START_TIMEOUT_SECONDS=${ACADEMY_IMAGE_START_TIMEOUT:-300}
# Roles started at once during the proof after the first (see prove_roles); more than one pays
# only where there are more cores than two (ACADEMY_IMAGE_PROOF_PARALLEL).
readonly PROOF_PARALLEL=${ACADEMY_IMAGE_PROOF_PARALLEL:-1}
readonly STOP_TIMEOUT_SECONDS=60

# What every image runs on: a Java 17 runtime, CA certificates (SQS, S3, Solapi over TLS) and curl
# (the container health check).
readonly OS_PACKAGES=(openjdk-17-jre-headless ca-certificates curl)
# The Debian packages a role's natives load, by image (docs/images.md). JavaCV's FFmpeg and OpenCV
# natives come inside the EAR's bytedeco jars; FFmpeg's avdevice links PulseAudio and XCB, which a
# minimal Debian lacks. Tess4J loads Debian's libtesseract.so.5 through JNA and reads its models.
declare -rA NATIVE_PACKAGES=(
  [video]="libpulse0 libxcb1 libxcb-shm0"
  [ai]="libtesseract5 tesseract-ocr-kor tesseract-ocr-eng"
)
readonly TARGETS=(api messaging-worker video-worker ai-worker)
declare -rA TARGET_NATIVES=([api]="" [messaging-worker]="" [video-worker]=video [ai-worker]=ai)
# The role an image starts when ACADEMY_ROLE is not set.
declare -rA TARGET_ROLE=(
  [api]=api [messaging-worker]=messaging-worker [video-worker]=video-worker
  [ai-worker]=ai-worker-cpu
)
# Every role of DESIGN §1 but `all` (the developer's process), the image it runs from, and the
# ports it listens on during the proof (127.0.0.1 only; the ports lock makes them ours).
readonly ROLES=(api video-worker ai-worker-cpu ai-worker-gpu messaging-worker)
declare -rA ROLE_TARGET=(
  [api]=api [video-worker]=video-worker [ai-worker-cpu]=ai-worker [ai-worker-gpu]=ai-worker
  [messaging-worker]=messaging-worker
)
declare -rA ROLE_HTTP_PORT=(
  [api]=19281 [video-worker]=19282 [ai-worker-cpu]=19283 [ai-worker-gpu]=19284
  [messaging-worker]=19285
)

buildah_=()
stage=""
roles=()
declare -A proof_pid=() proof_container=() proof_started=()

main() {
  local proof=true
  while (($#)); do
    case $1 in
      --build-only) proof=false ;;
      *)
        if [[ -z ${ROLE_TARGET[$1]:-} ]]; then
          sed -n '6,8p' "$0" | sed 's/^# \{0,1\}//' >&2
          echo "roles: ${ROLES[*]}" >&2
          exit 2
        fi
        roles+=("$1")
        ;;
    esac
    shift
  done
  if ((${#roles[@]} == 0)); then
    roles=("${ROLES[@]}")
  fi
  local started=$SECONDS
  require_inputs
  require_buildah
  trap cleanup EXIT
  stage=$(mktemp -d "${TMPDIR:-/tmp}/academy-image.XXXXXX")
  stage_server
  local target
  for target in "${TARGETS[@]}"; do
    build_target "$target"
  done
  unpack_natives
  for target in "${TARGETS[@]}"; do
    check_natives "$target"
  done
  prune_layers
  if [[ $proof == true ]]; then
    prove_roles
  fi
  print_sizes
  echo "==> images built$([[ $proof == true ]] && echo " and proved") in $((SECONDS - started)) s"
}

# --- prerequisites ------------------------------------------------------------------------------

require_inputs() {
  local missing=() path
  for path in "$EAR" "$IMAGE_LIB/jdbc/postgresql.jar" "$WLP/bin/server"; do
    [[ -e $path ]] || missing+=("${path#"$ACADEMY_HOME"/}")
  done
  if ((${#missing[@]})); then
    echo "build-local: missing ${missing[*]}: run the Maven build first (./academy run, or the" \
      "mvn verify of ./academy test)" >&2
    exit 1
  fi
}

skip() {
  echo "build-local: SKIPPED: $*; no image built or proved"
  exit 0
}

# Installs buildah and mmdebstrap from Debian when missing, then chooses the storage driver that
# works here: overlay, else vfs (a full copy per layer: slower, larger, but it works on any file
# system). Whatever keeps buildah from working is a reason to skip, not a failure.
require_buildah() {
  if ((EUID != 0)); then
    skip "needs root (mmdebstrap and chroot write files owned by other users; rootless buildah is not set up here)"
  fi
  local missing=()
  command -v buildah >/dev/null || missing+=(buildah)
  command -v mmdebstrap >/dev/null || missing+=(mmdebstrap)
  if ((${#missing[@]})); then
    stack_apt_install "${missing[@]}" || skip "could not install ${missing[*]} with apt-get"
  fi
  local driver reason=""
  for driver in overlay vfs; do
    buildah_=(buildah --root "$STORAGE_ROOT/$driver" --runroot "$RUN_ROOT/$driver"
      --storage-driver "$driver")
    if reason=$(probe_storage 2>&1); then
      echo "==> $(buildah --version), storage driver $driver in $STORAGE_ROOT/$driver"
      return 0
    fi
  done
  skip "buildah cannot create and mount a container here (${reason//$'\n'/ })"
}

probe_storage() {
  local ctr
  ctr=$("${buildah_[@]}" from scratch) || return 1
  "${buildah_[@]}" mount "$ctr" >/dev/null && "${buildah_[@]}" rm "$ctr" >/dev/null
}

# --- build --------------------------------------------------------------------------------------

# The server every image carries, staged once: the Liberty runtime cut down to the features
# server.xml names (`server package --include=minify`: what features.sh gives the official
# kernel-slim image), the configuration, the EAR and the JDBC driver, owned by user 1001.
stage_server() {
  echo "==> staging the server (Liberty runtime minified to server.xml's features)"
  local user=$stage/usr root=$stage/root
  mkdir -p "$user/servers/defaultServer" "$root/opt/ol"
  cp -r "$CONFIG_DIR/." "$user/servers/defaultServer/"
  # Feature resolution only (no port is opened); a clean environment keeps the caller's
  # ACADEMY_* settings out of it.
  env -i PATH="$PATH" ${JAVA_HOME:+JAVA_HOME="$JAVA_HOME"} WLP_USER_DIR="$user" \
    "$WLP/bin/server" package defaultServer --include=minify --archive="$stage/wlp.zip" \
    >"$stage/minify.log" 2>&1 || {
    tail -n 20 "$stage/minify.log" >&2
    echo "build-local: minifying the Liberty runtime failed" >&2
    return 1
  }
  unzip -q "$stage/wlp.zip" -d "$root/opt/ol"
  rm -rf "$root/opt/ol/wlp/usr"
  local server=$root/$SERVER_DIR
  mkdir -p "$server/apps" "$server/configDropins/defaults" "$server/configDropins/overrides" \
    "$root/$OUTPUT_DIR" "$root/logs"
  cp -r "$CONFIG_DIR/." "$server/"
  cp "$ACADEMY_HOME/docker/jvm.options" "$server/"
  cp "$EAR" "$server/apps/academy.ear"
  cp -r "$IMAGE_LIB" "$server/lib"
  ln -s "/$SERVER_DIR" "$root/config"
  ln -s "/$OUTPUT_DIR" "$root/output"
  ln -s /opt/ol/wlp "$root/liberty"
  # Group 0 may write what 1001 may: a platform that runs the image under another uid in group 0
  # (OpenShift) still works, as with the official images.
  chown -R 1001:0 "$root/opt/ol" "$root/logs"
  chmod -R g+rw "$root/opt/ol" "$root/logs"
}

# Prints the image name of a layer made by FUNCTION with ARGS, tagged with a hash of its recipe
# (the function's text, its arguments, the mirror, the ISO week), and builds it when missing.
cached_layer() {
  local name=$1 function=$2
  shift 2
  local key image
  key=$({
    declare -f "$function"
    declare -p OS_PACKAGES NATIVE_PACKAGES
    echo "$* $SUITE $MIRROR $(date -u +%G-%V)"
  } | sha256sum)
  image=localhost/$name:${key:0:16}
  if ! "${buildah_[@]}" inspect --type image "$image" >/dev/null 2>&1; then
    "$function" "$image" "$@" >&2 || return 1
  fi
  echo "$image"
}

# Debian 12 with a Java 17 runtime and user 1001 (group 0), without documentation, manuals or
# translations. apt stays, so that the natives layers install on top of it.
build_os() {
  local image=$1 ctr mnt log=$stage/mmdebstrap.log
  echo "==> building $image: Debian $SUITE, ${OS_PACKAGES[*]} (mmdebstrap; a few minutes)"
  ctr=$("${buildah_[@]}" from scratch)
  mnt=$("${buildah_[@]}" mount "$ctr")
  # The JRE's postinst links its manual page into man1 even when manuals are left out; mmdebstrap
  # runs the hook with the root as $1.
  # shellcheck disable=SC2016
  if ! mmdebstrap --variant=apt --include="$(IFS=, && echo "${OS_PACKAGES[*]}")" \
    --aptopt='Acquire::Languages "none"' --dpkgopt=force-unsafe-io \
    --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-exclude=/usr/share/man/*' \
    --dpkgopt='path-exclude=/usr/share/locale/*' \
    --setup-hook='mkdir -p "$1/usr/share/man/man1"' \
    "$SUITE" "$mnt" "$MIRROR" >"$log" 2>&1; then
    tail -n 20 "$log" >&2
    "${buildah_[@]}" rm "$ctr" >/dev/null
    echo "build-local: mmdebstrap failed" >&2
    return 1
  fi
  # The user of the official images: uid 1001, group root, no login, no home folder.
  echo 'default:x:1001:0:Open Liberty:/nonexistent:/usr/sbin/nologin' >>"$mnt/etc/passwd"
  "${buildah_[@]}" commit -q --rm --format docker "$ctr" "$image" >/dev/null
}

# OS_IMAGE plus the Debian packages of one kind of natives.
build_natives() {
  local image=$1 os_image=$2 kind=$3 ctr
  echo "==> building $image: ${NATIVE_PACKAGES[$kind]} (apt-get)"
  ctr=$("${buildah_[@]}" from "$os_image")
  # shellcheck disable=SC2086  # the package list is words
  if ! "${buildah_[@]}" run --isolation chroot --network host "$ctr" -- sh -ec "
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends ${NATIVE_PACKAGES[$kind]}
    rm -rf /var/lib/apt/lists/*" >"$stage/natives-$kind.log" 2>&1; then
    tail -n 20 "$stage/natives-$kind.log" >&2
    "${buildah_[@]}" rm "$ctr" >/dev/null
    echo "build-local: installing ${NATIVE_PACKAGES[$kind]} failed" >&2
    return 1
  fi
  "${buildah_[@]}" commit -q --rm --format docker "$ctr" "$image" >/dev/null
}

# One role image: its natives layer, the staged server on top, and the configuration of the
# Dockerfile's target of the same name.
build_target() {
  local target=$1 base kind=${TARGET_NATIVES[$1]} ctr mnt
  base=$(cached_layer academy-os build_os)
  if [[ -n $kind ]]; then
    base=$(cached_layer "academy-natives-$kind" build_natives "$base" "$kind")
  fi
  echo "==> building $IMAGE:$target on $base"
  ctr=$("${buildah_[@]}" from "$base")
  mnt=$("${buildah_[@]}" mount "$ctr")
  # Entry by entry, with owners and links as staged (the image's root keeps its own mode).
  cp -a "$stage/root/opt/ol" "$mnt/opt/"
  cp -a "$stage/root/logs" "$stage/root/config" "$stage/root/output" "$stage/root/liberty" "$mnt/"
  # The health check's port follows ACADEMY_HTTP_PORT, expanded by the container's shell; through
  # `sh -c`, because buildah splits a CMD-SHELL string into words and drops the `|| exit 1`.
  # shellcheck disable=SC2016
  "${buildah_[@]}" config \
    --env JAVA_HOME="$JAVA_HOME_IN_IMAGE" \
    --env PATH="/opt/ol/wlp/bin:$JAVA_HOME_IN_IMAGE/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" \
    --env WLP_OUTPUT_DIR=/opt/ol/wlp/output --env LOG_DIR=/logs \
    --env ACADEMY_ROLE="${TARGET_ROLE[$target]}" \
    --user 1001:0 --workingdir /opt/ol/wlp \
    --port 9080 --port 9443 \
    --entrypoint '["/opt/ol/wlp/bin/server", "run", "defaultServer"]' --cmd '' \
    --healthcheck 'CMD sh -c "curl -fsS -o /dev/null http://127.0.0.1:${ACADEMY_HTTP_PORT:-9080}/health/live || exit 1"' \
    --healthcheck-interval 30s --healthcheck-timeout 10s --healthcheck-start-period 180s \
    --healthcheck-retries 3 \
    --label org.opencontainers.image.title="academy $target" \
    --label org.opencontainers.image.revision="$(git -C "$ACADEMY_HOME" rev-parse HEAD 2>/dev/null || echo unknown)" \
    "$ctr"
  "${buildah_[@]}" commit -q --rm --format docker "$ctr" "$IMAGE:$target" >/dev/null
}

# The libraries of the EAR's JavaCV jars (linux-x86_64), by library, for check_natives.
unpack_natives() {
  local name
  for name in ffmpeg opencv openblas; do
    mkdir -p "$stage/natives/$name"
    unzip -q -p "$EAR" "lib/org.bytedeco-$name-*-linux-x86_64.jar" >"$stage/natives/$name.jar"
    unzip -q -o "$stage/natives/$name.jar" 'org/*' -d "$stage/natives/$name"
    rm "$stage/natives/$name.jar"
  done
}

# Prints the system libraries the natives under DIR... (inside the image) link but the image lacks.
# Left out: OpenCV's highgui (GTK; the code never loads it), the Python module, and the name under
# which JavaCPP itself links OpenBLAS at load time.
missing_libraries() {
  local ctr=$1
  shift
  # shellcheck disable=SC2016  # expanded inside the image
  "${buildah_[@]}" run --isolation chroot -v "$stage/natives:/natives:ro" "$ctr" -- sh -c '
    path=$(find "$@" -name "*.so*" -printf "%h\n" | sort -u | paste -sd:)
    find "$@" -type f \( -name "*.so*" -o -name ffmpeg \) ! -name "*highgui*" ! -name "*cpython*" \
      | while read -r lib; do LD_LIBRARY_PATH=$path ldd "$lib"; done \
      | sed -n "s/^[[:space:]]*\([^ ]*\) => not found.*/\1/p" | grep -v "^libopenblas_nolapack" \
      | sort -u | paste -sd" "' sh "$@"
}

# What each image's natives link against, resolved inside the image: FFmpeg's in video-worker,
# OpenCV's and Tesseract in ai-worker; and what the others do not carry.
check_natives() {
  local target=$1 ctr ffmpeg opencv tesseract
  ctr=$("${buildah_[@]}" from "$IMAGE:$target")
  ffmpeg=$(missing_libraries "$ctr" /natives/ffmpeg)
  opencv=$(missing_libraries "$ctr" /natives/opencv /natives/openblas)
  tesseract=$("${buildah_[@]}" run --isolation chroot "$ctr" -- sh -c \
    'ldconfig -p | grep -q "libtesseract\.so\.5 " && echo libtesseract.so.5; ls /usr/share/tesseract-ocr/5/tessdata 2>/dev/null | grep -o "^\(kor\|eng\)\.traineddata$" || true' \
    | paste -sd' ')
  "${buildah_[@]}" rm "$ctr" >/dev/null
  case ${TARGET_NATIVES[$target]} in
    video)
      [[ -z $ffmpeg ]] || {
        echo "build-local: $IMAGE:$target lacks $ffmpeg for FFmpeg's natives" >&2
        return 1
      }
      echo "==> $IMAGE:$target: FFmpeg's natives find every library they link"
      ;;
    ai)
      [[ -z $opencv && $tesseract == *libtesseract* && $tesseract == *kor.* && $tesseract == *eng.* ]] || {
        echo "build-local: $IMAGE:$target: OpenCV lacks '$opencv'; Tesseract: '$tesseract'" >&2
        return 1
      }
      echo "==> $IMAGE:$target: OpenCV's natives find every library they link; $tesseract"
      ;;
    *)
      echo "==> $IMAGE:$target: carries no natives' packages (FFmpeg would lack ${ffmpeg:-nothing}; Tesseract: ${tesseract:-absent})"
      ;;
  esac
}

# Drops the Debian layers of earlier recipes or weeks, and the images that rebuilt tags replaced.
prune_layers() {
  local current image kind
  current=" $(cached_layer academy-os build_os) "
  for kind in "${!NATIVE_PACKAGES[@]}"; do
    current+="$(cached_layer "academy-natives-$kind" build_natives "$(cached_layer academy-os build_os)" "$kind") "
  done
  for image in $("${buildah_[@]}" images --format '{{.Name}}:{{.Tag}}' \
    | grep -E '^localhost/academy-(os|natives-[a-z]+):'); do
    if [[ $current != *" $image "* ]]; then
      "${buildah_[@]}" rmi "$image" >/dev/null
    fi
  done
  "${buildah_[@]}" rmi --prune >/dev/null 2>&1 || true
}

print_sizes() {
  echo "==> image sizes (uncompressed, every layer; the Debian layers are shared)"
  local target
  for target in "${TARGETS[@]}"; do
    printf '  %-36s %s\n' "$IMAGE:$target" \
      "$("${buildah_[@]}" images --format '{{.Size}}' "$IMAGE:$target")"
  done
}

# --- proof --------------------------------------------------------------------------------------

# Starts the roles from their images against the test stack and waits for each /health/ready; the
# AI roles must also have loaded OpenCV's natives from their image (liveness check `ai`). A role
# is stopped as soon as it is proved, and the next one starts. The first role starts alone: it
# migrates the empty database and creates the platform admin, as the deploy's first task does (two
# roles starting at once on an empty database raced for the platform admin: the loser's
# StartupGuard failed on platform_admin_phone_key). The others start PROOF_PARALLEL at a time: the
# start is CPU-bound (two at once on two busy cores took over five minutes each, alone 110 s).
# The test stack and these ports are fixed: the same lock as `./academy test` keeps two of them
# apart (unless the caller already holds it).
prove_roles() {
  if [[ -z ${ACADEMY_TEST_LOCK_HELD:-} ]] && command -v flock >/dev/null; then
    local lock=${TMPDIR:-/tmp}/academy-test-ports.lock
    exec 9>"$lock"
    if ! flock -n 9; then
      echo "==> another ./academy test holds the test ports; waiting for it to finish"
      flock 9
    fi
  fi
  echo "==> starting the test stack"
  stack_start test >/dev/null
  local pending=("${roles[@]}") active=() still=() role failed=() status width=1
  while ((${#pending[@]} + ${#active[@]})); do
    if ((${#pending[@]} < ${#roles[@]} && ${#active[@]} == 0)); then
      width=$PROOF_PARALLEL
    fi
    while ((${#active[@]} < width && ${#pending[@]})); do
      start_role "${pending[0]}"
      active+=("${pending[0]}")
      pending=("${pending[@]:1}")
    done
    still=()
    for role in "${active[@]}"; do
      status=0
      check_role "$role" || status=$?
      case $status in
        0) stop_role "$role" ;;
        1)
          failed+=("$role")
          stop_role "$role"
          ;;
        *) still+=("$role") ;;
      esac
    done
    active=("${still[@]}")
    if ((${#active[@]})); then
      sleep 1
    fi
  done
  if ((${#failed[@]})); then
    echo "build-local: not ready: ${failed[*]}" >&2
    return 1
  fi
}

start_role() {
  local role=$1 ctr mnt port=${ROLE_HTTP_PORT[$1]}
  ctr=$("${buildah_[@]}" from --name "academy-proof-$role" "$IMAGE:${ROLE_TARGET[$role]}")
  proof_container[$role]=$ctr
  mnt=$("${buildah_[@]}" mount "$ctr")
  write_server_env "$role" "$port" "$mnt/$SERVER_DIR"
  "${buildah_[@]}" run --isolation chroot --network host --user 1001:0 "$ctr" -- \
    /opt/ol/wlp/bin/server run defaultServer >"$stage/$role.console.log" 2>&1 &
  proof_pid[$role]=$!
  proof_started[$role]=$SECONDS
  echo "==> role $role: started from $IMAGE:${ROLE_TARGET[$role]} on 127.0.0.1:$port"
}

# The role's settings as a deployed task gets them, appended to the server's own server.env (the
# project's, with the tracing defaults) instead of the command line (no password in a process
# listing): the test stack's endpoints and keys, copies
# of its JWT keys inside the container, and passwords of this run only (every role but `all`
# refuses the local ones).
write_server_env() {
  local role=$1 port=$2 server=$3 env=$ACADEMY_HOME/.academy/test/local-stack.env
  mkdir -p "$server/resources/jwt"
  cp "$ACADEMY_HOME/.academy/test/keys/jwt-private.pem" "$ACADEMY_HOME/.academy/test/keys/jwt-public.pem" \
    "$server/resources/jwt/"
  {
    grep -v -e '^ACADEMY_JWT_PRIVATE_KEY_LOCATION=' -e '^MP_JWT_VERIFY_PUBLICKEY_LOCATION=' "$env"
    echo "ACADEMY_JWT_PRIVATE_KEY_LOCATION=/$SERVER_DIR/resources/jwt/jwt-private.pem"
    echo "MP_JWT_VERIFY_PUBLICKEY_LOCATION=/$SERVER_DIR/resources/jwt/jwt-public.pem"
    echo "ACADEMY_ROLE=$role"
    echo "ACADEMY_HTTP_HOST=127.0.0.1"
    echo "ACADEMY_HTTP_PORT=$port"
    echo "ACADEMY_HTTPS_PORT=$((port + 400))"
    echo "ACADEMY_PLATFORM_ADMIN_PASSWORD=$(random_secret)"
    echo "ACADEMY_ADMIN_CENTER_PASSWORD=$(random_secret)"
    echo "ACADEMY_KEYSTORE_PASSWORD=$(random_secret)"
  } >>"$server/server.env"
  chown -R 1001:0 "$server/server.env" "$server/resources"
  chmod 600 "$server/server.env" "$server/resources/jwt/"*
}

random_secret() {
  od -vAn -N20 -tx1 /dev/urandom | tr -d ' \n'
}

# One look at a starting role: 0 when /health/ready answers 200, the image's health check passes
# inside it and, for the AI roles, OpenCV's natives loaded; 1 when it failed (the server exited, or the start timeout passed), 2 while it
# is still starting. The caller polls; no fixed sleep stands for readiness.
check_role() {
  local role=$1 port=${ROLE_HTTP_PORT[$1]} live
  if ! curl -fsS -o /dev/null --max-time 5 "http://127.0.0.1:$port/health/ready" 2>/dev/null; then
    if ! kill -0 "${proof_pid[$role]}" 2>/dev/null; then
      role_failed "$role" "the server exited during start-up"
      return 1
    fi
    if ((SECONDS - proof_started[$role] > START_TIMEOUT_SECONDS)); then
      role_failed "$role" "not ready within ${START_TIMEOUT_SECONDS}s"
      return 1
    fi
    return 2
  fi
  echo "==> role $role: /health/ready 200 after $((SECONDS - proof_started[$role])) s"
  # The image's own health check command, run inside it (its shell and curl).
  # shellcheck disable=SC2016
  if ! "${buildah_[@]}" run --isolation chroot --network host --user 1001:0 \
    --env ACADEMY_HTTP_PORT="$port" "${proof_container[$role]}" -- \
    sh -c 'curl -fsS -o /dev/null "http://127.0.0.1:${ACADEMY_HTTP_PORT:-9080}/health/live"'; then
    role_failed "$role" "the image's health check failed"
    return 1
  fi
  if [[ ${ROLE_TARGET[$role]} == ai-worker ]]; then
    live=$(curl -fsS --max-time 60 "http://127.0.0.1:$port/health/live") || {
      role_failed "$role" "/health/live did not answer 200"
      return 1
    }
    if [[ $live != *'"device":"cpu"'* && $live != *'"device":"cuda'* ]]; then
      role_failed "$role" "OpenCV's natives did not load from the image: $live"
      return 1
    fi
    echo "==> role $role: OpenCV's natives loaded (/health/live: $(grep -o '"device":"[^"]*"' <<<"$live"))"
  fi
}

role_failed() {
  local role=$1 mnt
  echo "build-local: role $role: $2; the end of its log:" >&2
  mnt=$("${buildah_[@]}" mount "${proof_container[$role]}")
  # Its warnings and errors, without the class path entries JavaCV's manifests name (SRVE9967W).
  grep -E '^\[[^]]*\] [0-9a-f]+ +[^ ]+ +[WE] ' "$mnt/logs/messages.log" 2>/dev/null \
    | grep -v SRVE9967W | tail -n 20 >&2 || tail -n 20 "$stage/$role.console.log" >&2
}

# `server stop` from inside the container; what is still running in its root after the stop
# timeout is killed (only processes whose root is this container's: ours).
stop_role() {
  local role=$1 ctr=${proof_container[$1]:-} pid=${proof_pid[$1]:-} deadline
  [[ -n $ctr ]] || return 0
  if [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null; then
    "${buildah_[@]}" run --isolation chroot --network host --user 1001:0 "$ctr" -- \
      /opt/ol/wlp/bin/server stop defaultServer >>"$stage/$role.console.log" 2>&1 || true
    deadline=$((SECONDS + STOP_TIMEOUT_SECONDS))
    while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do
      sleep 1
    done
  fi
  kill_container_processes "$ctr"
  if [[ -n $pid ]]; then
    wait "$pid" 2>/dev/null || true
  fi
  keep_log "$role" "$ctr"
  "${buildah_[@]}" rm "$ctr" >/dev/null 2>&1 || true
  unset "proof_container[$role]" "proof_pid[$role]"
}

# The role's server log outlives its container, for a look after a failure (or a CI artifact).
keep_log() {
  local mnt dir=$ACADEMY_HOME/.academy/images
  mnt=$("${buildah_[@]}" mount "$2" 2>/dev/null) || return 0
  mkdir -p "$dir"
  cp "$mnt/logs/messages.log" "$dir/$1.messages.log" 2>/dev/null || true
}

kill_container_processes() {
  local mnt root pid
  mnt=$("${buildah_[@]}" mount "$1" 2>/dev/null) || return 0
  for root in /proc/[0-9]*/root; do
    pid=${root#/proc/}
    pid=${pid%/root}
    if [[ $(readlink "$root" 2>/dev/null) == "$mnt" ]]; then
      kill -KILL "$pid" 2>/dev/null || true
    fi
  done
}

cleanup() {
  local role
  for role in "${!proof_container[@]}"; do
    stop_role "$role"
  done
  if [[ -n ${_stack_profile:-} ]]; then
    stack_stop test || true
  fi
  if [[ -n $stage ]]; then
    rm -rf -- "$stage"
  fi
}

main "$@"
