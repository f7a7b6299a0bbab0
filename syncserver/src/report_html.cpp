// The after-action report as one self-contained HTML page: inline CSS (with
// print rules), an inline SVG timeline (drill time across, one row per unit),
// no scripts, no external resources. Times: wall in UTC, drill as h:mm:ss.
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <initializer_list>
#include <map>
#include <string>
#include <vector>

#include "muster/server/log.hpp"
#include "muster/server/report.hpp"
#include "muster/text.hpp"
#include "report_text.hpp"

namespace muster::server {
namespace {

std::string esc(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::string wall(const std::optional<std::int64_t>& ms) {
    return ms ? log::format_utc(*ms) : "–";
}

std::string hms(const std::optional<std::int64_t>& ms) {
    if (!ms) return "–";
    const auto total = *ms / 1000;
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%lld:%02lld:%02lld", static_cast<long long>(total / 3600),
                  static_cast<long long>(total / 60 % 60), static_cast<long long>(total % 60));
    return buffer;
}

/// The report's words in one language.
struct Words {
    ReportLanguage language;
    [[nodiscard]] std::string operator()(ReportWord word) const { return std::string(report_word(language, word)); }
    /// `word`'s template with its %1 … filled.
    [[nodiscard]] std::string operator()(ReportWord word, const std::vector<std::string>& args) const {
        return fill_placeholders(report_word(language, word), args);
    }
    [[nodiscard]] std::string value(const std::string& stored) const {
        return std::string(report_value(language, stored));
    }
};

std::string num(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", value);
    return buffer;
}

constexpr const char* kStyle = R"(
body{font:14px/1.4 system-ui,sans-serif;color:#111;margin:24px;max-width:1100px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:22px 0 6px;border-bottom:1px solid #999}
table{border-collapse:collapse;width:100%;margin:4px 0}th,td{border:1px solid #bbb;padding:3px 6px;text-align:left;vertical-align:top}
th{background:#eee}td.n{text-align:right;font-variant-numeric:tabular-nums}.missed{color:#b00020;font-weight:bold}
dl{display:grid;grid-template-columns:max-content auto;gap:2px 12px}dt{font-weight:bold}dd{margin:0}
svg{width:100%;height:auto;border:1px solid #bbb}.legend span{margin-right:14px}
small{color:#555}.note{margin:2px 0;color:#333}.scroll{overflow-x:auto}
@media print{body{margin:10mm;font-size:11px}h2{break-after:avoid}tr,svg{break-inside:avoid}th{background:#eee!important;-webkit-print-color-adjust:exact;print-color-adjust:exact}}
@media print{th,td{padding:2px 4px}.scroll{overflow:visible}}
@page{size:A4;margin:12mm}
)";

std::string chart(const Report& r, const Words& w) {
    std::int64_t end = std::max<std::int64_t>(r.duration_drill_ms.value_or(0), 1);
    for (const auto& row : r.rows) {
        end = std::max({end, row.offset_ms, row.acknowledged_drill_ms.value_or(0),
                        row.completed_drill_ms.value_or(0)});
    }
    std::map<std::string, int> lane;
    for (const auto& s : r.units_summary) lane.emplace(s.unit, static_cast<int>(lane.size()));
    const double left = 110, width = 860, top = 20, row_h = 34;
    const double height =
        top + row_h * static_cast<double>(std::max<std::size_t>(lane.size(), 1)) + 30;
    const auto x = [&](std::int64_t ms) {
        return left + width * static_cast<double>(ms) / static_cast<double>(end);
    };
    std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " +
                      num(left + width + 20) + " " + num(height) +
                      "\" role=\"img\" aria-label=\"" + esc(w(ReportWord::chart_label)) + "\">";
    for (const auto& s : r.units_summary) {
        const double y = top + row_h * lane[s.unit] + row_h / 2;
        svg += "<text x=\"4\" y=\"" + num(y + 4) + "\" font-size=\"12\">" + esc(s.code) + "</text>";
        svg += "<line x1=\"" + num(left) + "\" y1=\"" + num(y) + "\" x2=\"" + num(left + width) +
               "\" y2=\"" + num(y) + "\" stroke=\"#ccc\"/>";
    }
    const double axis = height - 24;
    svg += "<line x1=\"" + num(left) + "\" y1=\"" + num(axis) + "\" x2=\"" + num(left + width) +
           "\" y2=\"" + num(axis) + "\" stroke=\"#333\"/>";
    for (int i = 0; i <= 6; ++i) {
        const auto ms = end * i / 6;
        svg += "<text x=\"" + num(x(ms)) + "\" y=\"" + num(axis + 16) +
               "\" font-size=\"11\" text-anchor=\"middle\">" + hms(ms) + "</text>";
    }
    for (const auto& row : r.rows) {
        const double y = top + row_h * lane[row.unit] + row_h / 2;
        if (row.released_drill_ms) {
            const auto stop =
                row.completed_drill_ms ? row.completed_drill_ms : row.acknowledged_drill_ms;
            if (stop) {
                svg += "<line x1=\"" + num(x(*row.released_drill_ms)) + "\" y1=\"" + num(y) +
                       "\" x2=\"" + num(x(*stop)) + "\" y2=\"" + num(y) +
                       "\" stroke=\"#888\" stroke-width=\"3\"/>";
            }
            svg += "<circle cx=\"" + num(x(*row.released_drill_ms)) + "\" cy=\"" + num(y) +
                   "\" r=\"5\" fill=\"#fff\" stroke=\"" + (row.missed ? "#b00020" : "#1a56b0") +
                   "\" stroke-width=\"2\"><title>" +
                   esc(w(ReportWord::chart_released, {row.title, hms(row.released_drill_ms)})) +
                   "</title></circle>";
        }
        if (row.acknowledged_drill_ms) {
            const double ax = x(*row.acknowledged_drill_ms);
            svg += "<polygon points=\"" + num(ax) + "," + num(y - 6) + " " + num(ax + 6) + "," +
                   num(y + 5) + " " + num(ax - 6) + "," + num(y + 5) +
                   "\" fill=\"#e69f00\"><title>" +
                   esc(w(ReportWord::chart_acknowledged, {row.title, hms(row.acknowledged_drill_ms)})) +
                   "</title></polygon>";
        }
        if (row.completed_drill_ms) {
            svg += "<rect x=\"" + num(x(*row.completed_drill_ms) - 5) + "\" y=\"" + num(y - 5) +
                   "\" width=\"10\" height=\"10\" fill=\"#009e73\"><title>" +
                   esc(w(ReportWord::chart_done, {row.title, hms(row.completed_drill_ms)})) +
                   "</title></rect>";
        }
    }
    return svg + "</svg>";
}

}  // namespace

std::string render_report_html(const Report& r, ReportLanguage language) {
    using W = ReportWord;
    const Words w{language};
    // A table's header row: <th> per word.
    const auto head = [&w](std::initializer_list<W> words) {
        std::string row = "<thead><tr>";
        for (const W word : words) row += "<th>" + esc(w(word)) + "</th>";
        return row + "</tr></thead>";
    };
    const auto term = [&w](W word, const std::string& value) {
        return "<dt>" + esc(w(word)) + "</dt><dd>" + value + "</dd>";
    };
    const std::string heading = esc(w(W::heading, {r.title}));
    std::string h = "<!DOCTYPE html>\n<html lang=\"" + std::string(to_string(language)) +
                    "\"><head><meta charset=\"utf-8\"><title>" + heading + "</title><style>" +
                    kStyle + "</style></head><body>\n";
    h += "<h1>" + heading + "</h1>\n<dl>";
    h += term(W::unit, esc(r.unit_code)) + term(W::state, esc(w.value(r.state)));
    h += term(W::started, wall(r.started_at)) + term(W::ended, wall(r.ended_at));
    h += term(W::paused_total, hms(r.paused_total_ms)) + term(W::drill_time, hms(r.duration_drill_ms));
    std::string units;
    for (const auto& u : r.units)
        units += (units.empty() ? "" : ", ") + esc(u.code) + " (" + esc(u.name) + ")";
    h += term(W::units, units);
    if (r.comms) {
        std::string comms = esc(w(W::comms_answered, {wall(r.comms->check_at), std::to_string(r.comms->answered),
                                                      std::to_string(r.comms->devices)}));
        if (r.comms->first_answered_at) {
            comms += esc(w(W::comms_first_last,
                           {wall(r.comms->first_answered_at), wall(r.comms->last_answered_at)}));
        }
        h += term(W::comms_check, comms);
    }
    h += "</dl>\n";

    h += "<h2>" + esc(w(W::timeline)) + "</h2><p class=\"legend\"><span>○ " + esc(w(W::legend_released)) +
         "</span><span>▲ " + esc(w(W::legend_acknowledged)) + "</span><span>■ " + esc(w(W::legend_done)) +
         "</span><span class=\"missed\">○ " + esc(w(W::legend_missed)) + "</span></p>" + chart(r, w) + "\n";

    // Each milestone cell: its drill time, and below it the delay since the
    // release; the footer gives each delay's median and worst case. Ten
    // columns, so the table fits an A4 page.
    const auto milestone = [](const std::optional<std::int64_t>& at, const std::optional<std::int64_t>& delay) {
        std::string cell = "<td class=\"n\">" + hms(at);
        if (delay) cell += "<br><small>+" + hms(delay) + "</small>";
        return cell + "</td>";
    };
    const auto stats = [](const DelayStats& s) {
        return "<td class=\"n\"><small>+" + hms(s.median) + "<br>+" + hms(s.worst) + "</small></td>";
    };
    // The note's %1 is markup: escape the words around it, not the tag.
    const std::string note = fill_placeholders(
        esc(w(W::injects_note)), std::vector<std::string>{"<small>" + esc(w(W::delay_since_release)) + "</small>"});
    // Ten columns: on a narrow screen the table scrolls rather than being cut (print fits A4).
    h += "<h2>" + esc(w(W::injects)) + "</h2><p class=\"note\">" + note + "</p><div class=\"scroll\"><table>" +
         head({W::number, W::inject, W::unit, W::released, W::delivered, W::opened, W::acknowledged, W::done,
               W::missed, W::ratings}) +
         "<tbody>";
    for (const auto& row : r.rows) {
        h += "<tr><td class=\"n\">" + (row.inject ? std::to_string(*row.inject) : std::string{}) +
             "</td><td>" + esc(row.title) + "</td><td>" + esc(row.unit_code) +
             "</td><td class=\"n\">" + hms(row.released_drill_ms) + "</td>" +
             milestone(row.delivered_drill_ms, row.deliver_delay_ms) +
             milestone(row.opened_drill_ms, row.open_delay_ms) +
             milestone(row.acknowledged_drill_ms, row.ack_delay_ms) +
             milestone(row.completed_drill_ms, row.done_delay_ms) + "<td" +
             (row.missed ? " class=\"missed\">" + esc(w(W::yes)) : ">" + esc(w(W::no))) + "</td><td>" +
             esc(row.ratings) + "</td></tr>";
    }
    h += "</tbody><tfoot><tr><th colspan=\"4\">" + esc(w(W::delay_median)) + "<br>" + esc(w(W::delay_worst)) +
         "</th>" + stats(r.deliver) + stats(r.open) + stats(r.ack) + stats(r.done) +
         "<td colspan=\"2\"></td></tr></tfoot></table></div>\n";

    h += "<h2>" + esc(w(W::missed_actions)) + "</h2><ul>";
    bool any = false;
    for (const auto& row : r.rows) {
        if (!row.missed) continue;
        any = true;
        h += "<li class=\"missed\">" +
             esc(w(W::missed_item, {row.title, row.unit_code, row.expected_action,
                                    hms(row.offset_ms + row.deadline_ms.value_or(0))})) +
             "</li>";
    }
    h += (any ? std::string{} : "<li>" + esc(w(W::none)) + "</li>") + "</ul>\n";

    h += "<h2>" + esc(w(W::per_unit)) + "</h2><table>" +
         head({W::unit, W::injects, W::acknowledged, W::done, W::missed, W::median_to_ack, W::median_to_done}) +
         "<tbody>";
    for (const auto& s : r.units_summary) {
        h += "<tr><td>" + esc(s.code) + "</td><td class=\"n\">" + std::to_string(s.injects) +
             "</td><td class=\"n\">" + std::to_string(s.acknowledged) + "</td><td class=\"n\">" +
             std::to_string(s.completed) + "</td><td class=\"n\">" + std::to_string(s.missed) +
             "</td><td class=\"n\">" + hms(s.median_ack_ms) + "</td><td class=\"n\">" +
             hms(s.median_done_ms) + "</td></tr>";
    }
    h += "</tbody></table>\n";

    h += "<h2>" + esc(w(W::observations)) + "</h2><table>" +
         head({W::drill_time, W::inject, W::evaluator, W::rating, W::observation}) + "<tbody>";
    for (const auto& o : r.observations) {
        h += "<tr><td class=\"n\">" + hms(o.drill_ms) + "</td><td>" + esc(o.title) + "</td><td>" +
             esc(o.author_name) + "</td><td>" + esc(o.rating) + "</td><td>" + esc(o.text) +
             "</td></tr>";
    }
    h += "</tbody></table>\n";

    h += "<h2>" + esc(w(W::action_log)) + "</h2><table>" +
         head({W::drill_time, W::wall_time, W::author, W::kind, W::inject, W::text}) + "<tbody>";
    for (const auto& t : r.timeline) {
        h += "<tr><td class=\"n\">" + hms(t.drill_ms) + "</td><td>" + wall(t.at) + "</td><td>" +
             esc(t.author_name) + "</td><td>" + esc(w.value(t.kind)) + "</td><td>" + esc(t.title) +
             "</td><td>" + esc(t.text) + "</td></tr>";
    }
    h += "</tbody></table>\n";

    h += "<h2>" + esc(w(W::participants)) + "</h2><table>" + head({W::name, W::login, W::role, W::unit}) +
         "<tbody>";
    for (const auto& p : r.participants) {
        h += "<tr><td>" + esc(p.name) + "</td><td>" + esc(p.login) + "</td><td>" + esc(w.value(p.role)) +
             "</td><td>" + esc(p.unit_code) + "</td></tr>";
    }
    return h + "</tbody></table>\n</body></html>\n";
}

}  // namespace muster::server
