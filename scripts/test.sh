#!/usr/bin/env bash
# The whole test suite: installs what is missing, builds, runs every test through CTest.
# Exits non-zero on any failure. Extra arguments go to ctest (e.g. -R Merge).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

muster_ensure_packages
muster_build "$MUSTER_BUILD_DIR"
log "running the test suite"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
ctest --test-dir "$MUSTER_BUILD_DIR" --output-on-failure -j "$MUSTER_JOBS" --timeout 600 "$@"
