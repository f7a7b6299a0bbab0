// The after-action report (GET /v1/drills/<key>/report, `muster-server report`)
// of a scripted drill: start, inject releases, acknowledgements, a 10-minute
// pause, resume, end. The server's wall clock is not injectable, so every op
// carries a chosen hlc / `at` in the past (T0 = a fixed instant): the report is
// computed only from those stored times, and the expected figures below are
// worked out by hand from the script.
#include <gtest/gtest.h>

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "support/sync_fixture.hpp"

namespace muster::test {
namespace {

constexpr std::int64_t kMin = 60'000;
constexpr std::int64_t kT0 = 1'764'000'000'000;  // drill start, 2025-11-24 16:00:00 UTC

const std::string kDrill = "0d1a0000-0000-4000-8000-000000000001";
const std::string kInject1 = "0d1a0000-0000-4000-8000-000000000011";  // north, +5 min
const std::string kInject2 = "0d1a0000-0000-4000-8000-000000000012";  // south, +5 min
const std::string kInject3 = "0d1a0000-0000-4000-8000-000000000013";  // north, +30 min
const std::string kInject4 = "0d1a0000-0000-4000-8000-000000000014";  // south, +40 min

/// `op` stamped at wall time `ms` instead of now.
json at(json op, std::int64_t ms) {
    op["hlc"]["ms"] = ms;
    op["hlc"]["c"] = 0;
    if (op["entity"] == "log") op["fields"]["at"] = ms;
    return op;
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

/// Removes what the demo seeding makes at random (member keys), and the wall
/// time of each delivery (the server's own clock, when a member pulled).
nlohmann::ordered_json normalised(nlohmann::ordered_json report) {
    for (auto& p : report["overview"]["participants"]) p.erase("key");
    for (auto& u : report["overview"]["units"]) u.erase("key");
    for (auto& row : report["injects"]) {
        if (!row["delivered_at"].is_null()) row["delivered_at"] = "(when a member pulled)";
    }
    if (auto& comms = report["overview"]["comms_check"]; comms.is_object()) {
        for (const auto* at : {"first_answered_at", "last_answered_at"}) {
            if (!comms[at].is_null()) comms[at] = "(when a device answered)";
        }
    }
    return report;
}

class Report : public SyncFixture {
  protected:
    void SetUp() override {
        SyncFixture::SetUp();
        if (HasFatalFailure()) return;
        coord_ = client("coord");
        script();
    }

    void applied(SyncClient& c, const std::vector<json>& ops) {
        const auto answer = sync(c, ops);
        for (const auto& ack : answer["acks"]) ASSERT_EQ(ack["status"], "applied") << answer.dump();
    }

    json inject(int number, const std::string& title, const std::string& unit, std::int64_t offset,
                std::int64_t deadline, const std::string& action) {
        return at(coord_.set("task", "",
                             {{"title", title},
                              {"unit", units_[unit]},
                              {"drill", kDrill},
                              {"inject", number},
                              {"release_offset_ms", offset},
                              {"deadline_ms", deadline},
                              {"expected_action", action},
                              {"status", "open"}}),
                  kT0 - 50'000);
    }

    json log(SyncClient& c, const std::string& key, const std::string& task,
             const std::string& kind, const std::string& text, std::int64_t wall,
             std::optional<std::int64_t> drill_ms,
             const std::optional<std::string>& rating = std::nullopt) {
        auto op = at(c.log(key, task, kind, text, rating), wall);
        if (drill_ms) op["fields"]["drill_ms"] = *drill_ms;
        return op;
    }

    /// Ops are pushed while the drill runs (so members may write on released
    /// injects); the pause, resume and end follow with their own, later hlcs.
    void script() {
        auto with_key = [](json op, const std::string& key) {
            op["key"] = key;
            return op;
        };
        applied(
            coord_,
            {at(coord_.set("drill", kDrill,
                           {{"unit", units_["hq"]},
                            {"title", "Levee drill"},
                            {"state", "planned"},
                            {"paused_ms", 0},
                            {"comms_check_at", kT0 - 10 * kMin}}),
                kT0 - 60'000),
             with_key(inject(1, "Levee breach", "north", 5 * kMin, 10 * kMin, "Evacuate sector 3"),
                      kInject1),
             with_key(inject(2, "Levee breach", "south", 5 * kMin, 10 * kMin, "Evacuate sector 3"),
                      kInject2),
             with_key(inject(3, "Power cut", "north", 30 * kMin, 5 * kMin, "Start generator"),
                      kInject3),
             with_key(inject(4, "Road closed", "south", 40 * kMin, 10 * kMin, "Reroute, report"),
                      kInject4),
             at(coord_.set("drill", kDrill, {{"state", "running"}, {"started_at", kT0}}), kT0)});
        if (HasFatalFailure()) return;

        auto alice = client("alice");
        auto bob = client("bob");
        auto carol = client("carol");
        auto eva = client("eva");
        // Alice's device answers the comms check (the server stamps the answer with its own time).
        const json comms = {{"drill", kDrill}, {"check_at", kT0 - 10 * kMin}};
        const json answer = {
            {"replica_id", alice.replica}, {"ops", json::array()}, {"cursor", ""}, {"limit", 1},
            {"device",
             {{"pending", 0}, {"app_version", "1.4.0"}, {"clock_ms", now_ms()}, {"comms", comms}}}};
        ASSERT_EQ(sync_raw(alice.token, answer.dump()).status, 200);
        // Opened: alice at drill 6 (her device's drill_ms), then carol at 9 (not the first);
        // carol opens inject 3 at wall 42 (no drill_ms: converted); bob inject 4 at drill 43.
        applied(alice,
                {log(alice, uuid(), kInject1, "opened", "", kT0 + 6 * kMin, 6 * kMin),
                 at(alice.set("task", kInject1, {{"status", "acknowledged"}}), kT0 + 7 * kMin),
                 log(alice, uuid(), kInject1, "note", "Sector 3 evacuating", kT0 + 7 * kMin,
                     7 * kMin)});
        applied(bob, {at(bob.set("task", kInject2, {{"status", "done"}}), kT0 + 20 * kMin),
                      log(bob, uuid(), kInject4, "opened", "", kT0 + 53 * kMin, 43 * kMin),
                      at(bob.set("task", kInject4, {{"status", "done"}}), kT0 + 58 * kMin)});
        applied(carol,
                {log(carol, uuid(), kInject1, "opened", "", kT0 + 9 * kMin, 9 * kMin),
                 log(carol, uuid(), kInject3, "opened", "", kT0 + 42 * kMin, std::nullopt),
                 at(carol.set("task", kInject3, {{"status", "in_progress"}}), kT0 + 42 * kMin)});
        applied(eva, {log(eva, uuid(), kInject1, "observation", "Calm, slow radio check",
                          kT0 + 8 * kMin, 8 * kMin, "S"),
                      log(eva, uuid(), kInject2, "observation", "No answer for 15 min",
                          kT0 + 21 * kMin, std::nullopt, "U"),
                      log(eva, uuid(), kInject3, "observation", "Generator, \"by the book\"",
                          kT0 + 43 * kMin, 33 * kMin, "P")});
        // No drill_ms: the report converts its wall time (after the pause).
        applied(coord_, {log(coord_, uuid(), kInject1, "note", "Sector 3, clear", kT0 + 45 * kMin,
                             std::nullopt)});
        if (HasFatalFailure()) return;

        applied(
            coord_,
            {at(coord_.set("drill", kDrill, {{"state", "paused"}, {"paused_at", kT0 + 25 * kMin}}),
                kT0 + 25 * kMin),
             at(coord_.set(
                    "drill", kDrill,
                    {{"state", "running"}, {"paused_at", nullptr}, {"paused_ms", 10 * kMin}}),
                kT0 + 35 * kMin),
             at(coord_.set("drill", kDrill, {{"state", "ended"}, {"ended_at", kT0 + 65 * kMin}}),
                kT0 + 65 * kMin)});
    }

    HttpResult get(const std::string& token, const std::string& query = "",
                   const std::string& drill = kDrill) {
        return http(port(), "GET", "/v1/drills/" + drill + "/report" + query, {},
                    {{"Authorization", "Bearer " + token}});
    }
    HttpResult get_in(const std::string& accept_language, const std::string& query) {
        return http(port(), "GET", "/v1/drills/" + kDrill + "/report" + query, {},
                    {{"Authorization", "Bearer " + coord_.token}, {"Accept-Language", accept_language}});
    }

    SyncClient coord_;
};

const json* row_of(const json& report, const std::string& task) {
    for (const auto& row : report["injects"]) {
        if (row["task"] == task) return &row;
    }
    return nullptr;
}

TEST_F(Report, FiguresEqualTheHandComputedDrillTimes) {
    const auto r = get(coord_.token);
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.headers.at("content-type"), "application/json");
    const auto report = r.json();

    const auto& o = report["overview"];
    EXPECT_EQ(o["title"], "Levee drill");
    EXPECT_EQ(o["unit"], "hq");
    EXPECT_EQ(o["state"], "ended");
    EXPECT_EQ(o["started_at"], kT0);
    EXPECT_EQ(o["ended_at"], kT0 + 65 * kMin);
    EXPECT_EQ(o["paused_total_ms"], 10 * kMin);
    EXPECT_EQ(o["duration_drill_ms"], 55 * kMin);  // 65 min of wall time minus the pause
    std::vector<std::string> units;
    for (const auto& u : o["units"]) units.push_back(u["code"]);
    EXPECT_EQ(units, (std::vector<std::string>{"hq", "north", "south"}));
    std::set<std::string> logins;
    for (const auto& p : o["participants"]) logins.insert(p["login"].get<std::string>());
    for (const auto* login : {"coord", "ncoord", "alice", "carol", "bob", "eva", "admin"}) {
        EXPECT_EQ(logins.count(login), 1u) << login;
    }

    ASSERT_EQ(report["injects"].size(), 4u);
    std::vector<std::string> order;
    for (const auto& row : report["injects"]) order.push_back(row["task"]);
    EXPECT_EQ(order, (std::vector<std::string>{kInject1, kInject2, kInject3, kInject4}));

    // The comms check at T0 − 10 min: of the 5 devices of hq, north and south that synced in the
    // script (coord, eva, alice, carol, bob), alice's answered it.
    const auto& comms = o["comms_check"];
    EXPECT_EQ(comms["check_at"], kT0 - 10 * kMin);
    EXPECT_EQ(comms["devices"], 5);
    EXPECT_EQ(comms["answered"], 1);
    EXPECT_TRUE(comms["first_answered_at"].is_number_integer()) << comms.dump();
    EXPECT_EQ(comms["first_answered_at"], comms["last_answered_at"]);

    // Before the pause: release = start + offset. Opened at drill 6 by alice (carol's later
    // opening at 9 does not count): 1 min after the release.
    const auto& i1 = *row_of(report, kInject1);
    EXPECT_EQ(i1["released_drill_ms"], 5 * kMin);
    EXPECT_EQ(i1["released_at"], kT0 + 5 * kMin);
    EXPECT_EQ(i1["opened_at"], kT0 + 6 * kMin);
    EXPECT_EQ(i1["opened_drill_ms"], 6 * kMin);
    EXPECT_EQ(i1["open_delay_ms"], 1 * kMin);
    EXPECT_EQ(i1["acknowledged_drill_ms"], 7 * kMin);
    EXPECT_EQ(i1["ack_delay_ms"], 2 * kMin);
    EXPECT_TRUE(i1["completed_drill_ms"].is_null());
    EXPECT_EQ(i1["missed"], false);
    EXPECT_EQ(i1["ratings"], "S");

    // Done at 20 min: acknowledged by then too; due at 5 + 10 = 15 min → missed.
    const auto& i2 = *row_of(report, kInject2);
    EXPECT_EQ(i2["acknowledged_drill_ms"], 20 * kMin);
    EXPECT_EQ(i2["completed_drill_ms"], 20 * kMin);
    EXPECT_EQ(i2["ack_delay_ms"], 15 * kMin);
    EXPECT_EQ(i2["done_delay_ms"], 15 * kMin);
    EXPECT_EQ(i2["missed"], true);
    EXPECT_TRUE(i2["opened_drill_ms"].is_null()) << "bob set it done without opening it";
    EXPECT_TRUE(i2["open_delay_ms"].is_null());

    // After the pause (wall 25..35 min): drill 30 min is wall 40 min; in progress at wall 42 =
    // drill 32.
    const auto& i3 = *row_of(report, kInject3);
    EXPECT_EQ(i3["released_drill_ms"], 30 * kMin);
    EXPECT_EQ(i3["released_at"], kT0 + 40 * kMin);
    EXPECT_EQ(i3["acknowledged_at"], kT0 + 42 * kMin);
    EXPECT_EQ(i3["acknowledged_drill_ms"], 32 * kMin);
    EXPECT_EQ(i3["ack_delay_ms"], 2 * kMin);
    EXPECT_EQ(i3["missed"], false);
    // Opened at wall 42 with no drill_ms of its own: converted like the status, drill 32, 2 min.
    EXPECT_EQ(i3["opened_at"], kT0 + 42 * kMin);
    EXPECT_EQ(i3["opened_drill_ms"], 32 * kMin);
    EXPECT_EQ(i3["open_delay_ms"], 2 * kMin);

    // Released at drill 40 = wall 50; done at wall 58 = drill 48: 8 min, inside its 10.
    const auto& i4 = *row_of(report, kInject4);
    EXPECT_EQ(i4["released_at"], kT0 + 50 * kMin);
    EXPECT_EQ(i4["completed_drill_ms"], 48 * kMin);
    EXPECT_EQ(i4["done_delay_ms"], 8 * kMin);
    EXPECT_EQ(i4["missed"], false);
    // Opened at wall 53; bob's device said drill 43 (= 53 − the pause), 3 min after the release.
    EXPECT_EQ(i4["opened_drill_ms"], 43 * kMin);
    EXPECT_EQ(i4["open_delay_ms"], 3 * kMin);

    // Ack delays {2, 15, 2, 8} min: lower median 2, worst 15; done {15, 8}: median 8, worst 15.
    // Open delays {1, 2, 3} min: median 2, worst 3.
    const auto& d = report["delays"];
    EXPECT_EQ(d["open"], (json{{"count", 3}, {"median_ms", 2 * kMin}, {"worst_ms", 3 * kMin}}));
    EXPECT_EQ(d["acknowledge"],
              (json{{"count", 4}, {"median_ms", 2 * kMin}, {"worst_ms", 15 * kMin}}));
    EXPECT_EQ(d["complete"],
              (json{{"count", 2}, {"median_ms", 8 * kMin}, {"worst_ms", 15 * kMin}}));

    ASSERT_EQ(report["missed"].size(), 1u);
    EXPECT_EQ(report["missed"][0]["task"], kInject2);
    EXPECT_EQ(report["missed"][0]["due_drill_ms"], 15 * kMin);

    ASSERT_EQ(report["observations"].size(), 3u);
    EXPECT_EQ(report["observations"][1]["rating"], "U");
    EXPECT_EQ(report["observations"][1]["drill_ms"], 21 * kMin);  // converted: before the pause

    // By wall time: opened 6, note 7, observation 8, opened 9, observation 21, opened 42,
    // observation 43, note 45, opened 53.
    ASSERT_EQ(report["timeline"].size(), 9u);
    EXPECT_EQ(report["timeline"][0]["kind"], "opened");
    EXPECT_EQ(report["timeline"][7]["text"], "Sector 3, clear");
    EXPECT_EQ(report["timeline"][7]["drill_ms"], 35 * kMin);  // wall 45 minus the 10-minute pause

    const auto& u = report["units"];
    ASSERT_EQ(u.size(), 2u);
    EXPECT_EQ(u[0], (json{{"unit", "north"},
                          {"name", u[0]["name"]},
                          {"injects", 2},
                          {"acknowledged", 2},
                          {"completed", 0},
                          {"missed", 0},
                          {"median_ack_ms", 2 * kMin},
                          {"median_done_ms", nullptr}}));
    EXPECT_EQ(u[1], (json{{"unit", "south"},
                          {"name", u[1]["name"]},
                          {"injects", 2},
                          {"acknowledged", 2},
                          {"completed", 2},
                          {"missed", 1},
                          {"median_ack_ms", 8 * kMin},
                          {"median_done_ms", 8 * kMin}}));
}

// The op log gives each status its own time and each pause its own span: the
// entity rows alone would show inject 1's completion as its acknowledgement
// too, and fold the two pauses into one span of 15 min ending at wall 50.
TEST_F(Report, TheOpLogGivesEachStatusItsTimeAndEachPauseItsSpan) {
    auto alice = client("alice");
    applied(alice, {at(alice.set("task", kInject1, {{"status", "done"}}), kT0 + 12 * kMin)});
    // A second pause, wall 45..50, written before the end (whose later hlc keeps `state` ended).
    applied(coord_, {at(coord_.set("drill", kDrill, {{"state", "paused"}, {"paused_at", kT0 + 45 * kMin}}), kT0 + 45 * kMin),
                     at(coord_.set("drill", kDrill, {{"state", "running"}, {"paused_at", nullptr}, {"paused_ms", 15 * kMin}}),
                        kT0 + 50 * kMin)});
    const auto r = get(coord_.token);
    ASSERT_EQ(r.status, 200) << r.body;
    const auto report = r.json();
    EXPECT_EQ(report["overview"]["state"], "ended");
    EXPECT_EQ(report["overview"]["paused_total_ms"], 15 * kMin);
    EXPECT_EQ(report["overview"]["duration_drill_ms"], 50 * kMin);

    const auto& i1 = *row_of(report, kInject1);
    EXPECT_EQ(i1["acknowledged_drill_ms"], 7 * kMin);
    EXPECT_EQ(i1["completed_drill_ms"], 12 * kMin);
    EXPECT_EQ(i1["done_delay_ms"], 7 * kMin);

    // Wall 42 is after the first pause only: drill 32 (one span [35, 50) would give 35).
    const auto& i3 = *row_of(report, kInject3);
    EXPECT_EQ(i3["acknowledged_drill_ms"], 32 * kMin);

    // Drill 40 falls after both pauses: wall 55; done at wall 58 = drill 43.
    const auto& i4 = *row_of(report, kInject4);
    EXPECT_EQ(i4["released_at"], kT0 + 55 * kMin);
    EXPECT_EQ(i4["completed_drill_ms"], 43 * kMin);
    EXPECT_EQ(i4["done_delay_ms"], 3 * kMin);
}

// Delivered = the first sync that sent the inject to a device of its own unit:
// the hq coordinator's pull does not count, alice's (north) does.
TEST_F(Report, DeliveredIsTheFirstPullByADeviceOfTheInjectsUnit) {
    const std::string late = "0d1a0000-0000-4000-8000-000000000015";
    auto op = coord_.set("task", late, {{"title", "Late inject"}, {"unit", units_["north"]}, {"drill", kDrill},
                                        {"inject", 5}, {"release_offset_ms", 50 * kMin}, {"status", "open"}});
    applied(coord_, {op});  // the coordinator's sync pulls it too: not a delivery
    auto row = [&] {
        const auto r = get(coord_.token);
        EXPECT_EQ(r.status, 200) << r.body;
        const auto report = r.json();
        const auto* found = row_of(report, late);
        return found ? *found : json();
    };
    EXPECT_TRUE(row()["delivered_at"].is_null()) << row().dump();

    const auto before = now_ms();
    auto alice = client("alice");
    std::string cursor;
    pull_all(alice, cursor);
    const auto after = now_ms();
    const auto delivered = row();
    ASSERT_TRUE(delivered["delivered_at"].is_number_integer()) << delivered.dump();
    EXPECT_GE(delivered["delivered_at"].get<std::int64_t>(), before);
    EXPECT_LE(delivered["delivered_at"].get<std::int64_t>(), after);
    EXPECT_EQ(delivered["delivered_drill_ms"], 55 * kMin);  // the drill ended: its clock stays at 55 min
    EXPECT_EQ(delivered["deliver_delay_ms"], 5 * kMin);

    pull_all(alice, cursor = "");  // a second pull keeps the first time
    EXPECT_EQ(row()["delivered_at"], delivered["delivered_at"]);
}

TEST_F(Report, JsonMatchesTheGoldenFile) {
    const auto r = get(coord_.token, "?format=json");
    ASSERT_EQ(r.status, 200) << r.body;
    const auto actual = normalised(nlohmann::ordered_json::parse(r.body));
    const std::string path = std::string(MUSTER_TEST_DATA_DIR) + "/reports/scripted_drill.json";
    if (std::getenv("MUSTER_UPDATE_GOLDEN") != nullptr) {
        std::filesystem::create_directories(std::filesystem::path(path).parent_path());
        std::ofstream(path, std::ios::binary) << actual.dump(2) << '\n';
    }
    const auto golden = read_file(path);
    ASSERT_FALSE(golden.empty()) << "missing " << path << " (MUSTER_UPDATE_GOLDEN=1 writes it)";
    // Key order is part of the contract: compare the text, not just the values.
    EXPECT_EQ(actual.dump(2) + "\n", golden);
}

TEST_F(Report, CsvHasOneQuotedRowPerInjectAndUnit) {
    const auto r = get(coord_.token, "?format=csv");
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.headers.at("content-type").rfind("text/csv", 0), 0u);
    std::vector<std::string> lines;
    for (std::size_t start = 0; start < r.body.size();) {
        const auto end = r.body.find("\r\n", start);
        ASSERT_NE(end, std::string::npos) << "every line ends in CRLF";
        lines.push_back(r.body.substr(start, end - start));
        start = end + 2;
    }
    ASSERT_EQ(lines.size(), 5u);
    EXPECT_EQ(lines[0].rfind("inject,title,unit,offset_ms,", 0), 0u);
    // Delivered when bob pulled during the script: wall time now, drill time
    // frozen at the end (55 min), 50 min after the release.
    const auto delivered = lines[2].find(",3300000,") + 9;
    ASSERT_NE(delivered, std::string::npos + 9) << lines[2];
    const auto delivered_end = lines[2].find(',', delivered);
    const auto delivered_at = std::stoll(lines[2].substr(delivered, delivered_end - delivered));
    EXPECT_NEAR(static_cast<double>(delivered_at), static_cast<double>(now_ms()), 120'000.0);
    EXPECT_EQ(lines[2].substr(0, delivered) + "T" + lines[2].substr(delivered_end),
              "2,Levee breach,south,300000,600000,done,300000," + std::to_string(kT0 + 5 * kMin) +
                  ",3300000,T,,,1200000," + std::to_string(kT0 + 20 * kMin) + ",1200000," +
                  std::to_string(kT0 + 20 * kMin) + ",3000000,,900000,900000,yes,U,1");
    EXPECT_NE(lines[0].find(",delivered_at,opened_drill_ms,opened_at,acknowledged_drill_ms,"),
              std::string::npos);
    EXPECT_NE(lines[0].find(",deliver_delay_ms,open_delay_ms,ack_delay_ms,"), std::string::npos);
    EXPECT_NE(lines[1].find(",360000," + std::to_string(kT0 + 6 * kMin) + ","), std::string::npos)
        << "inject 1 opened at drill 6 min: " << lines[1];
    EXPECT_EQ(lines[4].substr(0, 25), "4,Road closed,south,24000");
}

bool balanced_tags(const std::string& html, std::string& why) {
    static const std::set<std::string> kVoid{"meta", "br",    "hr",      "img",
                                             "link", "input", "!doctype"};
    std::vector<std::string> open;
    for (std::size_t i = html.find('<'); i != std::string::npos; i = html.find('<', i + 1)) {
        const auto end = html.find('>', i);
        if (end == std::string::npos) return why = "unterminated tag", false;
        std::string tag = html.substr(i + 1, end - i - 1);
        const bool closing = !tag.empty() && tag[0] == '/';
        const bool self = !tag.empty() && tag.back() == '/';
        std::string name = tag.substr(
            closing ? 1 : 0, tag.find_first_of(" />", closing ? 1 : 0) - (closing ? 1 : 0));
        for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (self || kVoid.count(name)) continue;
        if (!closing) {
            open.push_back(name);
        } else if (open.empty() || open.back() != name) {
            return why = "</" + name + "> closes <" + (open.empty() ? "" : open.back()) + ">",
                   false;
        } else {
            open.pop_back();
        }
    }
    if (!open.empty()) return why = "<" + open.back() + "> never closed", false;
    return true;
}

TEST_F(Report, HtmlIsSelfContainedBalancedAndCarriesTheChart) {
    const auto r = get(coord_.token, "?format=html");
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.headers.at("content-type"), "text/html; charset=utf-8");
    std::string why;
    EXPECT_TRUE(balanced_tags(r.body, why)) << why;
    EXPECT_NE(r.body.find("<svg"), std::string::npos);
    EXPECT_NE(r.body.find("@media print"), std::string::npos);
    EXPECT_EQ(r.body.find("<script"), std::string::npos);
    EXPECT_EQ(r.body.find("src="), std::string::npos) << "no external resources";
    EXPECT_NE(r.body.find("Generator, &quot;by the book&quot;"), std::string::npos)
        << "text is escaped";
    EXPECT_NE(r.body.find("<th>Opened</th>"), std::string::npos);
    EXPECT_NE(r.body.find("<br><small>+0:01:00</small>"), std::string::npos) << "the delay below the time";
    EXPECT_NE(r.body.find("<dt>Comms check</dt><dd>asked 2025-11-24"), std::string::npos);
    EXPECT_NE(r.body.find("; answered by 1 of 5 devices (first "), std::string::npos);
    // One ring per released inject, one triangle per acknowledgement, one square per completion.
    const auto count = [&](const std::string& what) {
        std::size_t n = 0;
        for (auto i = r.body.find(what); i != std::string::npos; i = r.body.find(what, i + 1)) ++n;
        return n;
    };
    EXPECT_EQ(count("<circle"), 4u);
    EXPECT_EQ(count("<polygon"), 4u);
    EXPECT_EQ(count("<rect"), 2u);

    // MUSTER_REPORT_HTML=FILE keeps a copy of the page (to look at it, or render it elsewhere).
    const char* keep = std::getenv("MUSTER_REPORT_HTML");
    const auto html = keep != nullptr ? std::string(keep) : dir_.sub("report.html");
    std::ofstream(html, std::ios::binary) << r.body;
    // The first page as a browser prints it (A4 at 96 dpi), rendered by headless
    // Chromium (scripts/lib.sh installs it) beside the test binary in the build
    // tree, wherever it is run from: report-first-page.png, to look at.
    ASSERT_EQ(std::system("command -v chromium >/dev/null 2>&1"), 0)
        << "chromium is missing: scripts/lib.sh installs it (Debian package chromium)";
    const auto png = std::filesystem::read_symlink("/proc/self/exe").parent_path() / "report-first-page.png";
    std::filesystem::remove(png);
    const auto cmd = "timeout 120 chromium --headless --no-sandbox --disable-gpu --hide-scrollbars "
                     "--window-size=794,1123 --screenshot=" +
                     png.string() + " file://" + html + " >/dev/null 2>&1";
    EXPECT_EQ(std::system(cmd.c_str()), 0) << cmd;
    ASSERT_TRUE(std::filesystem::exists(png)) << png;
    EXPECT_GT(std::filesystem::file_size(png), 20'000u) << "a blank page is a few KiB";
}

TEST_F(Report, HtmlSpeaksTheCallersLanguageAndDataStaysAsWritten) {
    const auto english = get(coord_.token, "?format=html");
    ASSERT_EQ(english.status, 200) << english.body;
    EXPECT_EQ(english.headers.at("content-language"), "en");
    EXPECT_EQ(english.headers.at("vary"), "Accept-Language");
    EXPECT_NE(english.body.find("<html lang=\"en\">"), std::string::npos);
    EXPECT_NE(english.body.find("<h1>After-action report: Levee drill</h1>"), std::string::npos);

    const auto es = get_in("es-ES,es;q=0.9,en;q=0.8", "?format=html");
    ASSERT_EQ(es.status, 200) << es.body;
    EXPECT_EQ(es.headers.at("content-language"), "es");
    std::string why;
    EXPECT_TRUE(balanced_tags(es.body, why)) << why;
    for (const char* words :
         {"<html lang=\"es\">", "<h1>Informe tras el simulacro: Levee drill</h1>",
          "<dt>Estado</dt><dd>terminado</dd>", "<th>Recibida</th>", "<h2>Observaciones de los evaluadores</h2>",
          "; respondieron 1 de 5 dispositivos (primera respuesta ", "<td>observación</td>",
          "<small>+la demora desde la publicación</small>", "<td>coordinador</td>"}) {
        EXPECT_NE(es.body.find(words), std::string::npos) << words;
    }
    // The data as written (escaped), not translated.
    EXPECT_NE(es.body.find("Generator, &quot;by the book&quot;"), std::string::npos);
    EXPECT_NE(es.body.find("Sector 3, clear"), std::string::npos);
    for (const char* english_words : {"After-action report", "<th>Acknowledged</th>", "Evaluator observations",
                                      "Participants", "answered by", "<td>observation</td>"}) {
        EXPECT_EQ(es.body.find(english_words), std::string::npos) << english_words;
    }

    const auto vi = get_in("vi", "?format=html");
    ASSERT_EQ(vi.status, 200);
    EXPECT_EQ(vi.headers.at("content-language"), "vi");
    EXPECT_TRUE(balanced_tags(vi.body, why)) << why;
    EXPECT_NE(vi.body.find("<h1>Báo cáo sau diễn tập: Levee drill</h1>"), std::string::npos);
    EXPECT_NE(vi.body.find("<th>Đã nhận</th>"), std::string::npos);

    // A language we do not have: English. Data formats do not change with it.
    EXPECT_EQ(get_in("fr-FR, de;q=0.5", "?format=html").body, english.body);
    EXPECT_EQ(get_in("es", "").body, get(coord_.token).body);
    EXPECT_EQ(get_in("vi", "?format=csv").body, get(coord_.token, "?format=csv").body);
    EXPECT_EQ(get_in("vi", "").headers.count("content-language"), 0u);

    // The command line gives the same page.
    const auto cli = run_cli({"report", "--data", data(), "--drill", kDrill, "--format", "html", "--lang", "es"});
    ASSERT_EQ(cli.exit_code, 0) << cli.err;
    EXPECT_EQ(cli.out, es.body);
    const auto bad = run_cli({"report", "--data", data(), "--drill", kDrill, "--format", "html", "--lang", "fr"});
    EXPECT_NE(bad.exit_code, 0);
    EXPECT_NE(bad.err.find("--lang"), std::string::npos) << bad.err;
    EXPECT_TRUE(bad.out.empty());

    // MUSTER_REPORT_HTML_ES=FILE keeps a copy of the Spanish page, to look at.
    if (const char* keep = std::getenv("MUSTER_REPORT_HTML_ES")) std::ofstream(keep, std::ios::binary) << es.body;
}

TEST_F(Report, ScopeAndErrors) {
    auto ncoord = client("ncoord");  // coordinator of north: the drill is hq's
    auto alice = client("alice");
    auto eva = client("eva");
    auto admin = client("admin");
    EXPECT_EQ(get(admin.token).status, 200);
    auto r = get(ncoord.token);
    EXPECT_EQ(r.status, 404);
    EXPECT_EQ(r.error_code(), "not_found");
    r = get(alice.token);
    EXPECT_EQ(r.status, 403);
    EXPECT_EQ(r.error_code(), "forbidden");
    EXPECT_EQ(get(eva.token).status, 403);
    EXPECT_EQ(get(alice.token, "", uuid()).status, 403)
        << "the role is checked before the drill: nothing disclosed";
    EXPECT_EQ(get(coord_.token, "", uuid()).status, 404);
    r = get(coord_.token, "?format=pdf");
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(r.error_code(), "bad_request");
    EXPECT_EQ(http(port(), "GET", "/v1/drills/" + kDrill + "/report").status, 401);
}

TEST_F(Report, CliWritesTheSameReportByKeyOrTitle) {
    const auto out = dir_.sub("report.json");
    const auto by_title =
        run_cli({"report", "--data", data(), "--title", "Levee drill", "--out", out});
    ASSERT_EQ(by_title.exit_code, 0) << by_title.err;
    const auto from_http = json::parse(get(coord_.token).body);
    // The figures of an ended drill do not depend on "now".
    EXPECT_EQ(json::parse(read_file(out)), from_http);
    const auto csv = run_cli({"report", "--data", data(), "--drill", kDrill, "--format", "csv"});
    ASSERT_EQ(csv.exit_code, 0) << csv.err;
    EXPECT_EQ(csv.out, get(coord_.token, "?format=csv").body);

    EXPECT_EQ(run_cli({"report", "--help"}).exit_code, 0);
    const auto unknown = run_cli({"report", "--data", data(), "--title", "No such drill"});
    EXPECT_NE(unknown.exit_code, 0);
    EXPECT_NE(unknown.err.find("--title"), std::string::npos) << unknown.err;
    const auto neither = run_cli({"report", "--data", data()});
    EXPECT_NE(neither.exit_code, 0);
    EXPECT_NE(neither.err.find("--drill"), std::string::npos) << neither.err;
    const auto bad_format =
        run_cli({"report", "--data", data(), "--drill", kDrill, "--format", "pdf"});
    EXPECT_NE(bad_format.exit_code, 0);
    EXPECT_NE(bad_format.err.find("--format"), std::string::npos) << bad_format.err;
}

}  // namespace
}  // namespace muster::test
