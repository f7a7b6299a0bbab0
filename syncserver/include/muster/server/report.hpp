#pragma once
/// The after-action report of a drill (issue 6, item 7): one builder used by
/// `GET /v1/drills/<key>/report` and `muster-server report`.
///
/// Three steps, each its own file:
/// - `gather_report_input` (report_gather.cpp) reads the stored records of one
///   drill through `StoreReader` into a `ReportInput`;
/// - `build_report` (report_build.cpp) is a pure function from that input to a
///   `Report` (every figure, in drill time);
/// - `render_report_json` / `_csv` / `_html` (report_render.cpp,
///   report_html.cpp) turn a `Report` into bytes; they compute nothing.
///
/// All times are unix ms ("wall") or drill-clock ms ("drill": running time of
/// the drill, pauses excluded, per `muster/drill_clock.hpp`).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "muster/result.hpp"
#include "muster/server/store.hpp"

namespace muster::server {

class Router;
struct Services;

/// A span during which the drill clock stood still. `to_ms` nullopt: still paused.
struct ReportPause {
    std::int64_t from_ms = 0;
    std::optional<std::int64_t> to_ms;
};

/// A task's `status` becoming `status` at wall time `at_ms` (the op's hlc ms).
struct StatusEvent {
    std::string task;
    std::string status;
    std::int64_t at_ms = 0;
};

struct ReportUnit {
    std::string key, code, name;
};

struct ReportMember {
    std::string key, login, name, unit, role;
};

/// An inject with its stored plain values and the release the scheduler recorded.
struct ReportInject {
    std::string task;
    nlohmann::json values = nlohmann::json::object();  ///< plain `{"field": value}`
    std::optional<std::int64_t> recorded_offset_ms;    ///< from `inject_releases` (nullopt: none)
    std::optional<std::int64_t> delivered_at;          ///< first sync to a device of its unit (nullopt: none)
};

struct ReportLog {
    std::string key, task, author, kind, text;
    std::int64_t at = 0;
    std::optional<std::int64_t> drill_ms;  ///< as the writing device recorded it
    std::string rating;                    ///< P/S/M/U or ""
};

/// A device entity's unit (its member's, when it last synced) and the comms
/// check it last answered.
struct ReportDevice {
    std::string key, unit, comms_drill;
    std::optional<std::int64_t> comms_check_at, comms_answered_at;
};

/// Everything the builder reads; made by `gather_report_input` or by a test.
struct ReportInput {
    std::string drill_key;
    nlohmann::json drill = nlohmann::json::object();  ///< the drill's plain values
    std::vector<ReportPause> pauses;                  ///< ordered by `from_ms`
    std::vector<ReportUnit> units;                    ///< every unit (for codes and names)
    std::vector<ReportMember> members;                ///< every member
    std::vector<ReportInject> injects;
    std::vector<ReportLog> logs;             // of the injects and other tasks of the drill
    std::vector<StatusEvent> status_events;  // of the injects
    std::vector<ReportDevice> devices;       ///< every device (for the comms check)
    std::int64_t now_ms = 0;                 ///< "now" for a drill still running or paused
};

/// Median and worst of one delay column (over the rows that have a value).
struct DelayStats {
    std::int64_t count = 0;
    std::optional<std::int64_t> median;  ///< lower median for an even count
    std::optional<std::int64_t> worst;
};

/// One inject for one unit. Drill times and delays are drill ms.
struct ReportRow {
    std::string task;
    std::optional<std::int64_t> inject;  ///< inject number in the scenario
    std::string title, unit, unit_code, expected_action, status;
    std::int64_t offset_ms = 0;
    std::optional<std::int64_t> deadline_ms;
    std::optional<std::int64_t> released_drill_ms, released_at;
    /// First reached a device of its unit. Drill time is the release's when it
    /// arrived earlier (pre-staged), so the delay is never negative.
    std::optional<std::int64_t> delivered_drill_ms, delivered_at;
    /// The first `opened` log on the task by anyone but an evaluator (its `at`,
    /// and its own `drill_ms` or that `at` converted).
    std::optional<std::int64_t> opened_drill_ms, opened_at;
    std::optional<std::int64_t> acknowledged_drill_ms, acknowledged_at;
    std::optional<std::int64_t> completed_drill_ms, completed_at;
    /// release → delivery / opened / ack / done (≥ 0)
    std::optional<std::int64_t> deliver_delay_ms, open_delay_ms, ack_delay_ms, done_delay_ms;
    bool missed = false;  ///< deadline after release passed without ack or done
    std::string ratings;  ///< evaluators' ratings in log order, e.g. "PS"
    std::int64_t observations = 0;
};

struct ReportObservation {
    std::string task, title, author, author_name, rating, text;
    std::int64_t at = 0;
    std::optional<std::int64_t> drill_ms;
};

struct TimelineEntry {
    std::optional<std::int64_t> drill_ms;
    std::int64_t at = 0;
    std::string task, title, author, author_name, kind, text, rating;
};

struct UnitSummary {
    std::string unit, code, name;
    std::int64_t injects = 0, acknowledged = 0, completed = 0, missed = 0;
    std::optional<std::int64_t> median_ack_ms, median_done_ms;
};

/// The drill's latest comms check: how many devices of the report's units
/// answered exactly that check (`comms_drill` = the drill and `comms_check_at`
/// = the drill's), and when (server times).
struct CommsSummary {
    std::int64_t check_at = 0;
    std::int64_t devices = 0;   ///< devices whose unit is one of the report's units
    std::int64_t answered = 0;  ///< of those, the ones that answered this check
    std::optional<std::int64_t> first_answered_at, last_answered_at;
};

struct Participant {
    std::string key, login, name, role, unit_code;
};

struct Report {
    std::string drill, title, unit, unit_code, state;
    std::optional<std::int64_t> started_at, ended_at;
    std::int64_t paused_total_ms = 0;  ///< finished pauses, plus the open one up to now
    std::optional<std::int64_t> duration_drill_ms;  ///< drill clock at the end (or now)
    std::vector<ReportUnit> units;                  ///< units that received an inject
    std::vector<Participant> participants;
    std::optional<CommsSummary> comms;  ///< nullopt: the drill has no `comms_check_at`
    std::vector<ReportRow> rows;  ///< ordered by offset, inject number, unit code
    DelayStats deliver, open, ack, done;
    std::vector<ReportObservation> observations;
    std::vector<TimelineEntry> timeline;  ///< ordered by wall time
    std::vector<UnitSummary> units_summary;
};

/// Drill clock at wall `at_ms` given the drill's start, end and pauses (nullopt before the start).
[[nodiscard]] std::optional<std::int64_t> drill_ms_at(std::optional<std::int64_t> started_at,
                                                      std::optional<std::int64_t> ended_at,
                                                      const std::vector<ReportPause>& pauses,
                                                      std::int64_t at_ms);
/// Wall time at which the drill clock reached `drill_ms` (nullopt: not reached).
[[nodiscard]] std::optional<std::int64_t> wall_at_drill_ms(std::optional<std::int64_t> started_at,
                                                           std::optional<std::int64_t> ended_at,
                                                           const std::vector<ReportPause>& pauses,
                                                           std::int64_t drill_ms);

/// The pure builder.
[[nodiscard]] Report build_report(const ReportInput& input);

/// Reads one drill's records (not_found: no such drill, or deleted).
[[nodiscard]] Result<ReportInput> gather_report_input(StoreReader& reader,
                                                      const std::string& drill_key,
                                                      std::int64_t now_ms);

enum class ReportFormat : std::uint8_t { json, csv, html };
[[nodiscard]] std::optional<ReportFormat> report_format_from_string(std::string_view text) noexcept;
[[nodiscard]] std::string_view content_type(ReportFormat format) noexcept;

[[nodiscard]] nlohmann::ordered_json report_to_json(const Report& report);
[[nodiscard]] std::string render_report_json(const Report& report);
/// RFC 4180: CRLF line ends, fields quoted when they hold `,` `"` CR or LF.
[[nodiscard]] std::string render_report_csv(const Report& report);
/// The language of the printable report's words (the app's languages). JSON
/// and CSV are data: their keys and headers stay English.
enum class ReportLanguage : std::uint8_t { en, es, vi };
/// "en", "es" or "vi", any case, with or without a region ("es-MX", "vi_VN").
[[nodiscard]] std::optional<ReportLanguage> report_language_from_string(std::string_view text) noexcept;
[[nodiscard]] std::string_view to_string(ReportLanguage language) noexcept;
/// The language an `Accept-Language` header (RFC 9110 §12.5.4) prefers among
/// ours: the highest q (1 when not given; q=0 is "not this"), the earlier on a
/// tie; English when it names none of ours or cannot be read.
[[nodiscard]] ReportLanguage report_language_from_accept(std::string_view header) noexcept;

/// One self-contained printable page with an inline SVG timeline, its words
/// in `language` (titles, names and notes as written).
[[nodiscard]] std::string render_report_html(const Report& report,
                                             ReportLanguage language = ReportLanguage::en);
[[nodiscard]] std::string render_report(const Report& report, ReportFormat format,
                                        ReportLanguage language = ReportLanguage::en);

/// `muster-server report`: reads the drill (by key, or by exact title) from a
/// data folder and renders it. Errors name `--drill` / `--title` / `--data`.
[[nodiscard]] Result<std::string> report_from_data(const std::string& data_dir,
                                                   const std::string& drill_key,
                                                   const std::string& title, ReportFormat format,
                                                   std::int64_t now_ms,
                                                   ReportLanguage language = ReportLanguage::en);

/// GET /v1/drills/{key}/report (handlers_report.cpp).
void register_report_routes(Router& router, Services& services);

}  // namespace muster::server
