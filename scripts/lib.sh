#!/usr/bin/env bash
# Shared by scripts/run.sh and scripts/test.sh: install Debian packages (once),
# configure (once) and build (incrementally). Source it; do not run it.
set -euo pipefail

MUSTER_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MUSTER_BUILD_DIR="${MUSTER_BUILD_DIR:-$MUSTER_ROOT/build}"
MUSTER_JOBS="${MUSTER_JOBS:-2}"
MUSTER_CMAKE_ARGS=("${MUSTER_CMAKE_ARGS[@]}")
# ccache must be told it may reuse objects built with precompiled headers (Beast, Qt).
export CCACHE_SLOPPINESS="${CCACHE_SLOPPINESS:-pch_defines,time_macros,include_file_mtime,include_file_ctime}"
# Paths relative to the checkout: build folders (build, build-asan, a clean
# clone elsewhere) share cache entries.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$MUSTER_ROOT}"

# Every Debian 12 package the build, the tests and the app need.
MUSTER_PACKAGES=(
  build-essential cmake ninja-build ccache lld pkg-config git curl ca-certificates
  libboost1.81-dev nlohmann-json3-dev libsqlite3-dev sqlite3 libssl-dev libsodium-dev zlib1g-dev
  libcli11-dev libgtest-dev libgmock-dev libbenchmark-dev
  qt6-base-dev qt6-declarative-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-positioning-dev qml6-module-qtpositioning qt6-multimedia-dev qml6-module-qtmultimedia
  qt6-qpa-plugins qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-templates
  qml6-module-qtquick-layouts qml6-module-qtquick-window qml6-module-qtquick-dialogs
  qml6-module-qtqml-workerscript qml6-module-qttest qml6-module-qtwebsockets
  libgl-dev fonts-dejavu-core libjemalloc-dev
  clang libclang-rt-14-dev llvm
  libsqlcipher-dev qtkeychain-qt6-dev dbus gnome-keyring
  postgresql libpq-dev
  chromium
)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# Installs whatever is missing; a second run finds nothing to do and takes a second.
muster_ensure_packages() {
  local missing=()
  local pkg
  for pkg in "${MUSTER_PACKAGES[@]}" "$@"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$pkg")
    fi
  done
  if ((${#missing[@]} == 0)); then
    return 0
  fi
  log "installing ${#missing[@]} Debian packages: ${missing[*]}"
  local sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "error: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
  fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Configures once (Ninja, RelWithDebInfo, ccache) and builds incrementally.
#   muster_build BUILD_DIR [TARGET...]     (no target: everything)
# MUSTER_CMAKE_ARGS (an array, optional) is passed to cmake at configure time.
muster_build() {
  local build_dir="$1"; shift
  if [[ ! -f "$build_dir/build.ninja" ]]; then
    log "configuring $build_dir"
    cmake -S "$MUSTER_ROOT" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      "${MUSTER_CMAKE_ARGS[@]}" >/dev/null
  fi
  log "building $build_dir${*:+ ($*)}"
  local targets=()
  (($# > 0)) && targets=(--target "$@")
  cmake --build "$build_dir" -j "$MUSTER_JOBS" "${targets[@]}"
}
