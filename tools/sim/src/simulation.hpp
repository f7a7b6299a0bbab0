#pragma once
/// One whole muster-sim run: set the server up, log everyone in, run the
/// drill through the fault proxy (killing the server as planned), heal,
/// converge, check.
///
/// Phases and clocks: the drill runs in real time, compressed (`--duration`
/// seconds hold the whole drill: injects released over its first third,
/// people's delays scaled to it). Member decisions come from the seed only;
/// the network and the server's timing decide only *when* they happen.

#include <chrono>
#include <memory>
#include <ostream>

#include "muster/result.hpp"
#include "options.hpp"
#include "report.hpp"

namespace muster::sim {

class Simulation {
public:
    /// Progress lines (one per phase) go to `log`.
    Simulation(SimOptions options, std::ostream& log);
    ~Simulation();
    Simulation(const Simulation&) = delete;
    Simulation& operator=(const Simulation&) = delete;

    /// Runs every phase. An error means the run could not be set up (no verdict).
    Result<Report> run();

private:
    struct State;
    std::unique_ptr<State> s_;
};

}  // namespace muster::sim
