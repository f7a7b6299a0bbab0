#pragma once
/// `server_bench --table`: one row of issue 7's table, and the parts that measure them.

#include <string>
#include <vector>

#include "server_bench.hpp"

namespace muster::bench {

struct TableRow {
    std::string metric;
    std::string muster;    ///< Muster's figure, as printed
    std::string baseline;  ///< the baseline's figure measured in the same run ("-" when none)
    std::string ratio;     ///< "-" when none
    std::string target;
    /// "met", "not met", or why there is no figure ("not measured: …", "peer unavailable: …").
    std::string status;
    json data = json::object();  ///< raw numbers for the JSON file
    std::vector<std::string> notes;
};

/// A row that could not be measured: no figure, the reason as the status.
TableRow unmeasured(std::string metric, std::string target, std::string status);

TableRow merge_row(const Options& o);
TableRow ws_memory_row(const Options& o);
TableRow latency_row(const Options& o);
TableRow sim_row(const Options& o);
/// Cold pull and push against pouchdb-server + PouchDB (two rows).
std::vector<TableRow> pouch_rows(const Options& o);

}  // namespace muster::bench
