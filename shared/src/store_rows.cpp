// Store: the per-field rows and outbox rows, their encoding, and the
// transaction's row cache (load, flush, recompute).
#include <algorithm>
#include <charconv>
#include <limits>

#include "muster/codec.hpp"
#include "muster/merge.hpp"
#include "store_impl.hpp"

namespace muster::detail {

using nlohmann::json;

namespace {

// Indexed by Query.
constexpr std::array<const char*, static_cast<std::size_t>(Query::count_)> kQueries{
    "SELECT c_v, c_ms, c_c, c_r, c_author, visible, v_v, v_ms, v_c, v_r, v_author FROM fields "
    "WHERE entity = ? AND key = ? AND field = ?",
    "SELECT field, c_v, c_ms, c_c, c_r, c_author, visible, v_v, v_ms, v_c, v_r, v_author FROM fields "
    "WHERE entity = ? AND key = ?",
    "INSERT INTO fields(entity, key, field, c_v, c_ms, c_c, c_r, c_author, visible, v_v, v_ms, v_c, v_r, v_author) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    nullptr,  // insert_field repeated
    // OR IGNORE, not an upsert's DO NOTHING (SQLite 3.24; the SQLCipher build
    // has 3.15): the same here, as every NOT NULL column gets a value and the
    // primary key is the only other constraint.
    "INSERT OR IGNORE INTO fields(entity, key, field, c_v, c_ms, c_c, c_r, c_author, visible) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)",
    "UPDATE fields SET c_v = ?4, c_ms = ?5, c_c = ?6, c_r = ?7, c_author = ?8, visible = ?9, v_v = ?10, "
    "v_ms = ?11, v_c = ?12, v_r = ?13, v_author = ?14 WHERE entity = ?1 AND key = ?2 AND field = ?3",
    "DELETE FROM fields WHERE entity = ? AND key = ? AND field = ?",
    "INSERT INTO outbox(n, id, entity, key, kind, hlc_ms, hlc_c, fields, base, created_ms) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    nullptr,  // insert_outbox repeated
    "UPDATE outbox SET hlc_ms = ?, hlc_c = ?, base = ? WHERE n = ?",
    "DELETE FROM outbox WHERE n = ?",
    "SELECT id, entity, key, kind, hlc_ms, hlc_c, fields, base FROM outbox WHERE n = ?",
    "SELECT id, entity, key, kind, hlc_ms, hlc_c, fields, base FROM outbox WHERE entity = ? AND key = ? ORDER BY n",
    "SELECT id, entity, key, kind, hlc_ms, hlc_c, fields, base FROM outbox ORDER BY n LIMIT ?",
    "SELECT count(*) FROM outbox",
    "SELECT min(created_ms) FROM outbox WHERE n > ?",
    "INSERT INTO rejected(id, op, code, message, at_ms) VALUES (?, ?, ?, ?, ?)",
    "UPDATE meta SET next_op = ?, hlc_ms = ?, hlc_c = ?, seen_ms = ?, seen_c = ?, seen_r = ?, "
    "clock_offset_ms = ?, cursor = ?, last_sync_ms = ? WHERE id = 1",
    "SELECT key, field, c_v, c_ms, c_c, c_r, c_author, visible, v_v, v_ms, v_c, v_r, v_author FROM fields "
    "WHERE entity = ? ORDER BY key, field",
    "SELECT entity, key, field, c_v, c_ms, c_c, c_r, c_author, visible, v_v, v_ms, v_c, v_r, v_author "
    "FROM fields ORDER BY entity, key, field",
    // latest_keys: ?1 entity, ?2 field, ?3/?4 the value and key to continue after (?3 NULL: from the top), ?5 limit.
    "SELECT key, v FROM (SELECT key, CASE visible WHEN 0 THEN c_v WHEN 1 THEN v_v END AS v FROM fields "
    "WHERE entity = ?1 AND field = ?2) WHERE v IS NOT NULL AND (?3 IS NULL OR v < ?3 OR (v = ?3 AND key < ?4)) "
    "ORDER BY v DESC, key DESC LIMIT ?5",
};

enum Visible : std::int64_t { kSameAsConfirmed = 0, kOwn = 1, kNone = 2 };

/// Equal as stored: same stamp, same value of the same JSON kind, same author
/// once an empty author is read as the stamp's replica.
bool same_stored(const FieldValue& a, const FieldValue& b) {
    if (a.hlc != b.hlc || a.v.is_number_float() != b.v.is_number_float() || a.v != b.v) return false;
    const std::string& author_a = a.author.empty() ? a.hlc.r : a.author;
    const std::string& author_b = b.author.empty() ? b.hlc.r : b.author;
    return author_a == author_b;
}

/// Binds v, ms, c, r, author at first..first+4 (NULLs for no field). Strings are
/// bound without a copy: `field` must outlive the run.
void bind_field(sql::Stmt& stmt, int first, const FieldValue* field) {
    if (field == nullptr) {
        for (int i = 0; i < 5; ++i) stmt.bind_null(first + i);
        return;
    }
    bind_value(stmt, first, field->v);
    stmt.bind(first + 1, field->hlc.ms).bind(first + 2, std::int64_t{field->hlc.c}).bind_static(first + 3, field->hlc.r);
    if (field->author.empty() || field->author == field->hlc.r) stmt.bind_null(first + 4);
    else stmt.bind_static(first + 4, field->author);
}

Result<FieldValue> read_field(const sql::Stmt& stmt, int first) {
    auto v = read_value(stmt, first);
    if (!v) return v.error();
    FieldValue field{std::move(*v),
                     Hlc{stmt.int64(first + 1), static_cast<std::uint16_t>(stmt.int64(first + 2)), stmt.text(first + 3)},
                     {}};
    field.author = stmt.is_null(first + 4) ? field.hlc.r : stmt.text(first + 4);
    return field;
}

void append_json_string(std::string& out, std::string_view text) {
    out += '"';
    const bool plain = std::none_of(text.begin(), text.end(), [](char ch) {
        return ch == '"' || ch == '\\' || static_cast<unsigned char>(ch) < 0x20;
    });
    if (plain) {
        out.append(text);
        out += '"';
        return;
    }
    for (const char ch : text) {
        if (ch == '"' || ch == '\\') {
            out += '\\';
            out += ch;
        } else if (static_cast<unsigned char>(ch) < 0x20) {
            static constexpr char kHex[] = "0123456789abcdef";
            out += "\\u00";
            out += kHex[(ch >> 4) & 0xF];
            out += kHex[ch & 0xF];
        } else {
            out += ch;
        }
    }
    out += '"';
}

void append_int(std::string& out, std::int64_t value) {
    char buf[24];
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
    out.append(buf, end);
}

/// `value.dump()` for the usual flat object of ASCII strings and integers,
/// written directly (nlohmann's serializer costs more than the rest of a write).
std::string fields_json(const json& value) {
    std::string out;
    if (!value.is_object()) return value.dump();
    out.reserve(64);
    out += '{';
    for (const auto& [name, field] : value.items()) {
        if (out.size() > 1) out += ',';
        auto ascii = [](std::string_view text) {
            return std::all_of(text.begin(), text.end(), [](char ch) { return static_cast<unsigned char>(ch) < 0x80; });
        };
        if (!ascii(name)) return value.dump();
        append_json_string(out, name);
        out += ':';
        if (field.is_string() && ascii(field.get_ref<const std::string&>())) {
            append_json_string(out, field.get_ref<const std::string&>());
        } else if (field.is_number_integer() && !field.is_number_unsigned()) {
            append_int(out, field.get<std::int64_t>());
        } else if (field.is_number_unsigned()) {
            char buf[24];
            const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, field.get<std::uint64_t>());
            out.append(buf, end);
        } else {
            return value.dump();
        }
    }
    out += '}';
    return out;
}

Error stored_op_error(const std::string& what) { return Error{ErrorCode::storage, "stored op is invalid: " + what}; }

}  // namespace

// ---- encoding ----

void bind_value(sql::Stmt& stmt, int index, const json& value) {
    switch (value.type()) {
        case json::value_t::string: stmt.bind_static(index, value.get_ref<const std::string&>()); return;
        case json::value_t::number_integer: stmt.bind(index, value.get<std::int64_t>()); return;
        case json::value_t::number_unsigned:
            if (value.get<std::uint64_t>() <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
                stmt.bind(index, value.get<std::int64_t>());
                return;
            }
            break;
        case json::value_t::number_float: stmt.bind(index, value.get<double>()); return;
        default: break;
    }
    stmt.bind_blob(index, value.dump());
}

Result<json> read_value(const sql::Stmt& stmt, int column) {
    switch (stmt.type(column)) {
        case sql::Stmt::Type::text: return json(std::string(stmt.view(column)));
        case sql::Stmt::Type::integer: {
            const std::int64_t n = stmt.int64(column);
            return n >= 0 ? json(static_cast<std::uint64_t>(n)) : json(n);
        }
        case sql::Stmt::Type::real: return json(stmt.real(column));
        case sql::Stmt::Type::blob: {
            auto parsed = json::parse(stmt.view(column), nullptr, /*allow_exceptions=*/false);
            if (parsed.is_discarded()) return Error{ErrorCode::storage, "a stored value is not JSON"};
            return parsed;
        }
        case sql::Stmt::Type::null: break;
    }
    return Error{ErrorCode::storage, "a stored value is missing"};
}

Result<FieldSlot> read_slot(const sql::Stmt& stmt, int first) {
    FieldSlot slot;
    slot.in_db = true;
    if (!stmt.is_null(first + 1)) {
        auto confirmed = read_field(stmt, first);
        if (!confirmed) return confirmed.error();
        slot.confirmed = std::move(*confirmed);
    }
    switch (stmt.int64(first + 5)) {
        case kSameAsConfirmed: slot.visible = slot.confirmed; break;
        case kOwn: {
            auto visible = read_field(stmt, first + 6);
            if (!visible) return visible.error();
            slot.visible = std::move(*visible);
            break;
        }
        default: break;
    }
    return slot;
}

void bind_slot(sql::Stmt& stmt, int first, const FieldSlot& slot) {
    bind_field(stmt, first, slot.confirmed ? &*slot.confirmed : nullptr);
    if (!slot.visible) {
        stmt.bind(first + 5, std::int64_t{kNone});
        bind_field(stmt, first + 6, nullptr);
    } else if (slot.confirmed && same_stored(*slot.confirmed, *slot.visible)) {
        stmt.bind(first + 5, std::int64_t{kSameAsConfirmed});
        bind_field(stmt, first + 6, nullptr);
    } else {
        stmt.bind(first + 5, std::int64_t{kOwn});
        bind_field(stmt, first + 6, &*slot.visible);
    }
}

EntityState state_of(const EntityRows& rows, EntityType entity, const std::string& key, bool confirmed) {
    EntityState state{entity, key, {}};
    for (const auto& [name, slot] : rows.fields) {
        const auto& value = confirmed ? slot.confirmed : slot.visible;
        if (value) state.fields.emplace(name, *value);
    }
    return state;
}

void assign(EntityRows& rows, const EntityState& state, bool confirmed) {
    for (auto& [name, slot] : rows.fields) {
        auto& value = confirmed ? slot.confirmed : slot.visible;
        const auto it = state.fields.find(name);
        if (it == state.fields.end()) {
            if (value) slot.dirty = true;
            value.reset();
        } else if (!value || !(*value == it->second)) {
            value = it->second;
            slot.dirty = true;
        }
    }
    for (const auto& [name, field] : state.fields) {
        auto [it, inserted] = rows.fields.try_emplace(name);
        if (!inserted) continue;
        (confirmed ? it->second.confirmed : it->second.visible) = field;
        it->second.dirty = true;
    }
}

bool lww(std::optional<FieldValue>& slot, const FieldValue& incoming) {
    if (slot && !wins(incoming, *slot)) return false;
    slot = incoming;
    return true;
}

bool lww(std::optional<FieldValue>& slot, FieldValue&& incoming) {
    if (slot && !wins(incoming, *slot)) return false;
    slot = std::move(incoming);
    return true;
}

std::string encode_base(const std::map<std::string, Hlc>& base) {
    std::string out = "{";
    for (const auto& [name, hlc] : base) {
        if (out.size() > 1) out += ',';
        append_json_string(out, name);
        out += ":{\"ms\":";
        append_int(out, hlc.ms);
        out += ",\"c\":";
        append_int(out, hlc.c);
        out += ",\"r\":";
        append_json_string(out, hlc.r);
        out += '}';
    }
    out += '}';
    return out;
}

void bind_outbox(sql::Stmt& stmt, int first, std::uint64_t n, const Op& op, std::int64_t created_ms,
                 OutboxText& text) {
    text.fields = fields_json(op.fields);
    stmt.bind(first, static_cast<std::int64_t>(n)).bind_static(first + 1, op.id);
    stmt.bind_static(first + 2, to_string(op.entity)).bind_static(first + 3, op.key);
    stmt.bind_static(first + 4, to_string(op.kind)).bind(first + 5, op.hlc.ms);
    stmt.bind(first + 6, std::int64_t{op.hlc.c}).bind_static(first + 7, text.fields);
    if (op.base) {
        text.base = encode_base(*op.base);
        stmt.bind_static(first + 8, text.base);
    } else {
        stmt.bind_null(first + 8);
    }
    stmt.bind(first + 9, created_ms);
}

Result<Op> op_from_row(const sql::Stmt& stmt, int first, const std::string& replica_id) {
    Op op;
    op.id = stmt.text(first);
    const auto entity = entity_type_from_string(stmt.view(first + 1));
    const auto kind = op_kind_from_string(stmt.view(first + 3));
    if (!entity || !kind) return stored_op_error("unknown entity or kind");
    op.entity = *entity;
    op.key = stmt.text(first + 2);
    op.kind = *kind;
    op.hlc = Hlc{stmt.int64(first + 4), static_cast<std::uint16_t>(stmt.int64(first + 5)), replica_id};
    op.fields = json::parse(stmt.view(first + 6), nullptr, /*allow_exceptions=*/false);
    if (!op.fields.is_object()) return stored_op_error("fields are not a JSON object");
    if (!stmt.is_null(first + 7)) {
        const auto base = json::parse(stmt.view(first + 7), nullptr, /*allow_exceptions=*/false);
        if (!base.is_object()) return stored_op_error("base is not a JSON object");
        op.base.emplace();
        for (const auto& [name, stamp] : base.items()) {
            auto hlc = hlc_from_json(stamp);
            if (!hlc) return stored_op_error("base." + name + ": " + hlc.error().message);
            op.base->emplace(name, std::move(*hlc));
        }
    }
    return op;
}

// ---- statements and the row cache ----

Result<sql::Stmt*> StoreImpl::query(Query q) {
    auto& stmt = statements[static_cast<std::size_t>(q)];
    if (!stmt.prepared()) {
        std::string text = kQueries[static_cast<std::size_t>(q)] ? kQueries[static_cast<std::size_t>(q)] : "";
        if (q == Query::insert_fields || q == Query::insert_outboxes) {
            // The single-row INSERT with its VALUES group repeated.
            text = kQueries[static_cast<std::size_t>(q) - 1];
            const std::string group = text.substr(text.rfind('('));
            for (int i = 1; i < kBatchRows; ++i) text += ", " + group;
        }
        auto prepared = db.prepare(text);
        if (!prepared) return prepared.error();
        stmt = std::move(*prepared);
    }
    return &stmt;
}

EntityRows& StoreImpl::rows(RowCache& cache, EntityType entity, const std::string& key) {
    const auto it = cache.lower_bound(RowRef{entity, key});
    if (it != cache.end() && it->first.first == entity && it->first.second == key) return it->second;
    return cache.emplace_hint(it, RowKey{entity, key}, EntityRows{})->second;
}

EntityRows* StoreImpl::find_rows(RowCache& cache, EntityType entity, std::string_view key) {
    const auto it = cache.find(RowRef{entity, key});
    return it != cache.end() ? &it->second : nullptr;
}

Result<bool> StoreImpl::insert_if_new(EntityType entity, const std::string& key, std::string_view name,
                                      const FieldValue& value) {
    auto stmt = query(Query::insert_new_field);
    if (!stmt) return stmt.error();
    auto& s = **stmt;
    s.bind_static(1, to_string(entity)).bind_static(2, key).bind_static(3, name);
    bind_field(s, 4, &value);
    if (auto r = s.run(); !r) return r.error();
    return db.changes() == 1;
}

Result<FieldSlot*> StoreImpl::field(EntityRows& rows, EntityType entity, const std::string& key, std::string_view name) {
    if (const auto it = rows.fields.find(name); it != rows.fields.end()) return &it->second;
    if (!rows.complete && rows.point_loads > 0) {
        if (auto s = load_all(rows, entity, key); !s) return s.error();
    }
    FieldSlot& slot = rows.fields.emplace(std::string(name), FieldSlot{}).first->second;
    if (rows.complete) return &slot;
    ++rows.point_loads;
    auto stmt = query(Query::select_field);
    if (!stmt) return stmt.error();
    auto& s = **stmt;
    s.bind_static(1, to_string(entity)).bind_static(2, key).bind_static(3, name);
    auto found = s.step();
    if (!found) return found.error();
    if (*found) {
        auto loaded = read_slot(s, 0);
        if (!loaded) {
            s.reset();
            return loaded.error();
        }
        slot = std::move(*loaded);
    }
    s.reset();
    return &slot;
}

Status StoreImpl::load_all(EntityRows& rows, EntityType entity, const std::string& key) {
    if (rows.complete) return {};
    auto stmt = query(Query::select_entity);
    if (!stmt) return stmt.error();
    auto& s = **stmt;
    s.bind_static(1, to_string(entity)).bind_static(2, key);
    while (true) {
        auto more = s.step();
        if (!more) return more.error();
        if (!*more) break;
        const std::string_view name = s.view(0);
        if (rows.fields.find(name) != rows.fields.end()) continue;  // loaded before: the cache is newer
        auto slot = read_slot(s, 1);
        if (!slot) {
            s.reset();
            return slot.error();
        }
        rows.fields.emplace(std::string(name), std::move(*slot));
    }
    s.reset();
    rows.complete = true;
    return {};
}

Status StoreImpl::flush(RowCache& cache) {
    struct Pending {
        std::string_view entity;
        const std::string* key;
        const std::string* name;
        FieldSlot* slot;
    };
    std::vector<Pending> inserts;
    for (auto& [id, rows] : cache) {
        const std::string_view entity = to_string(id.first);
        for (auto& [name, slot] : rows.fields) {
            if (!slot.dirty) continue;
            slot.dirty = false;
            const bool empty = !slot.confirmed && !slot.visible;
            if (!slot.in_db) {
                if (!empty) inserts.push_back(Pending{entity, &id.second, &name, &slot});
                continue;
            }
            auto stmt = query(empty ? Query::delete_field : Query::update_field);
            if (!stmt) return stmt.error();
            auto& s = **stmt;
            s.bind_static(1, entity).bind_static(2, id.second).bind_static(3, name);
            if (!empty) bind_slot(s, 4, slot);
            if (auto r = s.run(); !r) return r;
            slot.in_db = !empty;
        }
    }
    // New rows in key order, kBatchRows per statement.
    for (std::size_t done = 0; done < inserts.size();) {
        const bool batch = inserts.size() - done >= static_cast<std::size_t>(kBatchRows);
        auto stmt = query(batch ? Query::insert_fields : Query::insert_field);
        if (!stmt) return stmt.error();
        auto& s = **stmt;
        const int rows = batch ? kBatchRows : 1;
        for (int r = 0; r < rows; ++r) {
            const Pending& p = inserts[done + static_cast<std::size_t>(r)];
            const int first = r * kFieldParams + 1;
            s.bind_static(first, p.entity).bind_static(first + 1, *p.key).bind_static(first + 2, *p.name);
            bind_slot(s, first + 3, *p.slot);
            p.slot->in_db = true;
        }
        if (auto r = s.run(); !r) return r;
        done += static_cast<std::size_t>(rows);
    }
    return {};
}

}  // namespace muster::detail
