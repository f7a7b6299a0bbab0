#pragma once
/// Shared by the coordinator screens' tests: an AccountSession on a real
/// SQLite file seeded with the sample data, and a fake /v1/sync that records
/// every op it receives and answers with queued changes.

#include <memory>
#include <vector>

#include <QTemporaryDir>

#include "accountsession.h"
#include "fakemusterserver.h"
#include "muster/op.hpp"
#include "sampledata.h"

namespace muster::test {

/// Opens (creating) the account store at `path` as the app does with no
/// DeviceKeys set: encrypted under a key kept in this process's memory
/// (DeviceKeys::memoryFallback), so an AccountSession opens it afterwards.
[[nodiscard]] muster::Result<muster::Store> openAppStore(const QString& path, const muster::Clock& clock);

/// A fake server's /v1/sync: acks every op `applied`, keeps them in `ops`,
/// and sends `changes` (then forgets them) with the next answer.
struct RecordingSync {
    std::vector<muster::Op> ops;
    std::vector<muster::Change> changes;
    std::int64_t cursor = 100;
    /// When set, every op is acked `rejected` with this error (and counted in `refused`, not kept in `ops`).
    std::optional<muster::Error> refuse;
    int refused = 0;

    FakeMusterServer::Response answer(const FakeMusterServer::Request& request);
    /// Installs `answer` on `server` (this must outlive it).
    void install(FakeMusterServer& server);
    /// The received ops on `entity`.
    [[nodiscard]] std::vector<muster::Op> opsOn(muster::EntityType entity) const;
};

/// A coordinator's (or `role`'s) open account over the sample data, synced by
/// a real SyncWorker against `server` (nullptr: an unreachable server — offline).
struct CoordinatorAccount {
    QTemporaryDir dir;
    SampleKeys keys;
    std::unique_ptr<muster::app::AccountSession> session;

    bool open(FakeMusterServer* server, const QString& role = QStringLiteral("coordinator"),
              const muster::Clock* clock = nullptr, std::int64_t nowMs = 0);
};

}  // namespace muster::test
