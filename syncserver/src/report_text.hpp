#pragma once
// The words of the printable (HTML) after-action report in each language the
// app speaks (report_text.cpp). Data — titles, names, notes, codes — stays as
// written; times are numbers. Templates use %1 … %9 (muster/text.hpp).

#include <string_view>

#include "muster/server/report.hpp"

namespace muster::server {

enum class ReportWord : std::uint8_t {
    heading,  ///< "After-action report: %1" (the drill's title)
    unit, state, started, ended, paused_total, drill_time, units, comms_check,
    comms_answered,    ///< "asked %1; answered by %2 of %3 devices"
    comms_first_last,  ///< " (first %1, last %2)"
    timeline, legend_released, legend_acknowledged, legend_done, legend_missed,
    chart_label,  ///< the timeline's description for screen readers
    chart_released, chart_acknowledged, chart_done,  ///< "%1 released %2": title, drill time
    injects,
    injects_note,         ///< "Drill times; below each, %1."
    delay_since_release,  ///< "+the delay since the release"
    number, inject, released, delivered, opened, acknowledged, done, missed, ratings, yes, no,
    delay_median, delay_worst,
    missed_actions,
    missed_item,  ///< "%1 (%2): %3, due %4": title, unit, expected action, drill time
    none,
    per_unit, median_to_ack, median_to_done,
    observations, evaluator, rating, observation,
    action_log, wall_time, author, kind, text,
    participants, name, login, role,
    // Stored values in words: drill states, log kinds, roles.
    value_planned, value_running, value_paused, value_ended,
    value_action, value_note, value_status, value_observation, value_opened,
    value_member, value_coordinator, value_evaluator, value_admin,
    count_  ///< not a word: how many there are
};

/// `word` in `language`; every language has every word (tested).
[[nodiscard]] std::string_view report_word(ReportLanguage language, ReportWord word) noexcept;

/// A stored drill state, log kind or role in `language`; anything else as stored.
[[nodiscard]] std::string_view report_value(ReportLanguage language, std::string_view value) noexcept;

}  // namespace muster::server
