// `muster-server report`: the after-action report of a drill in a data folder,
// found by key or by exact title. Errors name the option at fault.
#include "muster/server/report.hpp"
#include "muster/server/scope.hpp"

namespace muster::server {

Result<std::string> report_from_data(const std::string& data_dir, const std::string& drill_key,
                                     const std::string& title, ReportFormat format,
                                     std::int64_t now_ms, ReportLanguage language) {
    if (drill_key.empty() == title.empty()) {
        return Error{ErrorCode::bad_request, "--drill or --title: give exactly one of them"};
    }
    auto store = open_store(data_dir);
    if (!store) return store.error();
    Result<ReportInput> input =
        Error{ErrorCode::not_found, "--drill: no drill with this key in " + data_dir};
    auto read = (*store)->read([&](StoreReader& reader) {
        std::string key = drill_key;
        if (!title.empty()) {
            std::vector<std::string> matches;
            for (const auto& drill : reader.list("drill")) {
                if (stored_string(drill.fields, "title") == title) matches.push_back(drill.key);
            }
            if (matches.size() != 1) {
                input = Error{matches.empty() ? ErrorCode::not_found : ErrorCode::bad_request,
                              matches.empty() ? "--title: no drill has this title"
                                              : "--title: " + std::to_string(matches.size()) +
                                                    " drills have this title; use --drill KEY"};
                return;
            }
            key = matches.front();
        }
        input = gather_report_input(reader, key, now_ms);
        if (!input && drill_key.empty())
            input = Error{ErrorCode::not_found, "--title: no drill has this title"};
        else if (!input)
            input = Error{ErrorCode::not_found, "--drill: no drill with this key in " + data_dir};
    });
    if (!read) return read.error();
    if (!input) return input.error();
    return render_report(build_report(*input), format, language);
}

}  // namespace muster::server
