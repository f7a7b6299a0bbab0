#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) and fuzzes them.
#
#   scripts/fuzz.sh [TARGET|all] [SECONDS]
#
# TARGET is fuzz_codec, fuzz_merge, fuzz_msel or fuzz_http (default: all, one
# after the other); SECONDS is how long each runs (default 60; hours are fine:
# 14400). Each target keeps a working corpus in fuzz-out/<target>/corpus (it
# grows between runs; the seeds in tests/fuzz/corpus/<target> are read too)
# and writes what it finds to fuzz-out/<target>/artifacts/. fuzz-out/ is
# gitignored. Exits non-zero if any target found something (crash, sanitizer
# report, failed check, timeout, out of memory). See docs/fuzzing.md.
#
# Environment: MUSTER_FUZZ_BUILD_DIR (default build-fuzz), MUSTER_FUZZ_OUT
# (default fuzz-out), MUSTER_FUZZ_FORK=N (libFuzzer -fork=N: N processes,
# keeps going after a finding; for long runs on idle machines),
# MUSTER_FUZZ_ARGS (extra libFuzzer flags).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

TARGETS=(fuzz_codec fuzz_merge fuzz_msel fuzz_http)
target="${1:-all}"
seconds="${2:-60}"
if [[ "$target" == all ]]; then
  selected=("${TARGETS[@]}")
elif [[ " ${TARGETS[*]} " == *" $target "* ]]; then
  selected=("$target")
else
  echo "usage: scripts/fuzz.sh [${TARGETS[*]// /|}|all] [SECONDS]" >&2
  exit 2
fi
[[ "$seconds" =~ ^[0-9]+$ ]] || { echo "error: SECONDS must be a whole number" >&2; exit 2; }

build_dir="${MUSTER_FUZZ_BUILD_DIR:-$MUSTER_ROOT/build-fuzz}"
out="${MUSTER_FUZZ_OUT:-$MUSTER_ROOT/fuzz-out}"
fuzz_src="$MUSTER_ROOT/tests/fuzz"

muster_ensure_packages
export CC=clang CXX=clang++
MUSTER_CMAKE_ARGS=(-DMUSTER_SANITIZE=ON -DMUSTER_FUZZ=ON -DMUSTER_BUILD_APP=OFF -DMUSTER_BUILD_BENCH=OFF
                   "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1 -DNDEBUG")
if [[ -f "$build_dir/CMakeCache.txt" ]] && ! grep -q '^MUSTER_FUZZ:BOOL=ON' "$build_dir/CMakeCache.txt"; then
  echo "error: $build_dir is not a MUSTER_FUZZ=ON build; remove it or set MUSTER_FUZZ_BUILD_DIR" >&2
  exit 2
fi
muster_build "$build_dir" "${selected[@]}"

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:strict_string_checks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

# Per target: the largest input worth trying and the time one input may take.
max_len() { case "$1" in fuzz_merge) echo 512 ;; fuzz_http) echo 20000 ;; *) echo 16384 ;; esac; }
timeout_s() { case "$1" in fuzz_http) echo 30 ;; *) echo 10 ;; esac; }
dict() { case "$1" in fuzz_http) echo "$fuzz_src/dict/http.dict" ;; fuzz_codec) echo "$fuzz_src/dict/json.dict" ;;
                      fuzz_msel) echo "$fuzz_src/dict/msel.dict" ;; *) echo "" ;; esac; }

failed=()
for t in "${selected[@]}"; do
  work="$out/$t"
  mkdir -p "$work/corpus" "$work/artifacts"
  args=(-max_total_time="$seconds" -max_len="$(max_len "$t")" -timeout="$(timeout_s "$t")"
        -rss_limit_mb=2560 -artifact_prefix="$work/artifacts/" -print_final_stats=1)
  d="$(dict "$t")"
  [[ -n "$d" ]] && args+=(-dict="$d")
  [[ -n "${MUSTER_FUZZ_FORK:-}" ]] && args+=(-fork="$MUSTER_FUZZ_FORK" -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
  # shellcheck disable=SC2206
  [[ -n "${MUSTER_FUZZ_ARGS:-}" ]] && args+=($MUSTER_FUZZ_ARGS)
  log "fuzzing $t for ${seconds}s (artifacts: $work/artifacts)"
  before=$(find "$work/artifacts" -type f | wc -l)
  # New inputs go to the first folder (the working corpus); the seeds and regressions are only read.
  set +e +o pipefail
  "$build_dir/bin/$t" "${args[@]}" "$work/corpus" "$fuzz_src/corpus/$t" "$fuzz_src/regressions/$t" 2>&1 \
    | tee "$work/last-run.log" \
    | grep --line-buffered -E '(INITED|DONE|pulse|ERROR|SUMMARY|stat::|Test unit written|FUZZ CHECK)'
  status=${PIPESTATUS[0]}
  set -e -o pipefail
  after=$(find "$work/artifacts" -type f | wc -l)
  # In fork mode libFuzzer may exit 0 after findings: count the artifacts too.
  if (( status != 0 || after > before )); then
    failed+=("$t")
    log "$t FOUND SOMETHING (exit $status): see $work/last-run.log and $work/artifacts/"
  fi
done

if ((${#failed[@]} > 0)); then
  log "findings in: ${failed[*]} — reproduce with: $build_dir/bin/<target> <artifact>; docs/fuzzing.md says what next"
  exit 1
fi
log "no findings (${selected[*]}, ${seconds}s each)"
