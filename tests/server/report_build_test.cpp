// The report builder as a pure function: drill-time conversion around pauses,
// release of injects by the drill clock, missed deadlines, CSV quoting; the
// printable report's languages.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "muster/server/report.hpp"
#include "report_text.hpp"

namespace muster::server {
namespace {

constexpr std::int64_t kT0 = 1'000'000;

TEST(ReportClock, DrillTimeSkipsEveryPauseAndStopsAtTheEnd) {
    const std::vector<ReportPause> pauses{{kT0 + 100, kT0 + 150}, {kT0 + 300, kT0 + 400}};
    EXPECT_EQ(drill_ms_at(std::nullopt, std::nullopt, pauses, kT0 + 10), std::nullopt);
    EXPECT_EQ(drill_ms_at(kT0, std::nullopt, pauses, kT0 - 5), 0);
    EXPECT_EQ(drill_ms_at(kT0, std::nullopt, pauses, kT0 + 100), 100);
    EXPECT_EQ(drill_ms_at(kT0, std::nullopt, pauses, kT0 + 120), 100) << "frozen inside a pause";
    EXPECT_EQ(drill_ms_at(kT0, std::nullopt, pauses, kT0 + 350), 250);
    EXPECT_EQ(drill_ms_at(kT0, std::nullopt, pauses, kT0 + 500), 350);
    EXPECT_EQ(drill_ms_at(kT0, kT0 + 450, pauses, kT0 + 900), 300);
}

TEST(ReportClock, WallTimeOfADrillTimeIsItsInverse) {
    const std::vector<ReportPause> pauses{{kT0 + 100, kT0 + 150}, {kT0 + 300, kT0 + 400}};
    EXPECT_EQ(wall_at_drill_ms(kT0, std::nullopt, pauses, 100), kT0 + 100)
        << "reached as the pause began";
    EXPECT_EQ(wall_at_drill_ms(kT0, std::nullopt, pauses, 101), kT0 + 151);
    EXPECT_EQ(wall_at_drill_ms(kT0, std::nullopt, pauses, 300), kT0 + 450);
    EXPECT_EQ(wall_at_drill_ms(kT0, kT0 + 420, pauses, 300), std::nullopt) << "ended before";
    EXPECT_EQ(wall_at_drill_ms(kT0, std::nullopt, {{kT0 + 50, std::nullopt}}, 60), std::nullopt)
        << "still paused";
}

ReportInput paused_drill() {
    ReportInput in;
    in.drill_key = "d";
    in.drill = {{"title", "T"},      {"unit", "u"},    {"state", "paused"},
                {"started_at", kT0}, {"paused_ms", 0}, {"paused_at", kT0 + 1000}};
    in.pauses = {{kT0 + 1000, std::nullopt}};
    in.now_ms = kT0 + 5000;
    in.units = {{"u", "alpha", "Alpha, \"A\""}};
    in.injects = {
        {"early",
         {{"title", "Early, \"quoted\""},
          {"unit", "u"},
          {"release_offset_ms", 500},
          {"deadline_ms", 400}},
         std::nullopt, std::nullopt},
        {"late",
         {{"title", "Late"}, {"unit", "u"}, {"release_offset_ms", 2000}, {"deadline_ms", 1}},
         std::nullopt, std::nullopt}};
    return in;
}

TEST(ReportBuild, APausedClockReleasesNothingMoreAndMissesOnlyWhatWasDue) {
    const auto r = build_report(paused_drill());
    EXPECT_EQ(r.duration_drill_ms, 1000);
    EXPECT_EQ(r.paused_total_ms, 4000) << "the open pause counts up to now";
    ASSERT_EQ(r.rows.size(), 2u);
    EXPECT_EQ(r.rows[0].released_at, kT0 + 500);
    EXPECT_TRUE(r.rows[0].missed) << "due at drill 900, clock at 1000, no acknowledgement";
    EXPECT_FALSE(r.rows[1].released_drill_ms);
    EXPECT_FALSE(r.rows[1].missed);
}

TEST(ReportBuild, AnAcknowledgementInTimeIsNotMissedAndRecordedReleasesCount) {
    auto in = paused_drill();
    in.status_events = {{"early", "in_progress", kT0 + 800}, {"late", "acknowledged", kT0 + 900}};
    in.injects[1].recorded_offset_ms = 2000;  // the scheduler released it (e.g. "release now")
    const auto r = build_report(in);
    EXPECT_FALSE(r.rows[0].missed);
    EXPECT_EQ(r.rows[0].ack_delay_ms, 300);
    EXPECT_EQ(r.rows[1].released_drill_ms, 2000);
    EXPECT_EQ(r.rows[1].ack_delay_ms, 0) << "never negative";
}

TEST(ReportBuild, APreStagedInjectIsDeliveredAtItsReleaseAndNotBefore) {
    auto in = paused_drill();  // "early" released at drill 500, "late" (2000) not yet
    in.injects[0].delivered_at = kT0 - 60'000;  // on the devices a minute before the start
    in.injects[1].delivered_at = kT0 + 300;
    const auto r = build_report(in);
    EXPECT_EQ(r.rows[0].delivered_drill_ms, 500);
    EXPECT_EQ(r.rows[0].delivered_at, kT0 + 500) << "the same moment in wall time as in drill time";
    EXPECT_EQ(r.rows[0].deliver_delay_ms, 0);
    EXPECT_FALSE(r.rows[1].delivered_drill_ms) << "not released: pre-staged, not delivered";
    EXPECT_FALSE(r.rows[1].delivered_at);
    const auto json = report_to_json(r);
    EXPECT_TRUE(json["injects"][1]["delivered_drill_ms"].is_null()) << json["injects"][1].dump();
}

TEST(ReportBuild, OpenedIsTheFirstOpeningByANonEvaluatorClampedAtTheRelease) {
    auto in = paused_drill();  // "early" released at drill 500
    in.members = {{"ev", "eva", "Eva", "u", "evaluator"}, {"m", "mia", "Mia", "u", "member"}};
    in.logs = {{"l1", "early", "ev", "opened", "", kT0 + 600, 600, ""},
               {"l2", "early", "m", "opened", "", kT0 + 700, std::nullopt, ""},
               {"l3", "early", "m", "note", "", kT0 + 650, 650, ""},
               {"l4", "late", "m", "opened", "", kT0 + 900, 900, ""}};
    auto r = build_report(in);
    // The evaluator's log (600) does not count, nor the note (650): mia's at wall 700 = drill 700.
    EXPECT_EQ(r.rows[0].opened_at, kT0 + 700);
    EXPECT_EQ(r.rows[0].opened_drill_ms, 700);
    EXPECT_EQ(r.rows[0].open_delay_ms, 200);
    EXPECT_EQ(r.rows[1].opened_drill_ms, 900);
    EXPECT_FALSE(r.rows[1].open_delay_ms) << "not released: no delay";
    EXPECT_EQ(r.open.count, 1);
    EXPECT_EQ(r.open.median, 200);

    // A device whose drill clock ran behind says drill 450: the delay is clamped at 0.
    in.logs.push_back({"l0", "early", "m", "opened", "", kT0 + 450, 450, ""});
    r = build_report(in);
    EXPECT_EQ(r.rows[0].opened_drill_ms, 450);
    EXPECT_EQ(r.rows[0].open_delay_ms, 0);
    const auto json = report_to_json(r);
    EXPECT_EQ(json["injects"][0]["open_delay_ms"], 0);
    EXPECT_EQ(json["delays"]["open"]["worst_ms"], 0);
}

TEST(ReportBuild, CommsCheckCountsTheDevicesOfTheUnitsThatAnsweredThisCheck) {
    auto in = paused_drill();
    EXPECT_FALSE(build_report(in).comms) << "no comms_check_at: no summary";
    EXPECT_TRUE(report_to_json(build_report(in))["overview"]["comms_check"].is_null());
    in.drill["comms_check_at"] = kT0 - 100;
    in.devices = {{"a", "u", "d", kT0 - 100, kT0 - 50},      // answered
                  {"b", "u", "d", kT0 - 200, kT0 - 190},     // an older check
                  {"c", "other", "d", kT0 - 100, kT0 - 95},  // not a unit of the drill
                  {"e", "u", "x", kT0 - 100, kT0 - 99},      // another drill's check
                  {"f", "u", "d", kT0 - 100, kT0 - 80},      // answered
                  {"g", "u", "", std::nullopt, std::nullopt}};
    const auto r = build_report(in);
    ASSERT_TRUE(r.comms);
    EXPECT_EQ(r.comms->check_at, kT0 - 100);
    EXPECT_EQ(r.comms->devices, 5);
    EXPECT_EQ(r.comms->answered, 2);
    EXPECT_EQ(r.comms->first_answered_at, kT0 - 80);
    EXPECT_EQ(r.comms->last_answered_at, kT0 - 50);
}

TEST(ReportRender, CsvQuotesPerRfc4180) {
    const auto csv = render_report_csv(build_report(paused_drill()));
    EXPECT_NE(csv.find("\r\n,\"Early, \"\"quoted\"\"\",alpha,500,400,"), std::string::npos) << csv;
}

TEST(ReportRender, FormatsByName) {
    EXPECT_EQ(report_format_from_string("html"), ReportFormat::html);
    EXPECT_EQ(report_format_from_string("JSON"), std::nullopt);
}

TEST(ReportLanguages, NamedWithOrWithoutARegion) {
    EXPECT_EQ(report_language_from_string("es"), ReportLanguage::es);
    EXPECT_EQ(report_language_from_string("ES-mx"), ReportLanguage::es);
    EXPECT_EQ(report_language_from_string("vi_VN"), ReportLanguage::vi);
    EXPECT_EQ(report_language_from_string("en"), ReportLanguage::en);
    for (const char* bad : {"", "e", "fr", "english", "es-", "*", "esp"}) {
        EXPECT_EQ(report_language_from_string(bad), std::nullopt) << bad;
    }
    EXPECT_EQ(to_string(ReportLanguage::vi), "vi");
}

TEST(ReportLanguages, AcceptLanguagePicksTheMostWantedOfOurs) {
    using L = ReportLanguage;
    const std::string commas(10'000, ',');
    const std::pair<const char*, L> cases[] = {
        {"", L::en},
        {"es", L::es},
        {"es-ES,es;q=0.9,en;q=0.8", L::es},
        {"fr-FR, fr;q=0.9, vi;q=0.5, en;q=0.4", L::vi},  // the first of ours by weight
        {"en;q=0.5, es;q=0.9", L::es},
        {"vi, es", L::vi},                       // a tie: the earlier
        {"es;q=0, vi;q=0.001", L::vi},           // q=0: not this
        {"es;q=0", L::en},
        {"de, *;q=0.1", L::en},                  // none of ours
        {"es;q=2, vi;q=0.3", L::vi},             // an impossible weight spoils its item
        {"es;q=0.5x, vi;q=0.3", L::vi},
        {"es;level=1, vi;q=0.3", L::vi},
        {" vi ; q=1.000 ", L::vi},
        {",,;;=,", L::en},
        {commas.c_str(), L::en},
    };
    for (const auto& [header, want] : cases) {
        EXPECT_EQ(report_language_from_accept(header), want) << '"' << header << '"';
    }
}

/// The %1 … %9 a text uses.
std::multiset<char> placeholders(std::string_view text) {
    std::multiset<char> out;
    for (std::size_t i = 0; i + 1 < text.size(); ++i) {
        if (text[i] == '%' && text[i + 1] >= '1' && text[i + 1] <= '9') out.insert(text[i + 1]);
    }
    return out;
}

TEST(ReportLanguages, EveryLanguageHasEveryWordWithTheEnglishPlaceholders) {
    for (const auto language : {ReportLanguage::en, ReportLanguage::es, ReportLanguage::vi}) {
        for (int i = 0; i < static_cast<int>(ReportWord::count_); ++i) {
            const auto word = static_cast<ReportWord>(i);
            const auto text = report_word(language, word);
            EXPECT_FALSE(text.empty()) << to_string(language) << " word " << i;
            EXPECT_EQ(placeholders(text), placeholders(report_word(ReportLanguage::en, word)))
                << to_string(language) << ": " << text;
        }
    }
    // Stored values in words; anything else as stored.
    EXPECT_EQ(report_value(ReportLanguage::es, "ended"), "terminado");
    EXPECT_EQ(report_value(ReportLanguage::vi, "observation"), "nhận xét");
    EXPECT_EQ(report_value(ReportLanguage::es, "coordinator"), "coordinador");
    EXPECT_EQ(report_value(ReportLanguage::en, "coordinator"), "coordinator");
    EXPECT_EQ(report_value(ReportLanguage::es, "Unit"), "Unit") << "a label is not a stored value";
    EXPECT_EQ(report_value(ReportLanguage::es, "something new"), "something new");
}

}  // namespace
}  // namespace muster::server
