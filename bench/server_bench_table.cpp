// server_bench --table: issue 7's benchmark table. Each row measures Muster and its baseline side
// by side in the same run and prints the ratio against the target; one Markdown table on stdout
// (and, with --write-results, bench/results/<date>.md and .json plus bench/results/latest.md).
// A row that cannot be measured says why ("not measured: …", "peer unavailable: …"): never a
// made-up figure.
#include <sys/stat.h>
#include <sys/utsname.h>

#include <cstdio>
#include <ctime>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "server_bench_table.hpp"

namespace muster::bench {
namespace {

bool skipped(const Options& o, const std::string& name) {
    return ("," + o.skip + ",").find("," + name + ",") != std::string::npos;
}

std::string first_line_with(const std::string& text, const std::string& key) {
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        if (line.rfind(key, 0) == 0) {
            const auto colon = line.find(':');
            auto value = colon == std::string::npos ? line : line.substr(colon + 1);
            value.erase(0, value.find_first_not_of(" \t"));
            return value;
        }
    }
    return {};
}

std::string load_average() {
    const auto text = test::read_file("/proc/loadavg");
    std::size_t end = 0;
    for (int fields = 0; fields < 3 && end != std::string::npos; ++fields) end = text.find(' ', end + 1);
    return text.substr(0, end);
}

json machine_facts() {
    utsname u{};
    uname(&u);
    const auto cpuinfo = test::read_file("/proc/cpuinfo");
    const auto meminfo = test::read_file("/proc/meminfo");
    const auto os = test::read_file("/etc/os-release");
    std::string pretty;
    const auto eq = os.find("PRETTY_NAME=");
    if (eq != std::string::npos) {
        pretty = os.substr(eq + 12, os.find('\n', eq) - eq - 12);
        if (!pretty.empty() && pretty.front() == '"') pretty = pretty.substr(1, pretty.size() - 2);
    }
    std::string commit = "unknown";
    struct stat st {};
    if (::stat("/usr/bin/git", &st) == 0) {  // run_process does not search PATH
        const auto git = test::run_process({"/usr/bin/git", "-C", BENCH_SOURCE_DIR, "rev-parse", "--short", "HEAD"},
                                           "", std::chrono::seconds(5), {});
        const auto dirty = test::run_process(
            {"/usr/bin/git", "-C", BENCH_SOURCE_DIR, "status", "--porcelain", "--untracked-files=no"}, "",
            std::chrono::seconds(5), {});
        if (git.exit_code == 0) commit = git.out.substr(0, git.out.find('\n'));
        if (dirty.exit_code == 0 && !dirty.out.empty()) commit += " (with uncommitted changes)";
    }
    return {{"cores", std::thread::hardware_concurrency()},
            {"cpu", first_line_with(cpuinfo, "model name")},
            {"memory", first_line_with(meminfo, "MemTotal")},
            {"kernel", std::string(u.sysname) + " " + u.release + " " + u.machine},
            {"os", pretty},
            {"commit", commit},
            {"server", test::kServerBinary}};
}

std::string utc_now(const char* format) {
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&now, &tm);
    char buf[64];
    std::strftime(buf, sizeof buf, format, &tm);
    return buf;
}

std::string cell(std::string text) {
    for (std::size_t at = text.find('|'); at != std::string::npos; at = text.find('|', at + 2)) text.replace(at, 1, "\\|");
    return text;
}

std::string markdown(const std::vector<TableRow>& rows, const json& facts, const std::string& when,
                     const std::string& load_start, const std::string& load_end, bool quick) {
    std::string out = "# Muster benchmark table (issue 7)\n\n";
    out += "- date: " + when + "\n";
    out += "- machine: " + facts["cores"].dump() + " cores, " + facts["cpu"].get<std::string>() + ", " +
           facts["memory"].get<std::string>() + " RAM, " + facts["os"].get<std::string>() + ", " +
           facts["kernel"].get<std::string>() + "\n";
    out += "- commit: " + facts["commit"].get<std::string>() + "\n";
    out += "- load average (1, 5, 15 min) at the start: " + load_start + "; at the end: " + load_end + "\n";
    if (quick) out += "- **--quick sizes: not the issue's sizes**\n";
    out += "\n| metric | Muster | baseline (same run) | ratio | target | result |\n|---|---|---|---|---|---|\n";
    for (const auto& r : rows) {
        out += "| " + cell(r.metric) + " | " + cell(r.muster) + " | " + cell(r.baseline) + " | " + cell(r.ratio) + " | " +
               cell(r.target) + " | " + cell(r.status) + " |\n";
    }
    out += "\n";
    for (const auto& r : rows)
        for (const auto& n : r.notes) out += "- " + n + "\n";
    return out;
}

void write_file(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out) die("cannot write " + path);
}

}  // namespace

int run_table(const Options& o) {
    g_die_throws = true;
    const std::string load_start = load_average();
    const std::string when = utc_now("%Y-%m-%dT%H:%M:%SZ");
    const auto start = Clock::now();
    std::vector<TableRow> rows;
    const auto run = [&](const char* name, const std::string& metric, const std::string& target, auto&& measure) {
        if (skipped(o, name)) {
            rows.push_back(unmeasured(metric, target, std::string("not measured: skipped (--skip ") + name + ")"));
            return;
        }
        std::fprintf(stderr, "server_bench --table: %s ...\n", name);
        const auto t0 = Clock::now();
        try {
            measure();
        } catch (const std::exception& e) {
            rows.push_back(unmeasured(metric, target, std::string("not measured: failed: ") + e.what()));
        }
        std::fprintf(stderr, "server_bench --table: %s took %.1f s\n", name, since(t0));
    };
    run("merge", "server durable merge throughput, batches of 500", ">= 0.5x", [&] { rows.push_back(merge_row(o)); });
    run("pouch", "cold pull of 100,000 tasks into a fresh device store", ">= 2x faster, <= 0.5x bytes", [&] {
        try {
            for (auto& r : pouch_rows(o)) rows.push_back(std::move(r));
        } catch (const std::exception& e) {
            rows.push_back(unmeasured("cold pull of 100,000 tasks into a fresh device store", ">= 2x faster, <= 0.5x bytes",
                                      std::string("not measured: failed: ") + e.what()));
            rows.push_back(unmeasured("push of 100,000 offline changes", ">= 2x faster",
                                      std::string("not measured: failed: ") + e.what()));
        }
    });
    if (skipped(o, "pouch"))
        rows.push_back(unmeasured("push of 100,000 offline changes", ">= 2x faster", "not measured: skipped (--skip pouch)"));
    run("latency", "change-to-coordinator latency p50 / p99", "p99 <= 2x", [&] { rows.push_back(latency_row(o)); });
    run("ws", "memory per idle authenticated WebSocket", "<= 2x", [&] { rows.push_back(ws_memory_row(o)); });
    run("sim", "muster-sim members, patchy: converge after heal", "<= 60 s", [&] { rows.push_back(sim_row(o)); });

    const auto facts = machine_facts();
    const std::string load_end = load_average();
    const auto text = markdown(rows, facts, when, load_start, load_end, o.quick);
    std::printf("%s", text.c_str());
    std::fprintf(stderr, "server_bench --table: %.0f s in all\n", since(start));
    if (o.write_results) {
        const std::string dir = o.results_dir.empty() ? std::string(BENCH_RESULTS_DIR) : o.results_dir;
        ::mkdir(dir.c_str(), 0755);
        json j = {{"date", when}, {"machine", facts}, {"load_average", {{"start", load_start}, {"end", load_end}}},
                  {"quick", o.quick}, {"rows", json::array()}};
        for (const auto& r : rows) {
            j["rows"].push_back({{"metric", r.metric}, {"muster", r.muster}, {"baseline", r.baseline}, {"ratio", r.ratio},
                                 {"target", r.target}, {"result", r.status}, {"data", r.data}, {"notes", r.notes}});
        }
        const std::string stem = dir + "/" + utc_now("%Y-%m-%d");
        write_file(stem + ".md", text);
        write_file(stem + ".json", j.dump(2) + "\n");
        write_file(dir + "/latest.md", text);
        std::fprintf(stderr, "server_bench --table: wrote %s.md, %s.json and %s/latest.md\n", stem.c_str(), stem.c_str(),
                     dir.c_str());
    }
    return 0;
}

}  // namespace muster::bench
