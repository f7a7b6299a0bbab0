#pragma once
/// The audit log: who signed in, who failed, what admins changed, which
/// requests were denied for scope. One line per event in the request log's
/// `key=value` format (`time=… level=audit msg=<event> …`), appended to a
/// file of its own (mode 0600) so it can be kept longer and read apart from
/// the request log. Never holds passwords, tokens or task text.
///
/// Several processes may append to the same file (the server and the admin
/// CLI beside it): each line is one `write` with O_APPEND, so lines never
/// interleave.

#include <initializer_list>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include "muster/result.hpp"
#include "muster/server/log.hpp"

namespace muster::server {

class AuditLog {
public:
    /// A log that records nothing (tests of components that take one).
    AuditLog() = default;
    ~AuditLog();
    AuditLog(const AuditLog&) = delete;
    AuditLog& operator=(const AuditLog&) = delete;

    /// Opens (creates) `path` for appending; the error names the file.
    [[nodiscard]] static Result<std::unique_ptr<AuditLog>> open(const std::string& path);
    /// `<data_dir>/audit.log`.
    [[nodiscard]] static std::string default_path(const std::string& data_dir);

    /// Appends one event (thread-safe). A failing write is reported once on
    /// the request log; the request it audits is not failed for it.
    void record(std::string_view event, std::span<const log::Field> fields);
    void record(std::string_view event, std::initializer_list<log::Field> fields = {}) {
        record(event, std::span<const log::Field>(fields.begin(), fields.size()));
    }

private:
    int fd_ = -1;
    std::mutex mutex_;
    bool write_failed_ = false;
};

}  // namespace muster::server
