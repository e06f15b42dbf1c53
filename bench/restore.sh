#!/usr/bin/env bash
# Point-in-time restore drill (issue 14; steps and figures in docs/operations.md, "Restore from
# backup"). On a throw-away PostgreSQL 15 of its own (port 25432, a temporary folder, never the
# local stack's data), the way RDS does it:
#   1. a primary with WAL archiving on, ROWS rows in a roster table (about 200 bytes a row);
#   2. a base backup (pg_basebackup), then MORE rows written after it;
#   3. the moment T to go back to, then the accident: every row deleted; the primary is stopped
#      (PostgreSQL archives its last WAL as it stops) and counts as lost;
#   4. restore: the base backup copied into a new data folder, recovery to T from the archive,
#      promoted; the table must hold ROWS + MORE rows, none deleted.
# Prints the time of each step. The restore time grows with the base backup's size and with the
# WAL written since it (RDS: its daily snapshot plus the transaction logs it ships every 5 min).
#   bench/restore.sh [ROWS] [MORE]      (defaults 2,000,000 and 500,000: about a minute here)
set -euo pipefail
ROWS="${1:-2000000}"
MORE="${2:-500000}"
PG_BIN=/usr/lib/postgresql/15/bin
PORT=25432
WORK=$(mktemp -d /tmp/academy-restore.XXXXXX)

as_pg() {
  if ((EUID == 0)); then
    (cd / && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

psql_at() {
  as_pg "$PG_BIN/psql" -X -q -A -t -v ON_ERROR_STOP=1 -h "$WORK" -p "$PORT" -d postgres "$@"
}

cleanup() {
  for data in "$WORK/primary" "$WORK/restored"; do
    if [[ -f $data/postmaster.pid ]]; then
      as_pg "$PG_BIN/pg_ctl" stop -m immediate -D "$data" >/dev/null 2>&1 || true
    fi
  done
  rm -rf -- "$WORK"
}
trap cleanup EXIT

seconds_since() {
  echo "$(($(date +%s%N) - $1))" | awk '{printf "%.1f", $1 / 1e9}'
}

if [[ ! -x $PG_BIN/pg_basebackup ]]; then
  echo "PostgreSQL 15 is not installed ($PG_BIN): ./academy run or test installs it" >&2
  exit 1
fi
mkdir -p "$WORK/archive"
if ((EUID == 0)); then
  chown postgres "$WORK" "$WORK/archive"
fi

echo "== 1. primary with WAL archiving, $ROWS rows"
as_pg "$PG_BIN/initdb" -D "$WORK/primary" --encoding=UTF8 --locale=C.UTF-8 -U postgres >/dev/null
cat >>"$WORK/primary/postgresql.conf" <<EOF
listen_addresses = ''
unix_socket_directories = '$WORK'
port = $PORT
wal_level = replica
archive_mode = on
archive_command = 'cp %p $WORK/archive/%f'
max_wal_size = 4GB
EOF
as_pg "$PG_BIN/pg_ctl" start -w -D "$WORK/primary" -l "$WORK/primary.log" >/dev/null
psql_at <<SQL
CREATE TABLE student (id bigint PRIMARY KEY, tenant_id bigint NOT NULL, name text NOT NULL,
                      parent_phone text NOT NULL, note text NOT NULL);
INSERT INTO student
SELECT n, n % 500, '학생 ' || n, '010' || lpad((n % 100000000)::text, 8, '0'), repeat('메모', 60)
FROM generate_series(1, $ROWS) n;
SQL
echo "database: $(psql_at -c "SELECT pg_size_pretty(pg_database_size('postgres'))")"

echo "== 2. base backup, then $MORE more rows"
started=$(date +%s%N)
as_pg "$PG_BIN/pg_basebackup" -h "$WORK" -p "$PORT" -U postgres -D "$WORK/base" -X none -c fast
echo "base backup: $(seconds_since "$started") s, $(du -sh "$WORK/base" | cut -f1)"
psql_at -c "INSERT INTO student SELECT n, n % 500, '학생 ' || n, '01099999999', repeat('메모', 60)
            FROM generate_series($ROWS + 1, $ROWS + $MORE) n"

echo "== 3. the moment to go back to, then the accident"
target=$(psql_at -c "SELECT clock_timestamp()")
# Committed after the target: recovery must stop before it.
psql_at -c "DELETE FROM student"
psql_at -c "SELECT pg_switch_wal()" >/dev/null
as_pg "$PG_BIN/pg_ctl" stop -m fast -w -D "$WORK/primary" >/dev/null
echo "target: $target; WAL archived: $(du -sh "$WORK/archive" | cut -f1)"

echo "== 4. restore to the target"
started=$(date +%s%N)
cp -a "$WORK/base" "$WORK/restored"
cat >>"$WORK/restored/postgresql.conf" <<EOF
restore_command = 'cp $WORK/archive/%f %p'
recovery_target_time = '$target'
recovery_target_action = 'promote'
EOF
as_pg touch "$WORK/restored/recovery.signal"
copied=$(seconds_since "$started")
# pg_ctl returns once the replayed database is consistent (read-only); recovery then goes on to the
# target and promotes the server.
as_pg "$PG_BIN/pg_ctl" start -w -t 3600 -D "$WORK/restored" -l "$WORK/restored.log" >/dev/null
deadline=$((SECONDS + 3600))
until [[ $(psql_at -c "SELECT pg_is_in_recovery()") == f ]]; do
  if ((SECONDS > deadline)); then
    echo "RESTORE FAILED: still recovering after an hour" >&2
    exit 1
  fi
  sleep 0.2
done
rows=$(psql_at -c "SELECT count(*) FROM student")
echo "restored: copy $copied s, total $(seconds_since "$started") s; rows $rows"
grep -E "recovery stopping|last completed transaction" "$WORK/restored.log" || true
if [[ $rows != $((ROWS + MORE)) ]]; then
  echo "RESTORE FAILED: expected $((ROWS + MORE)) rows" >&2
  exit 1
fi
echo "RESTORE OK"
