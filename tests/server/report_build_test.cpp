// The report builder as a pure function: drill-time conversion around pauses,
// release of injects by the drill clock, missed deadlines, CSV quoting.
#include <gtest/gtest.h>

#include "muster/server/report.hpp"

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

TEST(ReportRender, CsvQuotesPerRfc4180) {
    const auto csv = render_report_csv(build_report(paused_drill()));
    EXPECT_NE(csv.find("\r\n,\"Early, \"\"quoted\"\"\",alpha,500,400,"), std::string::npos) << csv;
}

TEST(ReportRender, FormatsByName) {
    EXPECT_EQ(report_format_from_string("html"), ReportFormat::html);
    EXPECT_EQ(report_format_from_string("JSON"), std::nullopt);
}

}  // namespace
}  // namespace muster::server
