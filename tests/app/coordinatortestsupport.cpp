#include "coordinatortestsupport.h"

#include "muster/clock.hpp"
#include "muster/codec.hpp"
#include "muster/json.hpp"

namespace muster::test {

muster::Result<muster::Store> openAppStore(const QString& path, const muster::Clock& clock) {
    QString error;
    const auto key = muster::app::DeviceKeys::memoryFallback().databaseKey(path, /*create=*/true, &error);
    if (!key) return muster::Error{muster::ErrorCode::storage, error.toStdString()};
    return muster::app::openAccountStore(path, clock, *key);
}

FakeMusterServer::Response RecordingSync::answer(const FakeMusterServer::Request& request) {
    auto json = muster::parse_strict(request.body.toStdString());
    if (!json) return FakeMusterServer::error(400, "bad_json", "Bad JSON.");
    auto decoded = muster::decode_sync_request(*json);
    if (!decoded) return FakeMusterServer::error(400, "bad_request", "Bad sync request.");
    muster::SyncResponse response;
    for (const auto& op : decoded->request.ops) {
        if (refuse) {
            response.acks.push_back(muster::Ack{op.id, muster::AckStatus::rejected, refuse});
            ++refused;
            continue;
        }
        response.acks.push_back(muster::Ack{op.id, muster::AckStatus::applied, std::nullopt});
        ops.push_back(op);
    }
    for (auto& change : changes) {
        change.seq = ++cursor;
        response.changes.push_back(change);
    }
    changes.clear();
    response.cursor = std::to_string(cursor);
    response.server_time_ms = muster::SystemClock::instance().now_ms();
    return FakeMusterServer::json(200, QByteArray::fromStdString(muster::encode_sync_response(response).dump()));
}

void RecordingSync::install(FakeMusterServer& server) {
    server.setHandler("/v1/sync", [this](const FakeMusterServer::Request& request) { return answer(request); });
}

std::vector<muster::Op> RecordingSync::opsOn(muster::EntityType entity) const {
    std::vector<muster::Op> out;
    for (const auto& op : ops) {
        if (op.entity == entity) out.push_back(op);
    }
    return out;
}

bool CoordinatorAccount::open(FakeMusterServer* server, const QString& role, const muster::Clock* clock,
                              std::int64_t nowMs) {
    const muster::Clock& wall = clock ? *clock : muster::SystemClock::instance();
    const std::int64_t now = nowMs > 0 ? nowMs : wall.now_ms();
    session = std::make_unique<muster::app::AccountSession>();
    session->setClock(wall);
    session->setDataDir(dir.path());
    session->setSyncTiming(std::chrono::milliseconds(50), std::chrono::milliseconds(2000), false);
    const QString url = server ? server->url() + QLatin1Char('/')
                               : QStringLiteral("http://127.0.0.1:%1/").arg(closedPort());
    muster::app::AccountInfo info{url, QStringLiteral("a.okafor"), QString::fromStdString(keys.me),
                                  QStringLiteral("Ada Okafor"), role, QString::fromStdString(keys.unit)};
    {
        // The data arrived in an earlier session; this one starts from the file.
        auto store = openAppStore(muster::app::accountDatabasePath(dir.path(), QUrl(info.serverUrl), info.login), wall);
        if (!store || !seedSampleData(*store, now, keys)) return false;
    }
    return session->openAccount(info, QStringLiteral("tok-coord"));
}

}  // namespace muster::test
