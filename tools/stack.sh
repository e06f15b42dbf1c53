# shellcheck shell=bash
#
# The academy platform's local stack, on 127.0.0.1 only:
#   PostgreSQL 15 (Debian binaries), Redis (Debian redis-server), and tools/local-stack, one JVM
#   with ElasticMQ (SQS), S3Proxy (S3), a Solapi stand-in (texts) and the JWT key pair.
#
# Source this file (./academy does) with ACADEMY_HOME set to the repository root, then:
#
#   stack_start PROFILE          (re)start PROFILE's stack, write its env file and export the
#                                variables in it into the calling shell (for `run`, a service
#                                whose variables the caller set keeps the caller's: see below)
#   stack_stop PROFILE           stop it; idempotent, tolerant of dead processes
#   stack_psql PROFILE [ARG...]  psql as superuser on PROFILE's server, database academy
#   stack_apt_install [PKG...]   install Debian packages (as root, or with password-less sudo)
#
# PROFILE is `run` (data kept between starts unless ACADEMY_FRESH=1) or `test` (always empty).
# State lives in $ACADEMY_HOME/.academy/PROFILE/. Every function returns non-zero on failure and
# leaves the caller's shell options alone, so it is safe under `set -euo pipefail`.

_STACK_PG_BIN=/usr/lib/postgresql/15/bin
_STACK_HOST=127.0.0.1
_STACK_REGION=ap-northeast-2
_STACK_READY_LINE='LOCAL-STACK READY'
# Seconds to wait for each server to become ready.
_STACK_PG_TIMEOUT=60
_STACK_REDIS_TIMEOUT=30
_STACK_LOCAL_STACK_TIMEOUT=120
_STACK_STOP_TIMEOUT=30
# What stack_start itself exported last, by name: those are replaced on the next start, whereas a
# value the caller set is theirs.
declare -gA _STACK_EXPORTED=()

stack_start() {
  _stack_layout "${1:-}" || return 1
  _stack_ensure_packages || return 1
  _stack_build_local_stack || return 1
  # Whatever a crashed or killed launcher left running goes first, so ports and data are free.
  _stack_stop_all || return 1
  if [[ $_stack_profile == test || ${ACADEMY_FRESH:-} == 1 ]]; then
    rm -rf -- "$_stack_base" "$_stack_pg_alt" || return 1
  fi
  mkdir -p "$_stack_base/data/redis" "$_stack_base/data/s3" "$_stack_run" || return 1
  _stack_credentials || return 1

  # The JVM is the slowest to come up: start it first and let PostgreSQL and Redis start
  # meanwhile.
  if _stack_start_local_stack && _stack_start_pg && _stack_start_redis \
    && _stack_await_local_stack; then
    _stack_write_env || return 1
    _stack_summary
    return 0
  fi
  _stack_error "the $_stack_profile stack did not start; stopping what did"
  _stack_stop_all
  return 1
}

stack_stop() {
  _stack_layout "${1:-}" || return 1
  _stack_stop_all
}

stack_psql() {
  _stack_layout "${1:-}" || return 1
  shift
  _stack_pg_paths
  if ! "$_STACK_PG_BIN/pg_isready" -q -h "$_STACK_HOST" -p "$_stack_pg_port"; then
    _stack_error "PostgreSQL of profile $_stack_profile is not running (stack_start $_stack_profile)"
    return 1
  fi
  _stack_as_pg "$_STACK_PG_BIN/psql" -h "$_stack_pg_socket" -p "$_stack_pg_port" -d academy "$@"
}

# --- layout -----------------------------------------------------------------------------------

# Sets the _stack_* globals describing PROFILE: ports, directories, files.
_stack_layout() {
  local profile=$1
  case $profile in
    run)
      _stack_pg_port=15432 _stack_redis_port=16379 _stack_sqs_port=19324 _stack_s3_port=19000
      _stack_solapi_port=19380 _stack_otlp_port=19318
      ;;
    test)
      _stack_pg_port=25432 _stack_redis_port=26379 _stack_sqs_port=29324 _stack_s3_port=29000
      _stack_solapi_port=29380 _stack_otlp_port=29318
      ;;
    *)
      _stack_error "profile must be 'run' or 'test', not '$profile'"
      return 1
      ;;
  esac
  if [[ -z ${ACADEMY_HOME:-} ]]; then
    _stack_error "ACADEMY_HOME must name the repository root"
    return 1
  fi
  _stack_home=$(cd -- "$ACADEMY_HOME" && pwd -P) || {
    _stack_error "ACADEMY_HOME=$ACADEMY_HOME is not a directory"
    return 1
  }
  _stack_profile=$profile
  _stack_base=$_stack_home/.academy/$profile
  _stack_run=$_stack_base/run
  _stack_keys=$_stack_base/keys
  _stack_credentials_file=$_stack_base/credentials.env
  if [[ $profile == run ]]; then
    _stack_env_file=$_stack_home/.academy/local-stack.env
  else
    _stack_env_file=$_stack_base/local-stack.env
  fi
  _stack_module=$_stack_home/tools/local-stack
  _stack_jar=$_stack_module/target/academy-local-stack.jar
  # Where PostgreSQL lives when the postgres user cannot reach the repository (see
  # _stack_pg_paths); named after the repository so two checkouts never share it.
  local hash
  hash=$(printf '%s' "$_stack_home" | sha256sum) || return 1
  _stack_pg_alt=/var/tmp/academy-${hash:0:12}-$profile
}

# Sets _stack_pg_data and _stack_pg_socket. PostgreSQL refuses to run as root, so as root it runs
# as Debian's postgres user, which must be able to reach its directories: under the repository
# when it can (and the socket path fits the 107-byte limit of Unix sockets), else under /var/tmp.
# A location once chosen is kept as long as its data exists.
_stack_pg_paths() {
  local alt=false
  if [[ -d $_stack_pg_alt/pg ]]; then
    alt=true
  elif [[ ! -d $_stack_base/data/pg ]] && ! _stack_pg_can_use_repo; then
    alt=true
  fi
  if [[ $alt == true ]]; then
    _stack_pg_data=$_stack_pg_alt/pg
    _stack_pg_socket=$_stack_pg_alt/socket
  else
    _stack_pg_data=$_stack_base/data/pg
    _stack_pg_socket=$_stack_run/pg-socket
  fi
}

_stack_pg_can_use_repo() {
  local socket=$_stack_run/pg-socket/.s.PGSQL.$_stack_pg_port
  if ((${#socket} > 100)); then
    return 1
  fi
  if ((EUID != 0)); then
    return 0
  fi
  _stack_as_pg test -x "$_stack_base/data" -a -x "$_stack_run"
}

# Runs a command as the user PostgreSQL runs as; from / so that it never depends on the caller's
# working directory being readable by that user.
_stack_as_pg() {
  if ((EUID == 0)); then
    (cd / && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

# --- packages and credentials -------------------------------------------------------------------

_stack_ensure_packages() {
  local missing=()
  if [[ ! -x $_STACK_PG_BIN/initdb || ! -x $_STACK_PG_BIN/psql ]]; then
    missing+=(postgresql-15)
  fi
  if ! command -v redis-server >/dev/null || ! command -v redis-cli >/dev/null; then
    missing+=(redis-server)
  fi
  # JavaCV's FFmpeg (the video worker) links libpulse.so.0, which a minimal Debian lacks; without it
  # the natives fail to load.
  if ! ldconfig -p 2>/dev/null | grep -q 'libpulse\.so\.0'; then
    missing+=(libpulse0)
  fi
  # The launcher polls the server's health with curl.
  if ! command -v curl >/dev/null; then
    missing+=(curl)
  fi
  # The OCR engine (docs/ocr.md): Debian's libtesseract5 and its Korean and English models, at run
  # time and for the OCR tests.
  local pkg
  for pkg in $(_stack_ocr_packages); do
    missing+=("$pkg")
  done
  stack_apt_install "${missing[@]}"
}

# The OCR packages this machine lacks (docs/ocr.md, Installation): the library Tess4J loads
# (libtesseract.so.5) and the models it reads (/usr/share/tesseract-ocr/5/tessdata).
_stack_ocr_packages() {
  # grep without -q reads all of ldconfig's output: no SIGPIPE for pipefail to see.
  if ! ldconfig -p 2>/dev/null | grep 'libtesseract\.so\.5' >/dev/null; then
    echo libtesseract5
  fi
  if [[ ! -s /usr/share/tesseract-ocr/5/tessdata/kor.traineddata ]]; then
    echo tesseract-ocr-kor
  fi
  if [[ ! -s /usr/share/tesseract-ocr/5/tessdata/eng.traineddata ]]; then
    echo tesseract-ocr-eng
  fi
}

stack_apt_install() {
  local sudo=()
  if (($# == 0)); then
    return 0
  fi
  if ((EUID != 0)); then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
      sudo=(sudo -n)
    else
      _stack_error "missing $*, and no root or password-less sudo to install them;" \
        "run as root: apt-get update && apt-get install -y $*"
      return 1
    fi
  fi
  echo "Installing $* (apt-get) ..."
  # The postgresql package would otherwise create and start a cluster of its own on port 5432.
  if ! { "${sudo[@]}" mkdir -p /etc/postgresql-common/createcluster.d \
    && echo 'create_main_cluster = false' \
    | "${sudo[@]}" tee /etc/postgresql-common/createcluster.d/academy.conf >/dev/null \
    && "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q \
    && "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@"; }; then
    _stack_error "installing $* failed"
    return 1
  fi
}

# Random secrets, generated once per profile and kept in credentials.env (mode 600); the database
# roles are brought in line with them on every start.
_stack_credentials() {
  local key
  (umask 077 && touch "$_stack_credentials_file") || return 1
  for key in ACADEMY_DB_PASSWORD ACADEMY_DB_MIGRATION_PASSWORD ACADEMY_S3_ACCESS_KEY \
    ACADEMY_S3_SECRET_KEY ACADEMY_SQS_ACCESS_KEY ACADEMY_SQS_SECRET_KEY ACADEMY_SOLAPI_API_KEY \
    ACADEMY_SOLAPI_API_SECRET; do
    if [[ -z $(_stack_credential "$key") ]]; then
      printf '%s=%s\n' "$key" "$(od -vAn -N20 -tx1 /dev/urandom | tr -d ' \n')" \
        >>"$_stack_credentials_file" || return 1
    fi
  done
  chmod 600 "$_stack_credentials_file"
}

_stack_credential() {
  sed -n "s/^$1=//p" "$_stack_credentials_file"
}

# --- local-stack JVM ----------------------------------------------------------------------------

# Builds tools/local-stack when never built or when its pom or sources changed since. The lock
# serialises builds of concurrently starting profiles.
_stack_build_local_stack() {
  local stamp=$_stack_module/target/.stack-built
  if _stack_local_stack_built "$stamp"; then
    return 0
  fi
  mkdir -p "$_stack_home/.academy" || return 1
  local log=$_stack_home/.academy/local-stack-build.log
  (
    flock 9
    if ! _stack_local_stack_built "$stamp"; then
      echo "Building tools/local-stack ..."
      mvn -B -f "$_stack_module/pom.xml" -DskipTests package >"$log" 2>&1 && touch "$stamp"
    fi
  ) 9>"$_stack_home/.academy/local-stack-build.lock" || {
    _stack_failed "building tools/local-stack failed" "$log"
    return 1
  }
}

_stack_local_stack_built() {
  [[ -f $1 && -f $_stack_jar ]] \
    && [[ -z $(find "$_stack_module/pom.xml" "$_stack_module/src" -newer "$1" -print -quit) ]]
}

_stack_start_local_stack() {
  local log=$_stack_run/local-stack.log java=java
  if [[ -n ${JAVA_HOME:-} ]]; then
    java=$JAVA_HOME/bin/java
  fi
  : >"$log" || return 1
  # Serial GC and a bounded heap: a small helper on a small machine.
  _stack_spawn "$_stack_run" "$log" "$_stack_run/local-stack.pid" \
    "$java" -Xmx512m -XX:+UseSerialGC -jar "$_stack_jar" \
    --data-dir "$_stack_base/data" \
    --sqs-port "$_stack_sqs_port" --s3-port "$_stack_s3_port" \
    --s3-access-key "$(_stack_credential ACADEMY_S3_ACCESS_KEY)" \
    --s3-secret-key "$(_stack_credential ACADEMY_S3_SECRET_KEY)" \
    --keys-dir "$_stack_keys" \
    --solapi-port "$_stack_solapi_port" \
    --solapi-api-key "$(_stack_credential ACADEMY_SOLAPI_API_KEY)" \
    --solapi-api-secret "$(_stack_credential ACADEMY_SOLAPI_API_SECRET)" \
    --otlp-port "$_stack_otlp_port"
}

_stack_await_local_stack() {
  _stack_await tools/local-stack "$(<"$_stack_run/local-stack.pid")" \
    "$_STACK_LOCAL_STACK_TIMEOUT" "$_stack_run/local-stack.log" \
    grep -qxF "$_STACK_READY_LINE" "$_stack_run/local-stack.log"
}

# --- PostgreSQL ---------------------------------------------------------------------------------

_stack_start_pg() {
  local log=$_stack_run/postgres.log
  _stack_pg_paths
  mkdir -p "$_stack_pg_data" "$_stack_pg_socket" || return 1
  if ((EUID == 0)); then
    chown postgres:postgres "$_stack_pg_data" "$_stack_pg_socket" || return 1
  fi
  chmod 700 "$_stack_pg_data" "$_stack_pg_socket" || return 1
  : >>"$log" || return 1
  _stack_pg_init >>"$log" 2>&1 || {
    _stack_failed "initdb failed" "$log"
    return 1
  }
  _stack_pg_conf | _stack_as_pg tee "$_stack_pg_data/academy.conf" >/dev/null || return 1
  # The server inherits the log file opened here, so the postgres user needs no access to run/.
  _stack_as_pg "$_STACK_PG_BIN/pg_ctl" start -w -t "$_STACK_PG_TIMEOUT" -D "$_stack_pg_data" \
    >>"$log" 2>&1 </dev/null || {
    _stack_failed "PostgreSQL did not start" "$log"
    return 1
  }
  _stack_poll "$_STACK_PG_TIMEOUT" \
    "$_STACK_PG_BIN/pg_isready" -q -h "$_STACK_HOST" -p "$_stack_pg_port" || {
    _stack_failed "PostgreSQL not ready after ${_STACK_PG_TIMEOUT}s" "$log"
    return 1
  }
  _stack_pg_bootstrap >>"$log" 2>&1 || {
    _stack_failed "creating the academy database and roles failed" "$log"
    return 1
  }
}

_stack_pg_init() {
  local version
  if [[ -f $_stack_pg_data/PG_VERSION ]]; then
    version=$(<"$_stack_pg_data/PG_VERSION")
    if [[ $version != 15 ]]; then
      echo "$_stack_pg_data holds PostgreSQL $version data, not 15: remove it or use ACADEMY_FRESH=1"
      return 1
    fi
    return 0
  fi
  # No PG_VERSION: never initialised, or initdb was interrupted. Either way start over.
  find "$_stack_pg_data" -mindepth 1 -delete || return 1
  local nosync=()
  if [[ $_stack_profile == test ]]; then
    nosync=(--no-sync)
  fi
  _stack_as_pg "$_STACK_PG_BIN/initdb" -D "$_stack_pg_data" --encoding=UTF8 --locale=C.UTF-8 \
    --auth-local=peer --auth-host=scram-sha-256 "${nosync[@]}" || return 1
  echo "include 'academy.conf'" | _stack_as_pg tee -a "$_stack_pg_data/postgresql.conf" >/dev/null
}

# Rewritten on every start, so changes here reach existing data directories.
_stack_pg_conf() {
  cat <<EOF
# Written by tools/stack.sh on every start; edit that script, not this file.
listen_addresses = '$_STACK_HOST'
port = $_stack_pg_port
unix_socket_directories = '$_stack_pg_socket'
max_connections = 200
shared_buffers = 256MB
effective_cache_size = 2GB
work_mem = 8MB
maintenance_work_mem = 128MB
# Tests count the SQL statements a request issues.
shared_preload_libraries = 'pg_stat_statements'
log_min_messages = warning
log_line_prefix = '%m [%p] %q%u@%d '
EOF
  if [[ $_stack_profile == test ]]; then
    cat <<EOF
# Test data is thrown away on every start: durability only costs time.
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
  fi
}

# Idempotent: roles, database, grants and extension are created when missing, and the passwords
# set from credentials.env, on every start. The script goes through stdin, keeping the passwords
# out of process listings.
_stack_pg_bootstrap() {
  local app_password owner_password
  app_password=$(_stack_credential ACADEMY_DB_PASSWORD)
  owner_password=$(_stack_credential ACADEMY_DB_MIGRATION_PASSWORD)
  _stack_as_pg "$_STACK_PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$_stack_pg_socket" \
    -p "$_stack_pg_port" -d postgres <<EOF
SELECT format('CREATE ROLE %I', name)
  FROM (VALUES ('academy_owner'), ('academy_app')) AS role(name)
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = name)
\gexec
-- Owns the database and, through the migrations, every table.
ALTER ROLE academy_owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS
  PASSWORD '$owner_password';
-- The application's role owns nothing, so row-level security always applies to it.
ALTER ROLE academy_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS
  PASSWORD '$app_password';
SELECT 'CREATE DATABASE academy OWNER academy_owner'
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'academy')
\gexec
GRANT CONNECT ON DATABASE academy TO academy_app;
GRANT pg_read_all_stats TO academy_owner;
\connect academy
CREATE EXTENSION IF NOT EXISTS pg_stat_statements;
-- Lets tests reset the statement counters without superuser.
GRANT EXECUTE ON FUNCTION pg_stat_statements_reset(oid, oid, bigint) TO academy_owner;
EOF
}

# --- Redis --------------------------------------------------------------------------------------

_stack_start_redis() {
  local log=$_stack_run/redis.log persistence pid
  if [[ $_stack_profile == run ]]; then
    persistence=(--appendonly yes --save '')
  else
    persistence=(--appendonly no --save '')
  fi
  : >>"$log" || return 1
  _stack_spawn "$_stack_base/data/redis" "$log" "$_stack_run/redis.pid" \
    redis-server --bind "$_STACK_HOST" --port "$_stack_redis_port" \
    --dir "$_stack_base/data/redis" \
    --maxmemory 256mb --maxmemory-policy volatile-lru "${persistence[@]}" || return 1
  pid=$(<"$_stack_run/redis.pid")
  _stack_await Redis "$pid" "$_STACK_REDIS_TIMEOUT" "$log" _stack_redis_serves "$pid"
}

# Whether the Redis answering on our port is process PID (and not another server on that port).
_stack_redis_serves() {
  [[ $(redis-cli -h "$_STACK_HOST" -p "$_stack_redis_port" info server 2>/dev/null) \
    == *"process_id:$1"$'\r'* ]]
}

# --- stopping -----------------------------------------------------------------------------------

# Stops every process of the profile that is still running, and removes stale pid files. A pid
# is only acted on when it really is our process: PostgreSQL and Redis run in their data
# directory and the JVM in run/, so the working directory (with the command line) tells them
# from an unrelated process that reused the pid.
_stack_stop_all() {
  local pid status=0
  if pid=$(_stack_read_pid "$_stack_run/local-stack.pid") \
    && _stack_owned "$pid" "$_stack_run" academy-local-stack.jar; then
    _stack_terminate "$pid" tools/local-stack || status=1
  fi
  rm -f "$_stack_run/local-stack.pid"

  if pid=$(_stack_read_pid "$_stack_run/redis.pid") \
    && _stack_owned "$pid" "$_stack_base/data/redis" redis-server; then
    _stack_terminate "$pid" Redis || status=1
  fi
  rm -f "$_stack_run/redis.pid"

  _stack_pg_paths
  if pid=$(_stack_read_pid "$_stack_pg_data/postmaster.pid") \
    && _stack_owned "$pid" "$_stack_pg_data" postgres; then
    _stack_as_pg "$_STACK_PG_BIN/pg_ctl" stop -m fast -w -t "$_STACK_STOP_TIMEOUT" \
      -D "$_stack_pg_data" >/dev/null || _stack_terminate "$pid" PostgreSQL || status=1
  fi
  _stack_pg_clear_leftovers || status=1
  return "$status"
}

# What a killed postmaster leaves behind: backends that have not yet noticed its death, and lock
# files (postmaster.pid, the socket's lock) that make a new server refuse to start while the pid
# in them exists, even as a zombie or as an unrelated process that reused it. The lock files go
# only once no backend works in the data directory any more, so two servers never share it.
_stack_pg_clear_leftovers() {
  local pid
  if [[ ! -d $_stack_pg_data ]]; then
    return 0
  fi
  if ! _stack_poll "$_STACK_STOP_TIMEOUT" _stack_pg_no_backends; then
    _stack_error "killing PostgreSQL processes left in $_stack_pg_data"
    for pid in $(_stack_pg_backends); do
      kill -KILL "$pid" 2>/dev/null
    done
    _stack_poll 10 _stack_pg_no_backends || return 1
  fi
  rm -f "$_stack_pg_data/postmaster.pid" "$_stack_pg_socket/.s.PGSQL.$_stack_pg_port" \
    "$_stack_pg_socket/.s.PGSQL.$_stack_pg_port.lock"
}

# Pids of live PostgreSQL processes working in our data directory.
_stack_pg_backends() {
  local dir cwd pid
  dir=$(readlink -f "$_stack_pg_data") || return 0
  find /proc/[0-9]*/cwd -maxdepth 0 -lname "$dir" 2>/dev/null | while read -r cwd; do
    pid=${cwd#/proc/}
    pid=${pid%/cwd}
    if [[ $(readlink "/proc/$pid/exe" 2>/dev/null) == "$_STACK_PG_BIN/postgres" ]] \
      && _stack_alive "$pid"; then
      echo "$pid"
    fi
  done
}

_stack_pg_no_backends() {
  [[ -z $(_stack_pg_backends) ]]
}

# Prints the pid in FILE (first line, as in postmaster.pid); fails when there is none.
_stack_read_pid() {
  local pid
  [[ -f $1 ]] && read -r pid 2>/dev/null <"$1" && [[ $pid =~ ^[0-9]+$ ]] && echo "$pid"
}

# Whether PID is alive, works in DIR and has WORD in its command line.
_stack_owned() {
  local pid=$1 dir=$2 word=$3 cwd
  _stack_alive "$pid" || return 1
  cwd=$(readlink "/proc/$pid/cwd" 2>/dev/null) || return 1
  [[ $cwd == "$(readlink -f "$dir")" ]] || return 1
  [[ $(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) == *"$word"* ]]
}

# Whether PID is running; a zombie (exited, not yet reaped by its parent) is not.
_stack_alive() {
  local state
  state=$(sed -n 's/^State:[[:space:]]*\(.\).*/\1/p' "/proc/$1/status" 2>/dev/null) || return 1
  [[ -n $state && $state != Z ]]
}

# SIGTERM, then SIGKILL if PID is still there after the stop timeout.
_stack_terminate() {
  local pid=$1 name=$2
  kill -TERM "$pid" 2>/dev/null || return 0
  if _stack_poll "$_STACK_STOP_TIMEOUT" _stack_dead "$pid"; then
    return 0
  fi
  _stack_error "$name (pid $pid) ignored SIGTERM for ${_STACK_STOP_TIMEOUT}s; killing it"
  kill -KILL "$pid" 2>/dev/null || return 0
  _stack_poll 10 _stack_dead "$pid"
}

_stack_dead() {
  ! _stack_alive "$1"
}

# --- output -------------------------------------------------------------------------------------

# Writes the env file (always the stack's own endpoints) and exports it. For profile `run`, what the
# caller exported wins, per service: once the caller has set any variable of a service (its own
# Solapi key, an S3 endpoint of their own), the stack exports none of that service's variables, so
# a half of the local stand-in never mixes with the caller's service. Tests always get the stack.
_stack_write_env() {
  local entries=(
    "ACADEMY_DB_HOST=$_STACK_HOST"
    "ACADEMY_DB_PORT=$_stack_pg_port"
    "ACADEMY_DB_NAME=academy"
    "ACADEMY_DB_USER=academy_app"
    "ACADEMY_DB_PASSWORD=$(_stack_credential ACADEMY_DB_PASSWORD)"
    "ACADEMY_DB_MIGRATION_USER=academy_owner"
    "ACADEMY_DB_MIGRATION_PASSWORD=$(_stack_credential ACADEMY_DB_MIGRATION_PASSWORD)"
    "ACADEMY_REDIS_HOST=$_STACK_HOST"
    "ACADEMY_REDIS_PORT=$_stack_redis_port"
    "ACADEMY_SQS_ENDPOINT=http://$_STACK_HOST:$_stack_sqs_port"
    "ACADEMY_SQS_REGION=$_STACK_REGION"
    "ACADEMY_SQS_ACCESS_KEY=$(_stack_credential ACADEMY_SQS_ACCESS_KEY)"
    "ACADEMY_SQS_SECRET_KEY=$(_stack_credential ACADEMY_SQS_SECRET_KEY)"
    "ACADEMY_S3_ENDPOINT=http://$_STACK_HOST:$_stack_s3_port"
    "ACADEMY_S3_REGION=$_STACK_REGION"
    "ACADEMY_S3_ACCESS_KEY=$(_stack_credential ACADEMY_S3_ACCESS_KEY)"
    "ACADEMY_S3_SECRET_KEY=$(_stack_credential ACADEMY_S3_SECRET_KEY)"
    "ACADEMY_SOLAPI_BASE_URL=http://$_STACK_HOST:$_stack_solapi_port"
    "ACADEMY_SOLAPI_API_KEY=$(_stack_credential ACADEMY_SOLAPI_API_KEY)"
    "ACADEMY_SOLAPI_API_SECRET=$(_stack_credential ACADEMY_SOLAPI_API_SECRET)"
    "ACADEMY_JWT_PRIVATE_KEY_LOCATION=$_stack_keys/jwt-private.pem"
    "MP_JWT_VERIFY_PUBLICKEY_LOCATION=$_stack_keys/jwt-public.pem"
    "OTEL_EXPORTER_OTLP_ENDPOINT=http://$_STACK_HOST:$_stack_otlp_port"
  )
  local entry name tmp=$_stack_env_file.tmp
  (umask 077 && printf '%s\n' "${entries[@]}" >"$tmp") && mv -f "$tmp" "$_stack_env_file" \
    || return 1
  _stack_callers_services=" "
  if [[ $_stack_profile == run ]]; then
    for entry in "${entries[@]}"; do
      name=${entry%%=*}
      if [[ -n ${!name+set} && ${!name} != "${_STACK_EXPORTED[$name]-}" ]]; then
        _stack_callers_services+="$(_stack_service "$name") "
      fi
    done
  fi
  for entry in "${entries[@]}"; do
    name=${entry%%=*}
    if [[ $_stack_callers_services != *" $(_stack_service "$name") "* ]]; then
      export "${entry?}"
      _STACK_EXPORTED[$name]=${entry#*=}
    fi
  done
}

# The service a variable of the env file configures: DB, REDIS, SQS, S3, SOLAPI, JWT or OTEL (the
# trace collector).
_stack_service() {
  case $1 in
    ACADEMY_JWT_* | MP_JWT_*) echo JWT ;;
    OTEL_*) echo OTEL ;;
    *)
      local rest=${1#ACADEMY_}
      echo "${rest%%_*}"
      ;;
  esac
}

_stack_summary() {
  cat <<EOF
Academy local stack '$_stack_profile' is up (127.0.0.1 only):
  PostgreSQL 15  $_STACK_HOST:$_stack_pg_port  database academy (app: academy_app, migrations: academy_owner)
                 data $_stack_pg_data
                 log  $_stack_run/postgres.log
  Redis          $_STACK_HOST:$_stack_redis_port  data $_stack_base/data/redis  log $_stack_run/redis.log
  SQS ElasticMQ  http://$_STACK_HOST:$_stack_sqs_port  (in memory)
  S3  S3Proxy    http://$_STACK_HOST:$_stack_s3_port  data $_stack_base/data/s3
                 log  $_stack_run/local-stack.log
  Solapi stand-in  http://$_STACK_HOST:$_stack_solapi_port  (control and inspection under /stand-in/)
  Trace collector  http://$_STACK_HOST:$_stack_otlp_port  (OTLP/HTTP; spans under /stand-in/spans)
  JWT keys       $_stack_keys
  settings       $_stack_env_file (exported)
  psql           stack_psql $_stack_profile      stop: stack_stop $_stack_profile
EOF
  if [[ -n ${_stack_callers_services// /} ]]; then
    echo "  yours          ${_stack_callers_services# }(kept from your environment, none of the stack's)"
  fi
}

# Starts COMMAND in the background in DIR, appending its output to LOG and writing its pid to
# PIDFILE. Background commands of a non-interactive shell ignore SIGINT, so a Ctrl-C meant for
# the launcher does not take the servers down behind its back.
_stack_spawn() {
  local dir=$1 log=$2 pidfile=$3
  shift 3
  (cd "$dir" && exec "$@" </dev/null >>"$log" 2>&1) &
  echo $! >"$pidfile" || return 1
  # Not a job of the calling shell: no job notices, no SIGHUP when an interactive shell exits.
  disown $! 2>/dev/null || true
}

# Polls CHECK (a command) every 0.1 s until it succeeds; fails, showing the end of LOG, as soon
# as process PID has exited or after TIMEOUT seconds.
_stack_await() {
  local name=$1 pid=$2 timeout=$3 log=$4
  shift 4
  local deadline=$((SECONDS + timeout))
  until "$@"; do
    if ! _stack_alive "$pid"; then
      _stack_failed "$name exited" "$log"
      return 1
    fi
    if ((SECONDS >= deadline)); then
      _stack_failed "$name not ready after ${timeout}s" "$log"
      return 1
    fi
    sleep 0.1
  done
}

# Runs COMMAND every 0.1 s until it succeeds (status 0) or TIMEOUT seconds have passed (1).
_stack_poll() {
  local deadline=$((SECONDS + $1))
  shift
  until "$@"; do
    if ((SECONDS >= deadline)); then
      return 1
    fi
    sleep 0.1
  done
}

_stack_failed() {
  _stack_error "$1; last lines of $2:"
  tail -n 30 "$2" >&2 2>/dev/null || true
}

_stack_error() {
  echo "stack: $*" >&2
}
