// Which database a data folder uses: its own SQLite file, or the database its
// `database.url` names (PostgreSQL, or SQLite elsewhere).
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <system_error>
#include <utility>

#include "muster/server/store.hpp"
#include "pg.hpp"

namespace muster::server {
namespace {

namespace fs = std::filesystem;

std::string describe(const DatabaseUrl& db) {
    return db.kind == DatabaseUrl::Kind::postgresql ? pg::redact(db.url) : "sqlite:" + db.sqlite_dir;
}

bool same(const DatabaseUrl& a, const DatabaseUrl& b) {
    if (a.kind != b.kind) return false;
    if (a.kind == DatabaseUrl::Kind::postgresql) return a.url == b.url;
    std::error_code ec;
    return fs::weakly_canonical(a.sqlite_dir, ec) == fs::weakly_canonical(b.sqlite_dir, ec);
}

/// Writes the folder's record of its database: owner-only from the start (it
/// may hold a password), and durable (fsync, rename, fsync of the folder) —
/// after `migrate`, a lost record would send the server back to the old file.
Status record_database(const std::string& data_dir, const DatabaseUrl& db) {
    const auto path = database_url_path(data_dir);
    const auto part = path + ".part";
    const auto failed = [&](const std::string& what) {
        return Error{ErrorCode::io_error, "--data: cannot write " + what + ": " + std::strerror(errno)};
    };
    const int fd = ::open(part.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) return failed(part);
    const std::string text = db.url + '\n';
    std::size_t done = 0;
    while (done < text.size()) {
        const auto n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            const auto error = failed(part);
            ::close(fd);
            return error;
        }
        done += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0) {
        const auto error = failed(part);
        ::close(fd);
        return error;
    }
    ::close(fd);
    if (::rename(part.c_str(), path.c_str()) != 0) return failed(path);
    const int dir = ::open(data_dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return {};
}

}  // namespace

Result<DataFolderLock> DataFolderLock::take(const std::string& data_dir, Mode mode) {
    const auto path = (fs::path(data_dir) / "serve.lock").string();
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        return Error{ErrorCode::io_error, "--data: cannot open " + path + ": " + std::strerror(errno)};
    }
    int rc = 0;
    do {
        rc = ::flock(fd, (mode == Mode::serve ? LOCK_SH : LOCK_EX) | LOCK_NB);
    } while (rc != 0 && errno == EINTR);
    if (rc == 0) return DataFolderLock(fd);
    const int error = errno;
    ::close(fd);
    if (error != EWOULDBLOCK) {
        return Error{ErrorCode::io_error, "--data: cannot lock " + path + ": " + std::strerror(error)};
    }
    if (mode == Mode::restore) {
        return Error{ErrorCode::bad_request, "--data: a muster-server is serving " + data_dir +
                                                 "; stop it first (restore replaces the database under it)"};
    }
    if (mode == Mode::migrate) {
        return Error{ErrorCode::bad_request, "--data: a muster-server is serving " + data_dir +
                                                 "; stop it first (its writes after the copy would be lost)"};
    }
    return Error{ErrorCode::bad_request, "--data: a restore or migration is changing " + data_dir +
                                             "; start the server when it has finished"};
}

DataFolderLock::DataFolderLock(DataFolderLock&& other) noexcept : fd_(std::exchange(other.fd_, -1)) {}

DataFolderLock& DataFolderLock::operator=(DataFolderLock&& other) noexcept {
    if (this != &other) {
        if (fd_ >= 0) ::close(fd_);
        fd_ = std::exchange(other.fd_, -1);
    }
    return *this;
}

DataFolderLock::~DataFolderLock() {
    if (fd_ >= 0) ::close(fd_);  // closing the last descriptor lets go of the lock
}

std::string database_url_path(const std::string& data_dir) { return (fs::path(data_dir) / "database.url").string(); }

Result<DatabaseUrl> parse_database_url(const std::string& text) {
    if (text.rfind("postgresql://", 0) == 0 || text.rfind("postgres://", 0) == 0) {
        return DatabaseUrl{DatabaseUrl::Kind::postgresql, {}, text};
    }
    if (text.rfind("sqlite:", 0) == 0 && text.size() > 7) {
        return DatabaseUrl{DatabaseUrl::Kind::sqlite, text.substr(7), text};
    }
    return Error{ErrorCode::bad_request,
                 "--db: expected sqlite:DIR or postgresql://USER@HOST:PORT/DATABASE, got '" + pg::redact(text) + "'"};
}

Status record_database_url(const std::string& data_dir, const std::string& url) {
    auto db = parse_database_url(url);
    if (!db) return Error{ErrorCode::bad_request, "--to: expected sqlite:DIR or postgresql://USER@HOST:PORT/DATABASE, got '" +
                                                      pg::redact(url) + "'"};
    return record_database(data_dir, *db);
}

Result<DatabaseUrl> resolve_database(const std::string& data_dir, const std::string& db) {
    std::optional<DatabaseUrl> recorded;
    std::ifstream file(database_url_path(data_dir));
    if (file) {
        std::string line;
        std::getline(file, line);
        auto parsed = parse_database_url(line);
        if (!parsed) {
            return Error{ErrorCode::bad_request, database_url_path(data_dir) + ": " + parsed.error().message};
        }
        recorded = *parsed;
    }
    if (db.empty()) {
        if (recorded) return *recorded;
        return DatabaseUrl{DatabaseUrl::Kind::sqlite, data_dir, "sqlite:" + data_dir};
    }
    auto wanted = parse_database_url(db);
    if (!wanted) return wanted.error();
    const DatabaseUrl own{DatabaseUrl::Kind::sqlite, data_dir, "sqlite:" + data_dir};
    const auto& current = recorded ? *recorded : own;
    if (same(current, *wanted)) return *wanted;
    const bool own_database_exists = !recorded && fs::exists(database_path(data_dir));
    if (recorded || own_database_exists) {
        return Error{ErrorCode::bad_request, "--db: the data folder " + data_dir + " uses " + describe(current) +
                                                 ", not " + describe(*wanted)};
    }
    // A folder with no database of its own takes the one named (another
    // instance's shared folder, or a fresh one for an existing database).
    std::error_code ec;
    fs::create_directories(data_dir, ec);
    if (ec) return Error{ErrorCode::io_error, "--data: cannot create " + data_dir + ": " + ec.message()};
    if (auto st = record_database(data_dir, *wanted); !st) return st.error();
    return *wanted;
}

Result<std::unique_ptr<ServerStore>> create_store(const std::string& data_dir, const std::string& db) {
    if (db.empty()) return create_sqlite_store(data_dir);
    auto wanted = parse_database_url(db);
    if (!wanted) return wanted.error();
    std::error_code ec;
    if (fs::exists(database_url_path(data_dir), ec) || fs::exists(database_path(data_dir), ec)) {
        return Error{ErrorCode::bad_request, "--data: " + data_dir + " already holds a database (" +
                                                 database_path(data_dir) + " or database.url); refusing to overwrite it"};
    }
    fs::create_directories(data_dir, ec);
    if (ec) return Error{ErrorCode::io_error, "--data: cannot create " + data_dir + ": " + ec.message()};
    auto store = wanted->kind == DatabaseUrl::Kind::postgresql ? create_pg_store(wanted->url)
                                                                : create_sqlite_store(wanted->sqlite_dir);
    if (!store) return store.error();
    if (wanted->kind == DatabaseUrl::Kind::postgresql || !same(*wanted, {DatabaseUrl::Kind::sqlite, data_dir, {}})) {
        if (auto st = record_database(data_dir, *wanted); !st) return st.error();
    }
    return store;
}

Result<std::unique_ptr<ServerStore>> open_store(const std::string& data_dir) {
    auto db = resolve_database(data_dir);
    if (!db) return db.error();
    if (db->kind == DatabaseUrl::Kind::postgresql) return open_pg_store(db->url);
    return open_sqlite_store(db->sqlite_dir);
}

}  // namespace muster::server
