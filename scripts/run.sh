#!/usr/bin/env bash
# Muster's main job on its embedded default (SQLite): a fresh demo server on
# 127.0.0.1 and the app connected to it; with no display, the headless path
# (the server's health and demo data, then a short muster-sim drill against
# the demo server, its report printed) while the server keeps serving.
#
#   scripts/run.sh            run until Ctrl-C
#   scripts/run.sh --once     headless: print the report, stop the server, exit
# Environment: MUSTER_PORT (default 8470; 0 picks a free one), MUSTER_DEMO_DIR,
# MUSTER_SIM_ARGS (default: --members 20 --faults patchy --duration 20), MUSTER_SIM_SEED.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

once=0
for arg in "$@"; do
  case "$arg" in
    --once) once=1 ;;
    -h|--help) sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown argument '$arg' (try --help)" >&2; exit 2 ;;
  esac
done

muster_ensure_packages
muster_build "$MUSTER_BUILD_DIR" muster-server muster muster-sim

bin="$MUSTER_BUILD_DIR/bin"
demo_dir="${MUSTER_DEMO_DIR:-$MUSTER_ROOT/.muster-demo}"
port="${MUSTER_PORT:-8470}"

# A fresh demo each run: the server's data and the app's local store start together.
rm -rf "$demo_dir"
mkdir -p "$demo_dir"
log "seeding a demo server in $demo_dir/server"
"$bin/muster-server" demo --data "$demo_dir/server"

headless=1
if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" && "${QT_QPA_PLATFORM:-}" != offscreen && $once -eq 0 ]]; then
  headless=0
fi
read -r -a sim_args <<<"${MUSTER_SIM_ARGS:---members 20 --faults patchy --duration 20}"
sim_seed="${MUSTER_SIM_SEED:-$((RANDOM * 32768 + RANDOM))}"
if ((headless)); then
  # The simulated drill's units and members are added before the server starts,
  # so its report times the drill and not the set-up.
  "$bin/muster-sim" "${sim_args[@]}" --seed "$sim_seed" --server-data "$demo_dir/server" --prepare-only
fi

pids=()
cleanup() {
  trap - INT TERM EXIT
  local pid
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT
trap 'echo; log "stopping"; exit 0' INT TERM

server_out="$demo_dir/server.out"
"$bin/muster-server" serve --data "$demo_dir/server" --listen "127.0.0.1:$port" >"$server_out" 2>"$demo_dir/server.log" &
pids+=($!)

url=""
for _ in $(seq 1 100); do
  if line=$(grep -m1 '^listening on ' "$server_out" 2>/dev/null); then
    url="http://${line#listening on }"
    break
  fi
  kill -0 "${pids[0]}" 2>/dev/null || { cat "$demo_dir/server.log" >&2; echo "error: muster-server exited" >&2; exit 1; }
  sleep 0.1
done
[[ -n "$url" ]] || { echo "error: muster-server did not start listening within 10 s" >&2; exit 1; }
log "server listening at $url (log: $demo_dir/server.log)"
printf 'health: %s\n' "$(curl -fsS --max-time 5 "$url/v1/health")"

if ((headless == 0)); then
  log "starting the app (sign in as coord / muster-demo; without a system keystore it asks you to choose a PIN); close it or press Ctrl-C to stop"
  "$bin/muster" --server "$url" --login coord --data-dir "$demo_dir/app" &
  pids+=($!)
  wait "${pids[1]}" || true
  exit 0
fi

log "no display: running the headless path"
echo "units:";   "$bin/muster-server" unit list --data "$demo_dir/server"
echo "members:"; "$bin/muster-server" member list --data "$demo_dir/server"
# A short simulated drill against the demo server: its own units and members
# next to the demo data, the fault proxy in between; prints its report.
log "running muster-sim ${sim_args[*]} --seed $sim_seed against $url"
sim_status=0
"$bin/muster-sim" "${sim_args[@]}" --seed "$sim_seed" --connect "${url#http://}" --server-data "$demo_dir/server" \
  --work-dir "$demo_dir/sim" || sim_status=$?
if [[ $once -eq 1 ]]; then
  exit "$sim_status"
fi
log "server still serving at $url — press Ctrl-C to stop"
wait "${pids[0]}"
