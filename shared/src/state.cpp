#include "muster/state.hpp"

#include <algorithm>

#include "muster/sha256.hpp"

namespace muster {

using nlohmann::json;

namespace {
bool versioned(EntityType type) { return entity_spec(type).shape == EntityShape::versioned; }
}  // namespace

bool is_deleted(const EntityState& state) {
    const auto tomb = state.fields.find(std::string(kDeletedField));
    if (tomb == state.fields.end() || tomb->second.v != true) return false;
    return std::none_of(state.fields.begin(), state.fields.end(), [&](const auto& entry) {
        return entry.first != kDeletedField && entry.second.hlc > tomb->second.hlc;
    });
}

json canonical_fields(const EntityState& state) {
    json out = json::object();
    const bool with_hlc = versioned(state.entity);
    for (const auto& [name, field] : state.fields) {
        out[name] = with_hlc ? json{{"v", field.v}, {"hlc", to_json(field.hlc)}} : field.v;
    }
    return out;
}

json plain_values(const EntityState& state) {
    json out = json::object();
    for (const auto& [name, field] : state.fields) {
        if (name != kDeletedField) out[name] = field.v;
    }
    return out;
}

EntityState state_from_change(const Change& change) {
    EntityState state{change.entity, change.key, {}};
    const bool with_hlc = versioned(change.entity);
    for (const auto& [name, entry] : change.fields.items()) {
        FieldValue value;
        if (with_hlc) {
            value.v = entry.at("v");
            auto hlc = hlc_from_json(entry.at("hlc"));
            if (hlc) value.hlc = std::move(*hlc);
        } else {
            value.v = entry;
        }
        state.fields.emplace(name, std::move(value));
    }
    return state;
}

Change change_from_state(const EntityState& state, std::int64_t seq) {
    return Change{seq, state.entity, state.key, canonical_fields(state), false};
}

json storage_json(const EntityState& state) {
    json out = json::object();
    for (const auto& [name, field] : state.fields) {
        json entry = {{"v", field.v}, {"hlc", to_json(field.hlc)}};
        if (!field.author.empty() && field.author != field.hlc.r) entry["a"] = field.author;
        out[name] = std::move(entry);
    }
    return out;
}

Result<EntityState> state_from_storage(EntityType entity, std::string key, const json& stored) {
    EntityState state{entity, std::move(key), {}};
    if (!stored.is_object()) return Error{ErrorCode::storage, "stored state is not an object"};
    try {
    for (const auto& [name, entry] : stored.items()) {
        if (!entry.is_object() || !entry.contains("v") || !entry.contains("hlc")) {
            return Error{ErrorCode::storage, "stored field " + name + " is malformed"};
        }
        FieldValue value;
        value.v = entry.at("v");
        const auto& h = entry.at("hlc");
        // Pulled logs carry a zero hlc with an empty replica, which hlc_from_json refuses.
        value.hlc = Hlc{h.at("ms").get<std::int64_t>(), h.at("c").get<std::uint16_t>(), h.at("r").get<std::string>()};
        const auto a = entry.find("a");
        value.author = a != entry.end() ? a->get<std::string>() : value.hlc.r;
        state.fields.emplace(name, std::move(value));
    }
    } catch (const json::exception& ex) {
        return Error{ErrorCode::storage, std::string("stored state is malformed: ") + ex.what()};
    }
    return state;
}

struct StateHasher::Impl {
    Sha256 sha;
};

StateHasher::StateHasher() : impl_(std::make_unique<Impl>()) {}
StateHasher::~StateHasher() = default;

void StateHasher::add(const EntityState& state) {
    impl_->sha.update(to_string(state.entity));
    impl_->sha.update("\n");
    impl_->sha.update(state.key);
    impl_->sha.update("\n");
    impl_->sha.update(canonical_fields(state).dump());
    impl_->sha.update("\n");
}

std::string StateHasher::finish_hex() { return impl_->sha.finish_hex(); }

std::string canonical_hash(std::vector<EntityState> states) {
    std::sort(states.begin(), states.end(), [](const EntityState& a, const EntityState& b) {
        if (a.entity != b.entity) return to_string(a.entity) < to_string(b.entity);
        return a.key < b.key;
    });
    StateHasher hasher;
    for (const auto& s : states) {
        if (!s.fields.empty()) hasher.add(s);
    }
    return hasher.finish_hex();
}

}  // namespace muster
