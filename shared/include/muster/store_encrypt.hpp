#pragma once
/// Moving an unencrypted store file (written before the app encrypted its
/// database) under a key. SQLCipher builds only (muster_core_cipher).

#include <string>

#include "muster/result.hpp"

namespace muster {

/// True when the file at `path` starts with plain SQLite's header
/// ("SQLite format 3"): an unencrypted database. False for a missing file.
[[nodiscard]] bool is_plain_sqlite_file(const std::string& path);

/// Encrypts the plain database at `path` under `key_hex` (64 lowercase hex
/// digits): exports it with `sqlcipher_export` to `<path>.encrypting`, keeps
/// its schema version, then replaces the file and removes its old -wal/-shm.
/// On failure the original file is untouched. `storage` errors; fails in a
/// build without SQLCipher.
Status encrypt_store_file(const std::string& path, const std::string& key_hex);

}  // namespace muster
