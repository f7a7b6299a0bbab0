#include "report.hpp"

#include <algorithm>
#include <cstdio>

namespace muster::sim {
namespace {

constexpr std::size_t kKeptFailures = 20;

std::string seconds(double s) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f s", s);
    return buf;
}

}  // namespace

void Check::fail(std::string what) {
    ++failure_count;
    if (failures.size() < kKeptFailures) failures.push_back(std::move(what));
}

bool Report::clean() const {
    return std::all_of(checks.begin(), checks.end(), [](const Check& c) { return c.passed(); });
}

void print_text(std::ostream& out, const Report& r) {
    out << "muster-sim: " << r.members << " members, " << r.tasks << " injects, " << r.duration_s << " s drill, faults "
        << to_string(r.faults) << ", server killed " << r.kills_done << "/" << r.kills_planned << " times, seed "
        << r.seed << "\n";
    for (const auto& p : r.partitions) out << "  partition: " << p << "\n";
    const auto& p = r.proxy;
    out << "  network: " << p.requests << " requests; " << p.forwarded << " passed, " << p.resets << " reset, "
        << p.hangs << " hung, " << p.cuts << " cut after commit, " << p.partitioned << " partitioned, "
        << p.server_down << " server down; " << p.bytes_up / 1024 << " KiB up, " << p.bytes_down / 1024
        << " KiB down\n";
    out << "  syncs: " << r.syncs << " (" << r.failed_syncs << " failed and retried); " << r.pages_sent_ahead
        << " pages asked for while the one before was stored\n";
    out << "  ops: " << r.ops_made << " made, " << r.ops_on_server << " on the server; acks seen " << r.acks_applied
        << " applied, " << r.acks_duplicate << " duplicate, " << r.acks_rejected << " rejected\n";
    out << "  conflicts: " << r.conflicts_recorded << " recorded, " << r.conflicts_expected
        << " expected from the server's op log\n";
    out << "  time: setup " << seconds(r.setup_s) << ", drill " << seconds(r.drill_s) << ", heal to convergence "
        << (r.converged_after_s ? seconds(*r.converged_after_s) : std::string("never")) << " (" << r.converge_passes
        << " passes), checks " << seconds(r.check_s) << "\n";
    out << "  op history digest: " << r.history_digest << "\n";
    if (!r.tamper.empty()) out << "  checker self-test: tampered with " << r.tamper << "\n";
    for (const auto& c : r.checks) {
        out << (c.passed() ? "  ok    " : "  FAIL  ") << c.name << ": " << c.summary << "\n";
        for (const auto& f : c.failures) out << "          - " << f << "\n";
        if (c.failure_count > c.failures.size()) {
            out << "          - … and " << c.failure_count - c.failures.size() << " more\n";
        }
    }
    if (r.clean()) {
        out << "verdict: CLEAN (seed " << r.seed << ")\n";
    } else {
        out << "verdict: VIOLATIONS — replay with: " << r.replay << "\n";
    }
}

nlohmann::json to_json(const Report& r) {
    nlohmann::json checks = nlohmann::json::array();
    for (const auto& c : r.checks) {
        checks.push_back({{"name", c.name},
                          {"passed", c.passed()},
                          {"summary", c.summary},
                          {"failure_count", c.failure_count},
                          {"failures", c.failures}});
    }
    const auto& p = r.proxy;
    return {
        {"verdict", r.clean() ? "clean" : "violations"},
        {"seed", r.seed},
        {"replay", r.replay},
        {"members", r.members},
        {"injects", r.tasks},
        {"duration_s", r.duration_s},
        {"faults", std::string(to_string(r.faults))},
        {"server_kills", {{"planned", r.kills_planned}, {"done", r.kills_done}}},
        {"threads", r.threads},
        {"partitions", r.partitions},
        {"timings_s",
         {{"setup", r.setup_s},
          {"drill", r.drill_s},
          {"heal_to_convergence", r.converged_after_s ? nlohmann::json(*r.converged_after_s) : nlohmann::json()},
          {"checks", r.check_s}}},
        {"converge_passes", r.converge_passes},
        {"network",
         {{"requests", p.requests},
          {"forwarded", p.forwarded},
          {"resets", p.resets},
          {"hangs", p.hangs},
          {"cuts_after_commit", p.cuts},
          {"partitioned", p.partitioned},
          {"server_down", p.server_down},
          {"bytes_up", p.bytes_up},
          {"bytes_down", p.bytes_down}}},
        {"syncs", {{"total", r.syncs}, {"failed", r.failed_syncs}, {"pages_sent_ahead", r.pages_sent_ahead}}},
        {"ops",
         {{"made", r.ops_made},
          {"on_server", r.ops_on_server},
          {"acks_applied", r.acks_applied},
          {"acks_duplicate", r.acks_duplicate},
          {"acks_rejected", r.acks_rejected}}},
        {"conflicts", {{"expected", r.conflicts_expected}, {"recorded", r.conflicts_recorded}}},
        {"history_digest", r.history_digest},
        {"tamper", r.tamper.empty() ? nlohmann::json() : nlohmann::json(r.tamper)},
        {"checks", checks},
    };
}

}  // namespace muster::sim
