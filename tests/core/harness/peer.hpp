#pragma once
// In-process sync harness, in the spirit of realm-core's test/peer.hpp: a
// reference server that merges with the same core merge code, K client
// replicas (real Store on ":memory:" + real SyncEngine), and a fake transport
// that drops requests, drops responses after commit, duplicates and reorders
// deliveries. Everything is seeded: a failing case replays from its seed.

#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "muster/merge.hpp"
#include "muster/store.hpp"
#include "muster/sync_engine.hpp"

namespace muster::test {

/// The server side: op dedupe by id, clock-skew check, merge, conflict
/// records, and a seq-ordered change log. Scope: everyone sees everything.
class ReferenceServer {
public:
    ReferenceServer(ManualClock& clock, std::uint64_t seed);

    /// Handles one request after a JSON round trip through the codec.
    Result<SyncResponse> handle(const SyncRequest& request);

    [[nodiscard]] std::string canonical_hash() const;
    [[nodiscard]] std::vector<EntityState> states() const;
    [[nodiscard]] std::size_t applied_ops() const { return applied_.size(); }
    [[nodiscard]] std::size_t conflicts() const { return conflicts_; }
    /// Per replica, the hlcs of its applied ops by op number.
    [[nodiscard]] const std::map<std::string, std::map<std::uint64_t, Hlc>>& applied_by_replica() const {
        return by_replica_;
    }

private:
    Ack apply(const Op& op);
    void touch(EntityType entity, const std::string& key);

    ManualClock& clock_;
    HlcClock hlc_;
    std::mt19937_64 rng_;
    std::map<std::pair<EntityType, std::string>, EntityState> states_;
    std::map<std::pair<EntityType, std::string>, std::int64_t> seq_of_;
    std::map<std::int64_t, std::pair<EntityType, std::string>> log_;
    std::int64_t seq_ = 0;
    std::set<std::string> applied_;
    std::map<std::string, std::map<std::uint64_t, Hlc>> by_replica_;
    std::size_t conflicts_ = 0;
};

struct Faults {
    double drop_request = 0;    ///< the request never arrives
    double drop_response = 0;   ///< the server commits, the answer is lost
    double duplicate = 0;       ///< the request arrives twice
    double delay = 0;           ///< a copy is held back and delivered later, out of order
    double unauthenticated = 0; ///< the server answers 401
};

/// A transport to the reference server with seeded fault injection.
class FakeTransport final : public Transport {
public:
    FakeTransport(ReferenceServer& server, std::uint64_t seed) : server_(server), rng_(seed) {}
    Result<SyncResponse> sync(const SyncRequest& request) override;
    /// With `pipelined`, the server handles a request when it is sent (faults
    /// included) and `receive` hands its answer over later, as a real server
    /// answers while the device stores the page before.
    bool send(const SyncRequest& request) override;
    Result<SyncResponse> receive() override;
    Faults faults;
    bool pipelined = false;
    std::size_t calls = 0;
    std::size_t sent_ahead = 0;  ///< requests that went through `send`

private:
    bool chance(double p) { return p > 0 && std::uniform_real_distribution<double>(0, 1)(rng_) < p; }
    ReferenceServer& server_;
    std::mt19937_64 rng_;
    std::deque<SyncRequest> held_;
    std::optional<Result<SyncResponse>> ahead_;
};

/// One client: its own wall clock (server time + skew), store, transport and engine.
struct Replica {
    Replica(ReferenceServer& server, std::int64_t wall_ms, std::uint64_t seed, SyncOptions options);
    ManualClock clock;
    FakeTransport transport;
    Store store;
    SyncEngine engine;
};

/// Random local writes over a small shared key space, so replicas collide.
class OpGenerator {
public:
    explicit OpGenerator(std::uint64_t seed) : rng_(seed) {}
    /// Makes one random local write on `replica` (index `who`); failures such as a
    /// local `immutable` are part of the game and ignored.
    void write(Replica& replica, int who);

private:
    std::mt19937_64 rng_;
    int log_counter_ = 0;
};

}  // namespace muster::test
