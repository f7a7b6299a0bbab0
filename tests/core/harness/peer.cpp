#include "peer.hpp"

#include <stdexcept>

#include "muster/codec.hpp"
#include "muster/json.hpp"
#include "muster/permissions.hpp"
#include "../test_util.hpp"

namespace muster::test {

using nlohmann::json;

namespace {
constexpr const char* kServerReplica = "5e5e5e5e5e5e5e5e";
}

ReferenceServer::ReferenceServer(ManualClock& clock, std::uint64_t seed)
    : clock_(clock), hlc_(kServerReplica, clock), rng_(seed) {}

void ReferenceServer::touch(EntityType entity, const std::string& key) {
    const auto id = std::make_pair(entity, key);
    if (auto it = seq_of_.find(id); it != seq_of_.end()) log_.erase(it->second);
    seq_of_[id] = ++seq_;
    log_[seq_] = id;
}

Ack ReferenceServer::apply(const Op& op) {
    if (applied_.count(op.id) != 0) return Ack{op.id, AckStatus::duplicate, {}};
    if (auto skew = check_clock_skew(op, clock_.now_ms()); !skew) return Ack{op.id, AckStatus::rejected, skew.error()};
    // The harness's stand-in for role/scope rules: this title is refused.
    if (op.fields.value("title", json()) == "forbidden") {
        return Ack{op.id, AckStatus::rejected, Error{ErrorCode::forbidden, "refused by the test server"}};
    }
    hlc_.observe(op.hlc);
    auto& state = states_[{op.entity, op.key}];
    auto outcome = apply_op(state, op, op.hlc.r);
    if (outcome.rejection) {
        if (state.fields.empty()) states_.erase({op.entity, op.key});
        return Ack{op.id, AckStatus::rejected, *outcome.rejection};
    }
    applied_.insert(op.id);
    by_replica_[op.hlc.r][parse_op_id(op.id)->n] = op.hlc;
    if (outcome.changed) touch(op.entity, op.key);
    for (const auto& record : outcome.conflicts) {
        const std::string key = make_uuid(rng_(), rng_());
        EntityState conflict{EntityType::conflict, key, {}};
        const Hlc stamp = hlc_.now();
        const json fields = conflict_entity_fields(op.entity, op.key, record);
        for (const auto& [name, value] : fields.items()) {
            conflict.fields[name] = FieldValue{value, stamp, ""};
        }
        states_[{EntityType::conflict, key}] = std::move(conflict);
        touch(EntityType::conflict, key);
        ++conflicts_;
    }
    return Ack{op.id, AckStatus::applied, {}};
}

Result<SyncResponse> ReferenceServer::handle(const SyncRequest& request) {
    auto parsed = parse_strict(encode_sync_request(request).dump());
    if (!parsed) return parsed.error();
    auto decoded = decode_sync_request(*parsed);
    if (!decoded) return decoded.error();
    SyncResponse response;
    for (const long index : decoded->order) {
        if (index >= 0) {
            response.acks.push_back(apply(decoded->request.ops[static_cast<std::size_t>(index)]));
        } else {
            const auto& bad = decoded->invalid[static_cast<std::size_t>(-1 - index)];
            response.acks.push_back(Ack{bad.id, AckStatus::rejected, bad.error});
        }
    }
    const std::int64_t after = decoded->request.cursor.empty() ? 0 : std::stoll(decoded->request.cursor);
    std::int64_t last = after;
    for (auto it = log_.upper_bound(after); it != log_.end(); ++it) {
        if (response.changes.size() == static_cast<std::size_t>(decoded->request.limit)) {
            response.has_more = true;
            break;
        }
        response.changes.push_back(change_from_state(states_.at(it->second), it->first));
        last = it->first;
    }
    response.cursor = std::to_string(last);
    response.server_time_ms = clock_.now_ms();
    auto echoed = parse_strict(encode_sync_response(response).dump());
    if (!echoed) return echoed.error();
    return decode_sync_response(*echoed);
}

std::vector<EntityState> ReferenceServer::states() const {
    std::vector<EntityState> out;
    for (const auto& [_, state] : states_) out.push_back(state);
    return out;
}

std::string ReferenceServer::canonical_hash() const { return muster::canonical_hash(states()); }

Result<SyncResponse> FakeTransport::sync(const SyncRequest& request) {
    ++calls;
    if (!held_.empty() && chance(0.5)) {  // a held-back copy arrives late, out of order
        (void)server_.handle(held_.front());
        held_.pop_front();
    }
    if (chance(faults.unauthenticated)) return Error{ErrorCode::unauthenticated, "token expired"};
    if (chance(faults.delay)) held_.push_back(request);
    if (chance(faults.drop_request)) return Error{ErrorCode::unavailable, "connection reset"};
    if (chance(faults.duplicate)) (void)server_.handle(request);
    auto response = server_.handle(request);
    if (chance(faults.drop_response)) return Error{ErrorCode::unavailable, "timeout waiting for the answer"};
    return response;
}

bool FakeTransport::send(const SyncRequest& request) {
    if (!pipelined) return false;
    if (ahead_) throw std::logic_error("a second request sent before the first was received");
    ++sent_ahead;
    ahead_ = sync(request);
    return true;
}

Result<SyncResponse> FakeTransport::receive() {
    if (!ahead_) throw std::logic_error("receive() without a request sent");
    auto answer = std::move(*ahead_);
    ahead_.reset();
    return answer;
}

Replica::Replica(ReferenceServer& server, std::int64_t wall_ms, std::uint64_t seed, SyncOptions options)
    : clock(wall_ms),
      transport(server, seed ^ 0x5bd1e995),
      store(std::move(Store::open(":memory:", clock, StoreOptions{seed, false})).value()),
      engine(store, transport, clock, seed, std::move(options)) {}

void OpGenerator::write(Replica& replica, int who) {
    static const std::vector<std::string> kStatuses = {"open", "acknowledged", "in_progress", "done", "blocked"};
    static const std::vector<std::string> kPriorities = {"low", "normal", "high", "critical"};
    const int task = static_cast<int>(rng_() % 6) + 1;
    switch (rng_() % 10) {
        case 0:
            (void)replica.store.write_delete(EntityType::task, key(task));
            return;
        case 1: {  // a log; sometimes colliding with another replica's key and content
            const bool collide = rng_() % 4 == 0;
            const int n = collide ? 900 + static_cast<int>(rng_() % 3) : 1000 * (who + 1) + ++log_counter_;
            json fields = {{"task", key(task)}, {"author", key(100 + who)}, {"kind", "note"}, {"at", 1}};
            if (collide && rng_() % 2 == 0) fields["text"] = "from " + std::to_string(who);
            (void)replica.store.write_append(EntityType::log, key(n), fields);
            return;
        }
        case 2:
            (void)replica.store.write_set(EntityType::drill, key(50), {{"state", rng_() % 2 ? "running" : "paused"}});
            return;
        case 3:
            (void)replica.store.write_set(EntityType::task, key(task), {{"title", "forbidden"}});
            return;
        default: {
            json fields = {{"status", kStatuses[rng_() % kStatuses.size()]}};
            if (rng_() % 2) fields["priority"] = kPriorities[rng_() % kPriorities.size()];
            if (rng_() % 3 == 0) fields["title"] = "t" + std::to_string(rng_() % 4);
            if (rng_() % 4 == 0) fields["assignee"] = rng_() % 2 ? json(nullptr) : json(key(100 + who));
            (void)replica.store.write_set(EntityType::task, key(task), fields);
            return;
        }
    }
}

}  // namespace muster::test
