// Fuzz target: merging arbitrary op sequences.
//
// The input is decoded into a bounded sequence (≤ 48) of valid ops written by
// three replicas over a small shared key space of every entity type, so ops
// collide on the same entities and fields. The ops are then applied:
//   - in input order, in reverse, and (with 3 replicas) in a shuffled order,
//     one EntityState per entity, with `apply_op` (merge.hpp);
//   - split between two replicas that then join their states (`merge_state`,
//     the pull path);
//   - optionally as pulls of intermediate snapshots, shuffled and batched,
//     into a real device `Store` (":memory:"), whose own per-field LWW must
//     agree with merge.hpp.
// Every order must give the same canonical state (state.hpp's
// canonical_fields per entity; the Store is compared by canonical_hash, as
// the convergence tests compare replicas). Append-only entities are the one
// documented exception: the first `append` of a key wins and a different one
// is rejected `immutable`, so they are compared only where every append of a
// key carries the same content. Also checked: each versioned field ends as
// the write with the highest hlc (an independent reference); re-applying
// every op changes nothing; a rejection leaves the state untouched; storage
// and pull (Change) forms round-trip; the server's pull answer decodes on
// the client.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "fuzz_util.hpp"
#include "muster/codec.hpp"
#include "muster/merge.hpp"
#include "muster/state.hpp"
#include "muster/store.hpp"

namespace {

using muster::EntityState;
using muster::EntityType;
using muster::FieldType;
using muster::Hlc;
using muster::Op;
using muster::OpKind;
using muster::fuzz::Bytes;
using nlohmann::json;

constexpr std::size_t kMaxOps = 48;
const std::vector<std::string> kReplicas = {"00000000000000a1", "00000000000000b2", "00000000000000c3"};
const std::vector<std::string> kKeys = {"8d0c5f2e-1234-4abc-8def-0123456789ab",
                                        "11111111-2222-4333-8444-555555555555",
                                        "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee"};
const std::vector<std::string> kHashes = {std::string(64, 'a'), std::string(64, '0')};

using EntityId = std::pair<EntityType, std::string>;
using World = std::map<EntityId, EntityState>;

std::string key_for(EntityType type, std::size_t i) {
    return muster::entity_spec(type).key_is_replica_id ? kReplicas[i % kReplicas.size()] : kKeys[i % kKeys.size()];
}

json number(Bytes& in) {
    switch (in.pick(6)) {
        case 0: return 0;
        case 1: return 1.5;
        case 2: return -90;
        case 3: return 52;  // int; equal to 52.0 under json == but not as text
        case 4: return 52.0;
        default: return static_cast<int>(in.byte()) - 128;
    }
}

json hlc_json(Bytes& in) {
    return muster::to_json(Hlc{1000 + static_cast<std::int64_t>(in.pick(6)), static_cast<std::uint16_t>(in.pick(3)),
                               kReplicas[in.pick(kReplicas.size())]});
}

/// A value for a field: mostly valid for its type, sometimes not (the op is then dropped by validation).
json value_for(const muster::FieldSpec& spec, Bytes& in) {
    if (spec.nullable && in.pick(8) == 0) return nullptr;
    if (in.pick(16) == 0) return "x";  // usually the wrong type
    switch (spec.type) {
        case FieldType::string: {
            static const std::vector<std::string> kTexts = {"", "a", "b", "sandbags placed", "\xC3\xA9t\xC3\xA9",
                                                            "line\nbreak"};
            if (in.pick(32) == 0) return std::string(spec.max_length + in.pick(2), 'x');  // at / over the limit
            return kTexts[in.pick(kTexts.size())];
        }
        case FieldType::integer: {
            static const std::vector<std::int64_t> kInts = {0, 1, -1, 1'764'000'000'000, INT64_MAX, INT64_MIN};
            return in.pick(2) == 0 ? json(kInts[in.pick(kInts.size())]) : json(static_cast<int>(in.byte()));
        }
        case FieldType::boolean: return in.pick(2) == 1;
        case FieldType::enumeration:
            if (spec.allowed.empty()) return "none";
            return std::string(spec.allowed[in.pick(spec.allowed.size())]);
        case FieldType::key: return kKeys[in.pick(kKeys.size())];
        case FieldType::replica_id: return kReplicas[in.pick(kReplicas.size())];
        case FieldType::location: {
            json loc = {{"lat", number(in)}, {"lon", number(in)}};
            if (in.pick(3) == 0) loc["accuracy_m"] = number(in);
            return loc;
        }
        case FieldType::hash_list: {
            json list = json::array();
            for (std::size_t i = in.pick(3); i > 0; --i) list.push_back(kHashes[in.pick(kHashes.size())]);
            return list;
        }
        case FieldType::versioned: {
            json v = in.pick(2) == 0 ? json("done") : number(in);
            return json{{"v", std::move(v)}, {"hlc", hlc_json(in)}, {"author", kReplicas[in.pick(kReplicas.size())]}};
        }
    }
    return nullptr;
}

/// The content of an append: every required field plus some optional ones,
/// determined by (entity, key, variant) only, so two replicas appending the
/// same variant append identical content.
json append_content(EntityType type, std::size_t key_index, std::uint8_t variant) {
    const std::uint8_t seed[] = {variant, static_cast<std::uint8_t>(key_index), static_cast<std::uint8_t>(type),
                                 3,       1,  4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4, 6, 2, 6,
                                 4,       3,  3, 8, 3, 2, 7, 9, 5, 0, 2, 8, 8, 4, 1, 9, 7, 1, 6, 9, 3, 9, 9};
    Bytes det(seed, sizeof seed);
    json fields = json::object();
    for (const auto& f : muster::entity_spec(type).fields) {
        if (f.required || det.pick(2) == 0) fields[std::string(f.name)] = value_for(f, det);
    }
    return fields;
}

struct Generated {
    std::vector<Op> ops;
    std::map<EntityId, std::vector<json>> append_contents;  ///< per append-only entity, the content of each append
};

Generated generate(Bytes& in) {
    Generated g;
    const auto types = muster::all_entity_types();
    std::vector<std::uint64_t> counter(kReplicas.size(), 0);
    while (!in.empty() && g.ops.size() < kMaxOps) {
        const std::size_t writer = in.pick(kReplicas.size());
        const EntityType type = types[in.pick(types.size())];
        const auto& spec = muster::entity_spec(type);
        const std::size_t key_index = in.pick(kKeys.size());
        Op op;
        op.id = muster::make_op_id(kReplicas[writer], ++counter[writer]);
        // Small ms range: stamps of different replicas interleave and tie on ms; `c` keeps each replica's unique.
        op.hlc = Hlc{1000 + static_cast<std::int64_t>(in.pick(6)), static_cast<std::uint16_t>(counter[writer]),
                     kReplicas[writer]};
        op.entity = type;
        op.key = key_for(type, key_index);
        if (spec.shape == muster::EntityShape::append_only) {
            op.kind = OpKind::append;
            op.fields = append_content(type, key_index, static_cast<std::uint8_t>(in.pick(2)));
        } else if (in.pick(5) == 0) {
            op.kind = OpKind::del;
        } else {
            op.kind = OpKind::set;
            for (std::size_t n = 1 + in.pick(3); n > 0 && !spec.fields.empty(); --n) {
                const auto& f = spec.fields[in.pick(spec.fields.size())];
                op.fields[std::string(f.name)] = value_for(f, in);
            }
            if (in.pick(3) == 0) {
                std::map<std::string, Hlc> base;
                for (const auto& [name, _] : op.fields.items()) {
                    if (in.pick(2) == 0) base[name] = Hlc{1000 + static_cast<std::int64_t>(in.pick(6)), 1, kReplicas[in.pick(3)]};
                }
                op.base = std::move(base);
            }
        }
        if (!muster::validate_op(op)) continue;  // the server would reject it; merge never sees it
        if (op.kind == OpKind::append) g.append_contents[{op.entity, op.key}].push_back(op.fields);
        g.ops.push_back(std::move(op));
    }
    return g;
}

void apply(World& world, const Op& op) {
    EntityState& state = world[{op.entity, op.key}];
    const EntityState before = state;
    const auto outcome = muster::apply_op(state, op, op.hlc.r);
    if (outcome.rejection) {
        FUZZ_CHECK(outcome.rejection->code == muster::ErrorCode::immutable, "rejection is not immutable");
        FUZZ_CHECK(op.kind == OpKind::append, "a non-append op was rejected");
        FUZZ_CHECK(!outcome.changed, "a rejected op reports a change");
        FUZZ_CHECK(state.fields == before.fields, "a rejected op changed the state");
    }
    if (!outcome.changed) FUZZ_CHECK(state.fields == before.fields, "apply_op changed the state but said it did not");
    // The pure form agrees with the in-place one.
    const auto pure = muster::merge(before.fields.empty() ? std::nullopt : std::optional<EntityState>(before), op, op.hlc.r);
    FUZZ_CHECK(pure.state.fields == state.fields && pure.changed == outcome.changed, "merge() differs from apply_op()");
}

World apply_in(const std::vector<Op>& ops, const std::vector<std::size_t>& order) {
    World world;
    for (const std::size_t i : order) apply(world, ops[i]);
    return world;
}

/// Entities whose appends did not all carry the same content: their final state depends on arrival order by design.
bool order_dependent(const Generated& g, const EntityId& id) {
    const auto it = g.append_contents.find(id);
    if (it == g.append_contents.end()) return false;
    return std::any_of(it->second.begin(), it->second.end(), [&](const json& c) { return c != it->second.front(); });
}

/// The canonical form of every entity (authors left out), without the order-dependent ones.
using Canonical = std::map<EntityId, json>;
Canonical canonical(const World& world, const Generated& g) {
    Canonical out;
    for (const auto& [id, state] : world) {
        if (!order_dependent(g, id) && !state.fields.empty()) out.emplace(id, muster::canonical_fields(state));
    }
    return out;
}

std::string describe(const World& world) {
    std::string out;
    for (const auto& [id, state] : world) {
        out += std::string(to_string(id.first)) + " " + id.second + " " + muster::canonical_fields(state).dump() + "\n";
    }
    return out;
}

/// Each versioned field must hold the write with the highest hlc.
void check_against_reference(const World& world, const std::vector<Op>& ops) {
    std::map<std::pair<EntityId, std::string>, const Op*> best;
    std::map<std::pair<EntityId, std::string>, json> value;
    for (const auto& op : ops) {
        if (muster::entity_spec(op.entity).shape != muster::EntityShape::versioned) continue;
        const EntityId id{op.entity, op.key};
        auto consider = [&](const std::string& field, const json& v) {
            auto& slot = best[{id, field}];
            if (slot == nullptr || slot->hlc < op.hlc) {
                slot = &op;
                value[{id, field}] = v;
            }
        };
        if (op.kind == OpKind::del) consider(std::string(muster::kDeletedField), true);
        for (const auto& [name, v] : op.fields.items()) consider(name, v);
    }
    for (const auto& [where, op] : best) {
        const auto it = world.find(where.first);
        FUZZ_CHECK(it != world.end(), "an entity written by an op is missing");
        const auto field = it->second.fields.find(where.second);
        FUZZ_CHECK(field != it->second.fields.end(), "field " + where.second + " is missing");
        FUZZ_CHECK(field->second.hlc == op->hlc && field->second.v == value[where],
                   "field " + where.second + " of " + where.first.second + " is not the latest write " + op->id);
    }
}

void check_forms(const World& world) {
    std::vector<muster::Change> changes;
    std::int64_t seq = 0;
    for (const auto& [id, state] : world) {
        if (state.fields.empty()) continue;
        (void)muster::is_deleted(state);
        (void)muster::plain_values(state).dump();
        const json stored = muster::storage_json(state);
        auto back = muster::state_from_storage(state.entity, state.key, stored);
        FUZZ_CHECK(back.ok(), "state_from_storage refuses storage_json: " + back.error().message);
        FUZZ_CHECK(back->fields == state.fields, "storage round trip differs: " + stored.dump());
        changes.push_back(muster::change_from_state(state, ++seq));
    }
    // What the server sends in a pull must decode on the client, to the same canonical state.
    muster::SyncResponse response;
    response.changes = changes;
    response.cursor = "c";
    const json wire = muster::encode_sync_response(response);
    auto decoded = muster::decode_sync_response(wire);
    FUZZ_CHECK(decoded.ok(), "a pull of merged states does not decode: " + decoded.error().message + "\n" + wire.dump());
    FUZZ_CHECK(decoded->changes.size() == changes.size(), "pull lost changes");
    for (std::size_t i = 0; i < changes.size(); ++i) {
        const EntityState again = muster::state_from_change(decoded->changes[i]);
        const EntityState& original = world.at({changes[i].entity, changes[i].key});
        FUZZ_CHECK(muster::canonical_fields(again) == muster::canonical_fields(original),
                   "state_from_change(change_from_state(s)) differs for " + original.key);
    }
}

/// Pulls of snapshots (every intermediate state of `ops` applied in order), shuffled and batched, into a device Store.
void check_store(const std::vector<Op>& ops, const World& final_world, std::mt19937_64& rng) {
    World world;
    std::vector<muster::Change> snapshots;
    std::int64_t seq = 0;
    for (const auto& op : ops) {
        apply(world, op);
        const EntityState& s = world.at({op.entity, op.key});
        if (!s.fields.empty()) snapshots.push_back(muster::change_from_state(s, ++seq));
    }
    std::shuffle(snapshots.begin(), snapshots.end(), rng);
    static const muster::ManualClock clock(1'764'000'000'000);
    muster::StoreOptions options;
    options.seed = 1;
    auto store = muster::Store::open(":memory:", clock, options);
    FUZZ_CHECK(store.ok(), "Store::open: " + store.error().message);
    std::size_t next = 0;
    while (next < snapshots.size()) {
        muster::SyncResponse response;
        const std::size_t n = 1 + rng() % 4;
        for (std::size_t i = 0; i < n && next < snapshots.size(); ++i) response.changes.push_back(snapshots[next++]);
        response.cursor = "c" + std::to_string(next);
        response.server_time_ms = clock.now_ms();
        auto applied = store->apply_sync_result(response, clock.now_ms());
        FUZZ_CHECK(applied.ok(), "apply_sync_result: " + applied.error().message);
    }
    auto states = store->all_states();
    FUZZ_CHECK(states.ok(), "all_states: " + states.error().message);
    std::vector<EntityState> expected;
    for (const auto& [id, state] : final_world) {
        if (!state.fields.empty()) expected.push_back(state);
    }
    // Authors are not canonical; compare canonical forms.
    const std::string want = muster::canonical_hash(expected);
    const std::string got = muster::canonical_hash(*states);
    if (want != got) {
        std::string detail = "store after shuffled pulls differs from merge.hpp\nexpected:\n" + describe(final_world) + "store:\n";
        for (const auto& s : *states) detail += std::string(to_string(s.entity)) + " " + s.key + " " + muster::canonical_fields(s).dump() + "\n";
        FUZZ_CHECK(want == got, detail);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    Bytes in(data, size);
    const std::uint8_t flags = in.byte();
    const bool three = (flags & 1) != 0;
    const bool with_store = (flags & 2) != 0;
    const Generated g = generate(in);
    const auto& ops = g.ops;
    if (ops.empty()) return 0;

    std::vector<std::size_t> forward(ops.size());
    for (std::size_t i = 0; i < ops.size(); ++i) forward[i] = i;
    std::vector<std::size_t> backward(forward.rbegin(), forward.rend());
    std::mt19937_64 rng(std::hash<std::string_view>{}(std::string_view(reinterpret_cast<const char*>(data), size)));

    World a = apply_in(ops, forward);
    const Canonical expected = canonical(a, g);
    check_against_reference(a, ops);

    const World b = apply_in(ops, backward);
    FUZZ_CHECK(canonical(b, g) == expected, "forward and reverse orders differ\nforward:\n" + describe(a) + "reverse:\n" + describe(b));

    if (three) {
        std::vector<std::size_t> shuffled = forward;
        std::shuffle(shuffled.begin(), shuffled.end(), rng);
        const World c = apply_in(ops, shuffled);
        FUZZ_CHECK(canonical(c, g) == expected, "a shuffled order differs\nforward:\n" + describe(a) + "shuffled:\n" + describe(c));
    }

    // Two replicas each take part of the ops, then join their states (a pull); both directions.
    {
        std::vector<std::size_t> mine, theirs;
        for (std::size_t i = 0; i < ops.size(); ++i) (rng() % 2 == 0 ? mine : theirs).push_back(i);
        const World left = apply_in(ops, mine);
        const World right = apply_in(ops, theirs);
        for (const bool flip : {false, true}) {
            World joined = flip ? right : left;
            for (const auto& [id, state] : flip ? left : right) {
                EntityState& into = joined[id];
                const EntityState before = into;
                const bool changed = muster::merge_state(into, state);
                if (!changed) FUZZ_CHECK(into.fields == before.fields, "merge_state changed the state but said it did not");
            }
            FUZZ_CHECK(canonical(joined, g) == expected,
                       "joined states differ from applying every op\nall ops:\n" + describe(a) + "joined:\n" + describe(joined));
        }
    }

    // Idempotence: every op again changes nothing.
    {
        World again = a;
        for (const auto& op : ops) {
            EntityState& state = again[{op.entity, op.key}];
            const auto outcome = muster::apply_op(state, op, op.hlc.r);
            FUZZ_CHECK(!outcome.changed, "re-applying op " + op.id + " changed the state");
        }
        FUZZ_CHECK(canonical(again, g) == expected, "re-applying every op changed the state");
    }

    check_forms(a);
    if (with_store) check_store(ops, a, rng);
    return 0;
}
