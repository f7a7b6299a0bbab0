// Encrypting an existing plain store file in place (see store_encrypt.hpp).
#include "muster/store_encrypt.hpp"

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "sqlite.hpp"

namespace muster {

bool is_plain_sqlite_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    char header[16] = {};
    if (!in.read(header, sizeof header)) return false;
    return std::memcmp(header, "SQLite format 3\0", sizeof header) == 0;
}

Status encrypt_store_file(const std::string& path, const std::string& key_hex) {
    if (!sql::Db::encryption_available()) {
        return Error{ErrorCode::storage, "this build cannot encrypt databases (no SQLCipher)"};
    }
    if (!is_plain_sqlite_file(path)) return Error{ErrorCode::storage, path + " is not a plain SQLite database"};
    const std::string target = path + ".encrypting";
    std::error_code ignored;
    std::filesystem::remove(target, ignored);
    {
        auto plain = sql::Db::open(path);
        if (!plain) return plain.error();
        auto version = plain->query_int("PRAGMA user_version");
        if (!version) return version.error();
        // Attach the new file under the key (bound: no key or path in the SQL text).
        auto attach = plain->prepare("ATTACH DATABASE ?1 AS encrypted KEY ?2");
        if (!attach) return attach.error();
        const std::string key = "x'" + key_hex + "'";
        if (auto s = attach->bind(1, std::string_view(target)).bind(2, std::string_view(key)).run(); !s) return s;
        auto exported = plain->query_int("SELECT count(sqlcipher_export('encrypted'))");
        Status done = exported ? plain->exec("PRAGMA encrypted.user_version = " +  // sql-ok: an integer
                                             std::to_string(*version))
                               : Status(exported.error());
        (void)plain->exec("DETACH DATABASE encrypted");
        if (!done) {
            std::filesystem::remove(target, ignored);
            return Error{ErrorCode::storage, "encrypting the database failed: " + done.error().message};
        }
    }
    // The plain file's connection is closed (its WAL checkpointed into it and
    // already exported): the encrypted copy replaces it, then the old WAL and
    // shared-memory files go, so no plain page stays behind.
    std::filesystem::rename(target, path, ignored);
    if (ignored) {
        std::filesystem::remove(target, ignored);
        return Error{ErrorCode::storage, "can't replace " + path + " by its encrypted copy"};
    }
    std::filesystem::remove(path + "-wal", ignored);
    std::filesystem::remove(path + "-shm", ignored);
    return {};
}

}  // namespace muster
