#include "muster/server/audit.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace muster::server {

AuditLog::~AuditLog() {
    if (fd_ >= 0) ::close(fd_);
}

Result<std::unique_ptr<AuditLog>> AuditLog::open(const std::string& path) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        return Error{ErrorCode::io_error, "--audit-log: cannot open '" + path + "': " + std::strerror(errno)};
    }
    auto audit = std::make_unique<AuditLog>();
    audit->fd_ = fd;
    return audit;
}

std::string AuditLog::default_path(const std::string& data_dir) {
    return (std::filesystem::path(data_dir) / "audit.log").string();
}

void AuditLog::record(std::string_view event, std::span<const log::Field> fields) {
    if (fd_ < 0) return;
    const std::string line = log::format_line("audit", event, fields);
    std::lock_guard lock(mutex_);
    std::size_t written = 0;
    while (written < line.size()) {
        const ssize_t n = ::write(fd_, line.data() + written, line.size() - written);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            if (!write_failed_) log::error("audit log write failed", {{"error", std::strerror(errno)}});
            write_failed_ = true;
            return;
        }
        written += static_cast<std::size_t>(n);
    }
}

}  // namespace muster::server
