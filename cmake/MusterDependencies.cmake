# Every dependency comes from Debian 12's packages (scripts/bootstrap.sh installs them).
find_package(SQLite3 REQUIRED)
find_package(nlohmann_json 3.11 REQUIRED)
find_package(Threads REQUIRED)

find_package(Boost 1.81 REQUIRED CONFIG)
find_package(OpenSSL 3 REQUIRED)
find_package(ZLIB REQUIRED)
find_package(CLI11 REQUIRED CONFIG)
find_package(PkgConfig REQUIRED)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
# The server's PostgreSQL backend (Debian: libpq-dev).
pkg_check_modules(PQ REQUIRED IMPORTED_TARGET libpq)
# The server's allocator: jemalloc (libjemalloc-dev) unless a sanitizer brings
# its own. Under glibc's malloc a sync spent ~15% of its CPU in
# malloc_consolidate and arena locks across the worker threads.
if(NOT MUSTER_SANITIZE)
  pkg_check_modules(JEMALLOC IMPORTED_TARGET jemalloc)
endif()

if(MUSTER_BUILD_TESTS)
  find_package(GTest REQUIRED)
  include(GoogleTest)
endif()
if(MUSTER_BUILD_BENCH)
  find_package(benchmark REQUIRED)
endif()
if(MUSTER_BUILD_APP)
  find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Qml Quick QuickControls2 Network WebSockets Positioning
               Concurrent Multimedia QuickTest Test LinguistTools)
  # AUTOMOC is switched on in app/ and tests/app only, not for core or server.
endif()
