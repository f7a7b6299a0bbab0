#pragma once
/// muster-sim's run options and the fault profiles behind `--faults`.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace muster::sim {

enum class FaultLevel : std::uint8_t { none, patchy, severe };
[[nodiscard]] std::string_view to_string(FaultLevel level) noexcept;
[[nodiscard]] std::optional<FaultLevel> fault_level_from_string(std::string_view text) noexcept;

/// How the proxy treats traffic while faults are on. Probabilities are per
/// HTTP request; latency and bandwidth apply to every request.
struct FaultProfile {
    FaultLevel level = FaultLevel::none;
    int latency_ms = 0;                      ///< added before the request and before the answer
    int jitter_ms = 0;                       ///< uniform 0..jitter added to each latency
    std::int64_t bandwidth_bytes_per_s = 0;  ///< per connection and direction; 0: unlimited
    double reset = 0;                        ///< reset before the request reaches the server
    double hang = 0;                         ///< the request is swallowed: no answer until the client gives up
    double cut = 0;                          ///< the server commits and answers; the answer is cut halfway
    int small_partitions = 0;                ///< each cuts ~10% of the members off for ~15% of the drill
    double big_partition = 0;  ///< fraction of members cut off from 10% to 85% of the drill (0: none)
};
[[nodiscard]] FaultProfile fault_profile(FaultLevel level);

/// Checker self-tests: break one thing on purpose after the run, so a test can
/// show the verdict catches it.
enum class Tamper : std::uint8_t {
    none,
    store,          ///< change a task's status in one member's SQLite file behind the engine's back
    lost_write,     ///< delete an acked op (and its log) from the stopped server's database
    lost_conflict,  ///< delete a conflict record from the stopped server's database
};
[[nodiscard]] std::optional<Tamper> tamper_from_string(std::string_view text) noexcept;
[[nodiscard]] std::string_view to_string(Tamper tamper) noexcept;

struct SimOptions {
    int members = 50;                   ///< simulated people, coordinator and evaluator included (3..1000)
    std::uint64_t seed = 0;             ///< everything the members do derives from it
    double duration_s = 30;             ///< real seconds of drill before the heal
    FaultLevel faults = FaultLevel::patchy;
    int kill_server = 0;                ///< kill -9 + restart this many times during the drill
    bool json = false;                  ///< machine-readable report on stdout
    double contested = 0.25;            ///< share of tasks whose status the coordinator also edits
    std::string work_dir;               ///< "" : a fresh folder under /tmp, removed after a clean run
    bool keep = false;                  ///< keep the work folder
    std::string server_binary;          ///< "" : muster-server next to muster-sim
    std::string db;                     ///< "" : SQLite in the work folder; else an empty PostgreSQL database (URL)
    int instances = 1;                  ///< server instances on `db` (more than one needs PostgreSQL)
    std::string connect;                ///< HOST:PORT of a running server (with server_data)
    std::string server_data;            ///< that server's data folder (admin CLI, read-only checks)
    bool prepare_only = false;          ///< add the units and members to server_data, then stop
    std::string history_file;           ///< write every member's op-level history (JSON) here
    int timeout_ms = 3000;              ///< every connect / read / write of the members' transport
    int threads = 0;                    ///< member worker threads (0: from the member count)
    Tamper tamper = Tamper::none;
};

}  // namespace muster::sim
