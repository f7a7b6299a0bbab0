#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests: loopback only, trust auth, in one folder.
#   scripts/pg-cluster.sh start DIR   create (if missing) and start it; its URL goes to DIR/url
#   scripts/pg-cluster.sh stop DIR    stop it and remove DIR
# Both are idempotent. Run as root, the cluster runs as the Debian `postgres` user
# (initdb and postgres refuse root) in a folder of its own under /tmp, named in
# DIR/home (a checkout under /root is not traversable by `postgres`). Server
# binaries: /usr/lib/postgresql/15/bin, else the newest /usr/lib/postgresql/*/bin,
# else pg_ctl on PATH.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: scripts/pg-cluster.sh start DIR
       scripts/pg-cluster.sh stop DIR

start  Create (if missing) and start a throwaway PostgreSQL cluster in DIR: listens on
       127.0.0.1 only (a free port) and a unix socket in DIR, trust auth, superuser role
       `muster`, fsync on. Writes postgresql://muster@127.0.0.1:PORT/postgres to DIR/url.
       Does nothing but check DIR/url when the cluster in DIR already runs.
stop   Stop the cluster in DIR (fast shutdown) and remove DIR. Nothing to stop: exit 0.
EOF
}

die() { echo "pg-cluster: error: $*" >&2; exit 1; }

if [[ $# -eq 1 && ( $1 == -h || $1 == --help ) ]]; then
  usage
  exit 0
fi
usage_error() {
  echo "pg-cluster: error: $*" >&2
  usage >&2
  exit 2
}
(($# == 2)) || usage_error "expected 2 arguments (start|stop DIR), got $#"
[[ $1 == start || $1 == stop ]] || usage_error "unknown command '$1'"
[[ -n $2 ]] || usage_error "DIR is empty"
cmd="$1"
dir="$2"
[[ $dir == /* ]] || dir="$PWD/$dir"
dir="${dir%/}"

find_bindir() {
  if [[ -x /usr/lib/postgresql/15/bin/pg_ctl ]]; then
    echo /usr/lib/postgresql/15/bin
    return
  fi
  local newest
  newest=$(compgen -G '/usr/lib/postgresql/*/bin/pg_ctl' | sort -V | tail -n 1 || true)
  if [[ -n $newest ]]; then
    dirname "$newest"
    return
  fi
  if command -v pg_ctl >/dev/null; then
    dirname "$(command -v pg_ctl)"
    return
  fi
  die "no PostgreSQL server binaries (pg_ctl) in /usr/lib/postgresql/*/bin or on PATH; install them: sudo apt-get install postgresql"
}
bindir=$(find_bindir)

# As root, every server-side command runs as `postgres`, from a folder it can read.
as_owner=()
if [[ $(id -u) -eq 0 ]]; then
  id -u postgres >/dev/null 2>&1 || die "running as root needs the system user postgres (Debian package postgresql)"
  as_owner=(runuser -u postgres --)
fi
run() { (cd / && "${as_owner[@]}" "$@"); }

# Where the cluster lives: DIR itself, or (as root) the folder DIR/home names.
home="$dir"
if ((${#as_owner[@]})) && [[ -f $dir/home ]]; then
  home=$(cat "$dir/home")
fi
data="$home/data"
log_file="$home/server.log"

# A postmaster killed with -9 stays a zombie until PID 1 reaps it (lazily, in some
# containers); pg_ctl and postgres would take it for a live server.
postmaster_is_zombie() {
  local pid
  pid=$(head -n 1 "$data/postmaster.pid" 2>/dev/null) || return 1
  [[ $pid =~ ^[0-9]+$ && $(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null) == Z ]]
}

is_running() {
  [[ -f $data/PG_VERSION ]] && ! postmaster_is_zombie &&
    run "$bindir/pg_ctl" status -D "$data" >/dev/null 2>&1
}

port_in_use() {
  # A connect that succeeds means something listens there.
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

free_port() {
  local port=$((20000 + RANDOM % 20000)) tries
  for ((tries = 0; tries < 200; tries++)); do
    if ! port_in_use "$port" && ! ss -Htln "sport = :$port" 2>/dev/null | grep -q .; then
      echo "$port"
      return
    fi
    port=$((port + 1))
    ((port <= 40000)) || port=20000
  done
  die "no free TCP port found in 20000-40000"
}

configured_port() {
  sed -n 's/^port = \([0-9]*\).*/\1/p' "$data/postgresql.auto.conf" "$data/postgresql.conf" 2>/dev/null | tail -n 1
}

write_url() {
  local port
  port=$(configured_port)
  [[ -n $port ]] || die "no port in $data/postgresql.conf"
  # Written by the invoking user (root may write into the postgres-owned DIR).
  printf 'postgresql://muster@127.0.0.1:%s/postgres\n' "$port" >"$dir/url.tmp"
  chmod 644 "$dir/url.tmp"
  mv -f "$dir/url.tmp" "$dir/url"
}

wait_ready() {
  local port="$1" i
  for ((i = 0; i < 60; i++)); do
    if run "$bindir/pg_isready" -q -h 127.0.0.1 -p "$port" -d postgres -t 1; then
      return 0
    fi
    sleep 0.5
  done
  echo "pg-cluster: PostgreSQL in $dir did not accept connections within 30 s; server log:" >&2
  cat "$log_file" >&2 || true
  return 1
}

start() {
  if is_running; then
    write_url
    echo "PostgreSQL already runs in $dir: $(cat "$dir/url")"
    return 0
  fi
  mkdir -p "$dir"
  if ((${#as_owner[@]})) && [[ $home == "$dir" ]]; then
    # As root: the cluster gets a folder of its own that `postgres` can reach.
    home=$(mktemp -d /tmp/muster-pg.XXXXXX)
    chown postgres:postgres "$home"
    chmod 700 "$home"
    echo "$home" >"$dir/home"
    data="$home/data"
    log_file="$home/server.log"
  fi
  if [[ ! -f $data/PG_VERSION ]]; then
    rm -rf "$data"
    run "$bindir/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
      >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; die "initdb failed in $data"; }
    # Loopback and the socket only; nothing else may connect.
    run tee "$data/pg_hba.conf" >/dev/null <<'EOF'
# TYPE  DATABASE  USER  ADDRESS       METHOD
local   all       all                 trust
host    all       all   127.0.0.1/32  trust
EOF
    run tee -a "$data/postgresql.conf" >/dev/null <<EOF

# scripts/pg-cluster.sh: a throwaway test cluster (fsync stays on: durability is tested).
listen_addresses = '127.0.0.1'
unix_socket_directories = '$home'
max_connections = 300
shared_buffers = 32MB
fsync = on
synchronous_commit = on
logging_collector = off
EOF
  fi
  if postmaster_is_zombie; then
    rm -f "$data/postmaster.pid"
  fi
  # A new port on every start: the last one may have been taken meanwhile.
  local port
  port=$(free_port)
  run sed -i '/^port = /d' "$data/postgresql.conf"
  run tee -a "$data/postgresql.conf" >/dev/null <<<"port = $port"
  run "$bindir/pg_ctl" start -D "$data" -l "$log_file" -w -t 30 >/dev/null 2>&1 || {
    echo "pg-cluster: pg_ctl start failed; server log:" >&2
    cat "$log_file" >&2 || true
    exit 1
  }
  wait_ready "$port" || exit 1
  run "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres <<'EOF' >/dev/null
SELECT 'CREATE ROLE muster LOGIN SUPERUSER'
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'muster') \gexec
EOF
  write_url
  echo "PostgreSQL $(run "$bindir/postgres" --version | awk '{print $3}') runs in $dir on 127.0.0.1:$port: $(cat "$dir/url")"
}

stop() {
  if [[ ! -e $dir ]]; then
    return 0
  fi
  if is_running; then
    run "$bindir/pg_ctl" stop -D "$data" -m fast -w -t 60 >/dev/null ||
      die "pg_ctl stop failed for $data"
  fi
  # Refuse to delete a folder that is not one of ours.
  if [[ -n $(ls -A "$dir") && ! -f $data/PG_VERSION && ! -f $dir/url && ! -f $dir/initdb.log && ! -f $dir/home ]]; then
    die "$dir does not look like a pg-cluster.sh folder; not removing it"
  fi
  [[ $home != "$dir" && $home == /tmp/muster-pg.* ]] && rm -rf "$home"
  rm -rf "$dir"
  echo "PostgreSQL in $dir stopped and removed"
}

"$cmd"
