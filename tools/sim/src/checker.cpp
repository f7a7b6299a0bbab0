#include "checker.hpp"

#include <optional>
#include <algorithm>
#include <cctype>
#include <iterator>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include "muster/codec.hpp"
#include "muster/gzip.hpp"
#include "muster/json.hpp"
#include "muster/merge.hpp"
#include "parallel.hpp"
#include "pg_file.hpp"
#include "sqlite_file.hpp"

namespace muster::sim {
namespace {

using nlohmann::json;

bool same_content(const json& a, const json& b) {
    const auto fields = [](const json& op) { return op.contains("fields") ? op["fields"] : json::object(); };
    return a.value("kind", "") == b.value("kind", "") && a.value("entity", "") == b.value("entity", "") &&
           a.value("key", "") == b.value("key", "") && fields(a) == fields(b);
}

/// The states of a store keyed "entity/key" → canonical JSON, devices aside.
std::map<std::string, std::string> canonical_map(Store& store) {
    std::map<std::string, std::string> out;
    auto states = store.all_states();
    if (!states) return out;
    for (const auto& s : *states) {
        if (s.entity == EntityType::device) continue;
        out[std::string(to_string(s.entity)) + "/" + s.key] = canonical_fields(s).dump();
    }
    return out;
}

std::string first_differences(Store& device, Store& server) {
    const auto a = canonical_map(device);
    const auto b = canonical_map(server);
    std::string out;
    int shown = 0;
    const auto add = [&](const std::string& what) {
        if (shown++ < 3) out += (out.empty() ? "" : "; ") + what;
    };
    for (const auto& [k, v] : a) {
        const auto it = b.find(k);
        if (it == b.end()) {
            add(k + " only on the device");
        } else if (it->second != v) {
            // Name the fields that differ, with both values.
            const auto mine = json::parse(v), theirs = json::parse(it->second);
            std::string fields;
            for (const auto& [name, value] : mine.items()) {
                const json other = theirs.contains(name) ? theirs[name] : json();
                if (other == value) continue;
                fields += (fields.empty() ? "" : ", ") + name + ": device " + value.dump().substr(0, 120) +
                          " vs server " + other.dump().substr(0, 120);
            }
            for (const auto& [name, value] : theirs.items()) {
                if (!mine.contains(name)) fields += (fields.empty() ? "" : ", ") + name + " missing on the device";
            }
            add(k + " differs (" + fields + ")");
        }
    }
    for (const auto& [k, v] : b) {
        if (!a.count(k)) add(k + " missing on the device");
    }
    return out;
}

/// A conflict's identity: what was contested and both sides (the record's own key is random).
std::string conflict_identity(const json& fields) {
    json id = json::object();
    for (const char* name : {"entity", "key", "field", "winner", "loser"}) {
        id[name] = fields.contains(name) ? fields[name] : json();
    }
    return id.dump();
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
}

/// The acks inside an answer the proxy cut, if it was a sync answer.
std::vector<Ack> acks_in(const std::string& raw) {
    const auto head_end = raw.find("\r\n\r\n");
    if (head_end == std::string::npos || raw.rfind("HTTP/1.1 200", 0) != 0) return {};
    const std::string head = lower(raw.substr(0, head_end));
    std::string body = raw.substr(head_end + 4);
    if (head.find("\r\ncontent-encoding: gzip") != std::string::npos) {
        auto plain = gzip_decompress(body, std::size_t{512} << 20);
        if (!plain) return {};
        body = std::move(*plain);
    }
    auto parsed = parse_strict(body);
    if (!parsed || !parsed->is_object() || !parsed->contains("acks")) return {};
    auto response = decode_sync_response(*parsed);
    return response ? response->acks : std::vector<Ack>{};
}

struct LoggedOp {
    std::string id;
    std::string replica;
    std::string author;
    json op;
};

}  // namespace

Result<std::string> scope_hash(Store& store) {
    // `device` entities are telemetry the server rewrites on every sync (last
    // sync time, pending count), including the checker's own cold pull: a
    // coordinator's copy is out of date by construction the moment anyone
    // syncs. Everything else in the member's scope must match exactly.
    auto states = store.all_states();
    if (!states) return states.error();
    std::erase_if(*states, [](const EntityState& s) { return s.entity == EntityType::device; });
    return canonical_hash(std::move(*states));
}

Check check_member_views(Members& members, std::uint16_t server_port, std::chrono::milliseconds timeout,
                         int threads) {
    Check check{"views", "", {}, 0};
    std::mutex mutex;
    std::size_t entities = 0;
    parallel_for(members.size(), threads, [&](std::size_t i) {
        SimMember& member = *members[i];
        const auto& login = member.spec().login;
        StoreOptions options;
        options.seed = member.spec().seed ^ 0xc01dU;
        options.replica_id = member.replica_id();
        auto fresh = Store::open(":memory:", SystemClock::instance(), options);
        std::string failure;
        if (!fresh) {
            failure = login + ": cannot open a fresh store: " + fresh.error().message;
        } else {
            BeastTransport transport(server_port, -1, timeout);
            transport.set_token(member.token());
            SyncEngine engine(*fresh, transport, SystemClock::instance(), options.seed.value_or(1));
            SyncReport pulled;
            for (int attempt = 0; attempt < 5 && !pulled.ok; ++attempt) {
                if (attempt > 0) std::this_thread::sleep_for(std::chrono::milliseconds(300 * attempt));
                engine.on_push_event();
                pulled = engine.sync_until_idle();
            }
            const auto device = scope_hash(member.store());
            const auto server = scope_hash(*fresh);
            if (!pulled.ok) {
                failure = login + ": the cold pull failed: " + (pulled.error ? pulled.error->message : "?");
            } else if (!device || !server) {
                failure = login + ": cannot hash a store";
            } else if (*device != *server) {
                failure = login + ": device " + device->substr(0, 12) + " != server view " + server->substr(0, 12) +
                          " (" + first_differences(member.store(), *fresh) + ")";
            }
            const std::lock_guard lock(mutex);
            if (auto all = fresh->all_states()) entities += all->size();
        }
        if (!failure.empty()) {
            const std::lock_guard lock(mutex);
            check.fail(failure);
        }
    });
    check.summary = std::to_string(members.size() - std::min(members.size(), check.failure_count)) + "/" +
                    std::to_string(members.size()) +
                    " members' stores hash equal to a cold pull of their scope (" + std::to_string(entities) +
                    " entities pulled)";
    return check;
}

std::vector<Check> check_server_log(const std::string& db_path, const Members& members,
                                    const std::vector<CutResponse>& cuts, const Scenario& scenario,
                                    ServerLogFacts& facts) {
    Check integrity{"server_integrity", "", {}, 0};
    Check acked{"acked_on_server", "", {}, 0};
    Check made{"made_on_server", "", {}, 0};
    Check known{"no_unknown_ops", "", {}, 0};
    Check once{"applied_once", "", {}, 0};
    Check rejections{"no_rejections", "", {}, 0};
    Check replayed{"state_is_log_replay", "", {}, 0};
    Check conflicts{"conflicts_recorded", "", {}, 0};
    auto all = [&] { return std::vector<Check>{integrity, acked, made, known, once, rejections, replayed, conflicts}; };

    // The server's database: its SQLite file, or (muster-sim --db) PostgreSQL.
    const bool postgres = db_path.rfind("postgres", 0) == 0;
    std::optional<SqliteFile> sqlite_db;
    std::optional<PgFile> pg_db;
    if (postgres) {
        auto opened = PgFile::open(db_path);
        if (opened) pg_db.emplace(std::move(*opened));
        else integrity.fail(opened.error().message);
    } else {
        auto opened = SqliteFile::open(db_path, false);
        if (opened) sqlite_db.emplace(std::move(*opened));
        else integrity.fail("cannot open the server database: " + opened.error().message);
    }
    if (!sqlite_db && !pg_db) return all();
    struct Db {
        std::optional<SqliteFile>& sqlite;
        std::optional<PgFile>& pg;
        Status query(const std::string& sql, const std::vector<std::string>& params,
                     const std::function<void(const std::vector<std::string>&)>& row) {
            return sqlite ? sqlite->query(sql, params, row) : pg->query(sql, params, row);
        }
    } db_handle{sqlite_db, pg_db};
    auto* db = &db_handle;
    std::string quick;
    // PostgreSQL keeps its own pages sound; what Muster must keep is its change counter.
    const char* check_sql = postgres ? "SELECT CASE WHEN (SELECT count(*) FROM entities WHERE changed_seq > s.seq) = 0"
                                       " THEN 'ok' ELSE 'entities beyond the change counter' END FROM muster_seq s"
                                     : "PRAGMA quick_check";
    if (auto st = db->query(check_sql, {}, [&](const auto& row) { quick += row[0]; }); !st) {
        integrity.fail(st.error().message);
    } else if (quick != "ok") {
        integrity.fail("quick_check: " + quick.substr(0, 300));
    }
    integrity.summary = std::string(postgres ? "change counter check on the PostgreSQL database: "
                                             : "PRAGMA quick_check on the server database: ") +  // sql-ok: a message, not SQL
                        quick.substr(0, 40);

    std::map<std::string, std::size_t> member_of_replica;
    for (std::size_t i = 0; i < members.size(); ++i) member_of_replica[members[i]->replica_id()] = i;

    std::vector<LoggedOp> log;
    std::map<std::string, std::size_t> by_id;
    const auto loaded = db->query(postgres ? "SELECT id, replica_id, author, op FROM ops ORDER BY n"
                                           : "SELECT id, replica_id, author, op FROM ops ORDER BY rowid",
                                  {}, [&](const auto& row) {
        if (!member_of_replica.count(row[1])) return;  // another client of a shared server
        by_id[row[0]] = log.size();
        log.push_back({row[0], row[1], row[2], json::parse(row[3], nullptr, false)});
    });
    if (!loaded) integrity.fail("reading the op log: " + loaded.error().message);
    facts.ops_on_server = log.size();
    (void)db->query("SELECT id, COUNT(*) FROM ops GROUP BY id HAVING COUNT(*) > 1", {},
                    [&](const auto& row) { once.fail("op " + row[0] + " is in the op log " + row[1] + " times"); });

    // Acks as members saw them, plus those in answers the proxy cut (the member never saw those).
    std::map<std::string, int> applied_acks;
    std::size_t acked_ops = 0, recovered = 0;
    for (const auto& member : members) {
        const auto& login = member->spec().login;
        for (const auto& [id, rec] : member->transport().acks()) {
            applied_acks[id] += rec.applied;
            if (rec.rejected > 0) {
                rejections.fail(login + ": op " + id + " rejected: " + (rec.last_error ? rec.last_error->message : "?"));
            }
            if (rec.applied + rec.duplicate == 0) continue;
            ++acked_ops;
            const auto it = by_id.find(id);
            if (it == by_id.end()) {
                acked.fail(login + ": op " + id + " was acked " + (rec.applied ? "applied" : "duplicate") +
                           " but is not in the server's op log");
            } else if (!same_content(rec.op, log[it->second].op)) {
                acked.fail(login + ": op " + id + " on the server differs from the op that was acked");
            }
        }
        for (const auto& [id, op] : member->ops()) {
            if (!by_id.count(id) && !member->transport().acks().count(id)) {
                made.fail(login + ": op " + id + " (" + op.value("entity", "") + " " + op.value("kind", "") +
                          ") never reached the server");
            }
        }
    }
    for (const auto& cut : cuts) {
        for (const auto& ack : acks_in(cut.raw)) {
            if (ack.status != AckStatus::applied) continue;
            applied_acks[ack.id] += 1;
            ++recovered;
        }
    }
    for (const auto& [id, count] : applied_acks) {
        if (count > 1) once.fail("op " + id + " was acked applied " + std::to_string(count) + " times");
    }
    for (const auto& entry : log) {
        const auto& member = *members[member_of_replica.at(entry.replica)];
        const auto mine = member.ops().find(entry.id);
        if (mine == member.ops().end()) {
            known.fail("op " + entry.id + " on the server was never made by " + member.spec().login);
        } else if (!same_content(mine->second, entry.op)) {
            known.fail("op " + entry.id + " on the server differs from what " + member.spec().login + " made");
        }
    }

    // Replay the log through core's merge, in the order the server applied it.
    std::map<std::pair<EntityType, std::string>, EntityState> states;
    std::multiset<std::string> expected;
    for (const auto& entry : log) {
        auto op = decode_op(entry.op);
        if (!op) {
            replayed.fail("op " + entry.id + " in the server's log does not decode: " + op.error().message);
            continue;
        }
        const auto key = std::make_pair(op->entity, op->key);
        const auto it = states.find(key);
        auto result = merge(it == states.end() ? std::nullopt : std::optional<EntityState>(it->second), *op, entry.author);
        if (result.rejection) {
            replayed.fail("op " + entry.id + " is in the log but merge rejects it: " + result.rejection->message);
            continue;
        }
        states[key] = std::move(result.state);
        for (const auto& c : result.conflicts) {
            expected.insert(conflict_identity(conflict_entity_fields(op->entity, op->key, c)));
        }
    }
    std::set<std::string> our_tasks{scenario.drill_key};
    for (const auto& t : scenario.tasks) our_tasks.insert(t.key);
    std::multiset<std::string> recorded;
    std::size_t compared = 0;
    std::set<std::pair<EntityType, std::string>> on_server;
    (void)db->query(
        "SELECT entity, key, fields FROM entities WHERE entity IN ('task', 'drill', 'log', 'conflict')", {},
        [&](const auto& row) {
            const auto type = entity_type_from_string(row[0]);
            if (!type) return;
            auto stored = state_from_storage(*type, row[1], json::parse(row[2], nullptr, false));
            if (!stored) {
                replayed.fail(row[0] + "/" + row[1] + " on the server does not decode: " + stored.error().message);
                return;
            }
            if (*type == EntityType::conflict) {
                const auto plain = plain_values(*stored);
                if (our_tasks.count(plain.value("key", ""))) recorded.insert(conflict_identity(plain));
                return;
            }
            const auto it = states.find({*type, row[1]});
            if (it == states.end()) {
                if (our_tasks.count(row[1])) replayed.fail(row[0] + "/" + row[1] + " is on the server but no op made it");
                return;
            }
            on_server.insert(it->first);
            ++compared;
            if (canonical_fields(*stored) != canonical_fields(it->second)) {
                replayed.fail(row[0] + "/" + row[1] + ": server " + canonical_fields(*stored).dump().substr(0, 200) +
                              " != replay " + canonical_fields(it->second).dump().substr(0, 200));
            }
        });
    for (const auto& [key, state] : states) {
        if (!on_server.count(key)) replayed.fail(std::string(to_string(key.first)) + "/" + key.second + " is missing on the server");
    }
    std::multiset<std::string> missing, extra;
    std::set_difference(expected.begin(), expected.end(), recorded.begin(), recorded.end(),
                        std::inserter(missing, missing.end()));
    std::set_difference(recorded.begin(), recorded.end(), expected.begin(), expected.end(),
                        std::inserter(extra, extra.end()));
    for (const auto& c : missing) conflicts.fail("expected but not recorded: " + c.substr(0, 300));
    for (const auto& c : extra) conflicts.fail("recorded but not expected: " + c.substr(0, 300));
    facts.conflicts_expected = expected.size();
    facts.conflicts_recorded = recorded.size();

    acked.summary = std::to_string(acked_ops) + " ops acked to members; " + std::to_string(log.size()) +
                    " ops of theirs in the server's op log";
    made.summary = "every op a member made reached the server";
    known.summary = "every op in the server's log was made by its member, unchanged";
    once.summary = std::to_string(applied_acks.size()) + " op ids, none acked applied twice (" +
                   std::to_string(recovered) + " applied acks read from answers cut after commit)";
    rejections.summary = "no op was rejected";
    replayed.summary = std::to_string(compared) + " tasks, drills and logs on the server equal the replay of its op log";
    conflicts.summary = std::to_string(recorded.size()) + " conflict records = " + std::to_string(expected.size()) +
                        " conflicts the merge rules give for the server's order of ops";
    return all();
}

}  // namespace muster::sim
