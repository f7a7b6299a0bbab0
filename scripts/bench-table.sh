#!/usr/bin/env bash
# Issue 7's benchmark table in one command: builds what it needs, then runs `server_bench --table`,
# which measures each row against its baseline in the same run (merge vs bare SQLite inserts,
# push / cold pull vs pouchdb-server + PouchDB, change-to-coordinator latency vs a WebSocket echo +
# fdatasync, memory per idle WebSocket vs a bare Beast echo server, muster-sim convergence) and
# prints one Markdown table. Run it on an otherwise idle machine: the figures are only comparable then.
#
#   scripts/bench-table.sh                  print the table
#   scripts/bench-table.sh --write-results  also write bench/results/<date>.md, .json and latest.md
#   scripts/bench-table.sh --quick          small sizes (a smoke test, not the issue's figures)
# Other options go to server_bench (see `server_bench --help`): --skip merge,pouch,latency,ws,sim,
# --sim-members N, --sim-duration S, --ws-sockets N, --latency-members N, --latency-changes N.
#
# Build folder: $MUSTER_BENCH_BUILD_DIR (default build-bench), configured once as RelWithDebInfo
# with the bench and tools on and the app off. The PouchDB peer is installed by the bench itself
# (npm, pinned versions) into <build>/bench-peer the first time.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${MUSTER_BENCH_BUILD_DIR:-$root/build-bench}"
if [[ ! -f "$build/CMakeCache.txt" ]]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DMUSTER_BUILD_BENCH=ON -DMUSTER_BUILD_TOOLS=ON -DMUSTER_BUILD_APP=OFF
fi
ninja -C "$build" -j"${MUSTER_JOBS:-2}" server_bench ws_echo muster-server muster-sim >&2
exec "$build/bin/server_bench" --table "$@"
