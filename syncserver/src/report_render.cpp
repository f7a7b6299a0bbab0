// The after-action report as JSON (stable key order: the order written here)
// and CSV (one row per inject × unit, RFC 4180). Absent values are JSON null
// and empty CSV fields.
#include <string>

#include "muster/server/report.hpp"

namespace muster::server {
namespace {

using ojson = nlohmann::ordered_json;

ojson opt(const std::optional<std::int64_t>& value) {
    return value ? ojson(*value) : ojson(nullptr);
}

ojson stats_json(const DelayStats& s) {
    return ojson{{"count", s.count}, {"median_ms", opt(s.median)}, {"worst_ms", opt(s.worst)}};
}

std::string csv_field(const std::string& value) {
    if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
    std::string out = "\"";
    for (const char c : value) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + '"';
}

std::string csv_int(const std::optional<std::int64_t>& value) {
    return value ? std::to_string(*value) : std::string{};
}

}  // namespace

std::optional<ReportFormat> report_format_from_string(std::string_view text) noexcept {
    if (text == "json") return ReportFormat::json;
    if (text == "csv") return ReportFormat::csv;
    if (text == "html") return ReportFormat::html;
    return std::nullopt;
}

std::string_view content_type(ReportFormat format) noexcept {
    switch (format) {
        case ReportFormat::csv:
            return "text/csv; charset=utf-8; header=present";
        case ReportFormat::html:
            return "text/html; charset=utf-8";
        case ReportFormat::json:
            break;
    }
    return "application/json";
}

ojson report_to_json(const Report& r) {
    ojson units = ojson::array();
    for (const auto& u : r.units)
        units.push_back({{"key", u.key}, {"code", u.code}, {"name", u.name}});
    ojson participants = ojson::array();
    for (const auto& p : r.participants) {
        participants.push_back({{"key", p.key},
                                {"login", p.login},
                                {"name", p.name},
                                {"role", p.role},
                                {"unit", p.unit_code}});
    }
    ojson rows = ojson::array();
    for (const auto& row : r.rows) {
        rows.push_back({{"task", row.task},
                        {"inject", opt(row.inject)},
                        {"title", row.title},
                        {"unit", row.unit_code},
                        {"offset_ms", row.offset_ms},
                        {"deadline_ms", opt(row.deadline_ms)},
                        {"expected_action", row.expected_action},
                        {"status", row.status},
                        {"released_drill_ms", opt(row.released_drill_ms)},
                        {"released_at", opt(row.released_at)},
                        {"delivered_drill_ms", opt(row.delivered_drill_ms)},
                        {"delivered_at", opt(row.delivered_at)},
                        {"opened_drill_ms", opt(row.opened_drill_ms)},
                        {"opened_at", opt(row.opened_at)},
                        {"acknowledged_drill_ms", opt(row.acknowledged_drill_ms)},
                        {"acknowledged_at", opt(row.acknowledged_at)},
                        {"completed_drill_ms", opt(row.completed_drill_ms)},
                        {"completed_at", opt(row.completed_at)},
                        {"deliver_delay_ms", opt(row.deliver_delay_ms)},
                        {"open_delay_ms", opt(row.open_delay_ms)},
                        {"ack_delay_ms", opt(row.ack_delay_ms)},
                        {"done_delay_ms", opt(row.done_delay_ms)},
                        {"missed", row.missed},
                        {"ratings", row.ratings},
                        {"observations", row.observations}});
    }
    ojson missed = ojson::array();
    for (const auto& row : r.rows) {
        if (row.missed)
            missed.push_back({{"task", row.task},
                              {"inject", opt(row.inject)},
                              {"unit", row.unit_code},
                              {"expected_action", row.expected_action},
                              {"due_drill_ms", row.offset_ms + row.deadline_ms.value_or(0)}});
    }
    ojson observations = ojson::array();
    for (const auto& o : r.observations) {
        observations.push_back({{"task", o.task},
                                {"title", o.title},
                                {"author", o.author_name},
                                {"rating", o.rating},
                                {"text", o.text},
                                {"at", o.at},
                                {"drill_ms", opt(o.drill_ms)}});
    }
    ojson timeline = ojson::array();
    for (const auto& t : r.timeline) {
        timeline.push_back({{"drill_ms", opt(t.drill_ms)},
                            {"at", t.at},
                            {"task", t.task},
                            {"title", t.title},
                            {"author", t.author_name},
                            {"kind", t.kind},
                            {"text", t.text},
                            {"rating", t.rating}});
    }
    ojson summary = ojson::array();
    for (const auto& s : r.units_summary) {
        summary.push_back({{"unit", s.code},
                           {"name", s.name},
                           {"injects", s.injects},
                           {"acknowledged", s.acknowledged},
                           {"completed", s.completed},
                           {"missed", s.missed},
                           {"median_ack_ms", opt(s.median_ack_ms)},
                           {"median_done_ms", opt(s.median_done_ms)}});
    }
    ojson comms = nullptr;
    if (r.comms) {
        comms = {{"check_at", r.comms->check_at},
                 {"devices", r.comms->devices},
                 {"answered", r.comms->answered},
                 {"first_answered_at", opt(r.comms->first_answered_at)},
                 {"last_answered_at", opt(r.comms->last_answered_at)}};
    }
    return ojson{{"report", "after_action"},
                 {"overview",
                  {{"drill", r.drill},
                   {"title", r.title},
                   {"unit", r.unit_code},
                   {"state", r.state},
                   {"started_at", opt(r.started_at)},
                   {"ended_at", opt(r.ended_at)},
                   {"paused_total_ms", r.paused_total_ms},
                   {"duration_drill_ms", opt(r.duration_drill_ms)},
                   {"units", units},
                   {"participants", participants},
                   {"comms_check", comms}}},
                 {"injects", rows},
                 {"delays",
                  {{"deliver", stats_json(r.deliver)},
                   {"open", stats_json(r.open)},
                   {"acknowledge", stats_json(r.ack)},
                   {"complete", stats_json(r.done)}}},
                 {"missed", missed},
                 {"observations", observations},
                 {"timeline", timeline},
                 {"units", summary}};
}

std::string render_report_json(const Report& report) {
    return report_to_json(report).dump(2) + "\n";
}

std::string render_report_csv(const Report& r) {
    std::string out =
        "inject,title,unit,offset_ms,deadline_ms,status,released_drill_ms,released_at,"
        "delivered_drill_ms,delivered_at,opened_drill_ms,opened_at,acknowledged_drill_ms,"
        "acknowledged_at,completed_drill_ms,completed_at,deliver_delay_ms,open_delay_ms,"
        "ack_delay_ms,done_delay_ms,missed,ratings,observations\r\n";
    for (const auto& row : r.rows) {
        const std::string fields[] = {csv_int(row.inject),
                                      csv_field(row.title),
                                      csv_field(row.unit_code),
                                      std::to_string(row.offset_ms),
                                      csv_int(row.deadline_ms),
                                      csv_field(row.status),
                                      csv_int(row.released_drill_ms),
                                      csv_int(row.released_at),
                                      csv_int(row.delivered_drill_ms),
                                      csv_int(row.delivered_at),
                                      csv_int(row.opened_drill_ms),
                                      csv_int(row.opened_at),
                                      csv_int(row.acknowledged_drill_ms),
                                      csv_int(row.acknowledged_at),
                                      csv_int(row.completed_drill_ms),
                                      csv_int(row.completed_at),
                                      csv_int(row.deliver_delay_ms),
                                      csv_int(row.open_delay_ms),
                                      csv_int(row.ack_delay_ms),
                                      csv_int(row.done_delay_ms),
                                      row.missed ? "yes" : "no",
                                      csv_field(row.ratings),
                                      std::to_string(row.observations)};
        std::string line;
        for (const auto& f : fields) {
            if (!line.empty() || &f != &fields[0]) line += ',';
            line += f;
        }
        out += line + "\r\n";
    }
    return out;
}

std::string render_report(const Report& report, ReportFormat format, ReportLanguage language) {
    switch (format) {
        case ReportFormat::csv:
            return render_report_csv(report);
        case ReportFormat::html:
            return render_report_html(report, language);
        case ReportFormat::json:
            break;
    }
    return render_report_json(report);
}

}  // namespace muster::server
