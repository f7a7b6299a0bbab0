#include "store_rows.hpp"

#include <algorithm>

#include "muster/json.hpp"
#include "muster/schema.hpp"
#include "muster/server/scope.hpp"

namespace muster::server {

Error no_such_login(const std::string& login) {
    return Error{ErrorCode::not_found, "--login: no member with login '" + login + "'"};
}

Error database_locked(const std::string& detail) {
    return Error{ErrorCode::unavailable,
                 "the database stayed locked by another writer for 5 s (an admin command such as a big "
                 "`unit move`?); nothing was written, try again: " + detail};
}

std::int64_t StoreWriter::bump_seq(const std::string& entity, const std::string& key) {
    if (!get(entity, key)) return 0;
    auto last = reseq(entity, key);
    if (entity == "task") {
        for (const auto& child : children(key)) last = reseq(child.entity, child.key);
    }
    return last;
}

std::string parent_of(const EntityRecord& record) {
    if (record.entity == "log") return stored_string(record.fields, "task");
    if (record.entity == "conflict" && stored_string(record.fields, "entity") == "task") {
        return stored_string(record.fields, "key");
    }
    return {};
}

std::string json_text(const nlohmann::json& value) {
    std::string out;
    append_json(out, value);
    return out;
}

std::string wire_text(const EntityRecord& record) {
    const auto type = entity_type_from_string(record.entity);
    const bool versioned = !type || entity_spec(*type).shape == EntityShape::versioned;
    std::string out = "{";
    for (const auto& [name, entry] : record.fields.items()) {
        if (!entry.is_object()) continue;
        const auto value = entry.find("v");
        const auto hlc = entry.find("hlc");
        if (value == entry.end() || (versioned && hlc == entry.end())) continue;
        if (out.size() > 1) out += ',';
        append_json_string(out, name);
        out += ':';
        if (!versioned) {
            append_json(out, *value);
            continue;
        }
        out += "{\"hlc\":";
        append_json(out, *hlc);
        out += ",\"v\":";
        append_json(out, *value);
        out += '}';
    }
    out += '}';
    return out;
}

std::optional<Hlc> parse_saved_clock(const std::string& text) {
    if (text.empty()) return std::nullopt;
    const auto parsed = nlohmann::json::parse(text, nullptr, false);
    if (parsed.is_discarded()) return std::nullopt;
    auto clock = hlc_from_json(parsed);
    if (!clock) return std::nullopt;
    return *clock;
}

bool LostSeqs::contains(std::int64_t seq) const {
    return std::any_of(ranges.begin(), ranges.end(),
                       [seq](const auto& range) { return seq > range.first && seq < range.second; });
}

std::optional<LostSeqs> LostSeqs::parse(const std::string& text) {
    const auto parsed = nlohmann::json::parse(text, nullptr, false);
    if (!parsed.is_array()) return std::nullopt;
    LostSeqs out;
    for (const auto& range : parsed) {
        if (!range.is_array() || range.size() != 2 || !range[0].is_number_integer() || !range[1].is_number_integer()) {
            return std::nullopt;
        }
        out.ranges.emplace_back(range[0].get<std::int64_t>(), range[1].get<std::int64_t>());
    }
    return out;
}

std::string LostSeqs::text() const {
    auto out = nlohmann::json::array();
    for (const auto& [floor, start] : ranges) out.push_back({floor, start});
    return out.dump();
}

std::vector<std::string> attachment_hashes(const EntityRecord& record) {
    std::vector<std::string> out;
    if (record.entity != "log") return out;
    const auto& attachments = stored_value(record.fields, "attachments");
    if (!attachments.is_array()) return out;
    for (const auto& hash : attachments) {
        if (hash.is_string()) out.push_back(hash.get<std::string>());
    }
    return out;
}

ScopePage pick_scope_page(std::vector<ScopeCandidate>& found, int limit,
                          const std::function<bool(ScopeCandidate&, ScopeItem&)>& load) {
    // Only the `limit` lowest seqs are wanted: order (seq, index) pairs, not the candidates.
    std::vector<std::pair<std::int64_t, std::size_t>> order;
    order.reserve(found.size());
    for (std::size_t i = 0; i < found.size(); ++i) order.emplace_back(found[i].seq, i);
    const auto wanted = std::min(order.size(), static_cast<std::size_t>(std::max(limit, 0)));
    std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(wanted), order.end());
    ScopePage page;
    page.has_more = found.size() > wanted;
    page.items.reserve(wanted);
    for (std::size_t n = 0; n < wanted; ++n) {
        auto& candidate = found[order[n].second];
        ScopeItem item;
        item.seq = candidate.seq;
        item.gone = candidate.gone;
        if (!load(candidate, item)) continue;
        page.items.push_back(std::move(item));
    }
    return page;
}

}  // namespace muster::server
