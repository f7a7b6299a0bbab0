#include "devicelistmodel.h"

#include <algorithm>

#include <QHash>
#include <QSet>

#include "muster/clock.hpp"
#include "muster/state.hpp"
#include "muster/store.hpp"
#include "scopedata.h"
#include "taskdata.h"

namespace muster::app {

DeviceListModel::DeviceListModel(QObject* parent) : QAbstractListModel(parent) {
    m_ticker.setInterval(30'000);
    connect(&m_ticker, &QTimer::timeout, this, &DeviceListModel::reload);
}

void DeviceListModel::setSession(AccountSession* session) {
    if (session == m_session) return;
    if (m_session) m_session->disconnect(this);
    m_session = session;
    if (m_session) {
        connect(m_session, &AccountSession::entitiesChanged, this, &DeviceListModel::applyTouched);
        connect(m_session, &AccountSession::openChanged, this, &DeviceListModel::reload);
        m_ticker.start();
    } else {
        m_ticker.stop();
    }
    reload();
    emit sessionChanged();
}

void DeviceListModel::setUnitKey(const QString& key) {
    if (key == m_unitKey) return;
    m_unitKey = key;
    reload();
    emit unitKeyChanged();
}

void DeviceListModel::setCommsDrillKey(const QString& key) {
    if (key == m_commsDrill) return;
    m_commsDrill = key;
    reload();
    emit commsDrillKeyChanged();
}

int DeviceListModel::answeredCount() const {
    return static_cast<int>(std::count_if(m_rows.begin(), m_rows.end(), [](const Row& r) { return r.answered; }));
}

int DeviceListModel::attentionCount() const {
    return static_cast<int>(
        std::count_if(m_rows.begin(), m_rows.end(), [](const Row& r) { return r.freshness != QLatin1String("current"); }));
}

int DeviceListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

QVariant DeviceListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
        case Qt::DisplayRole:
        case MemberNameRole: return row.memberName;
        case ReplicaIdRole: return row.replicaId;
        case UnitNameRole: return row.unitName;
        case LastSyncAtRole: return static_cast<double>(row.lastSyncAt);
        case PendingRole: return static_cast<double>(row.pending);
        case OldestPendingAtRole: return static_cast<double>(row.oldestPendingAt);
        case AppVersionRole: return row.appVersion;
        case FreshnessRole: return row.freshness;
        case AnsweredRole: return row.answered;
        case AnsweredAtRole: return static_cast<double>(row.answeredAt);
        case IsThisDeviceRole: return row.isThisDevice;
        default: return {};
    }
}

QHash<int, QByteArray> DeviceListModel::roleNames() const {
    return {{ReplicaIdRole, "replicaId"},       {MemberNameRole, "memberName"}, {UnitNameRole, "unitName"},
            {LastSyncAtRole, "lastSyncAt"},     {PendingRole, "pending"},
            {OldestPendingAtRole, "oldestPendingAt"}, {AppVersionRole, "appVersion"},
            {FreshnessRole, "freshness"},       {IsThisDeviceRole, "isThisDevice"},
            {AnsweredRole, "answered"},         {AnsweredAtRole, "answeredAt"}};
}

void DeviceListModel::reload() {
    const quint64 generation = ++m_generation;
    Store* store = m_session && m_session->isOpen() && isCoordinatorRole(m_session->role()) ? m_session->readStore()
                                                                                             : nullptr;
    if (!store) {
        setLoading(false);
        if (m_rows.empty()) return;
        beginResetModel();
        m_rows.clear();
        endResetModel();
        emit countChanged();
        return;
    }
    const Query query{m_session->unitKey(), m_unitKey, m_commsDrill, QString::fromStdString(store->replica_id()),
                      m_session->serverNowMs()};
    setLoading(true);
    m_session->backgroundReader()->run(this, [query, generation, this](Store& from) -> std::function<void()> {
        auto rows = std::make_shared<std::vector<Row>>(readRows(from, query));
        return [this, generation, rows] {
            if (generation != m_generation) return;  // a newer read is on its way
            beginResetModel();
            m_rows = std::move(*rows);
            endResetModel();
            setLoading(false);
            emit countChanged();
        };
    });
}

std::vector<DeviceListModel::Row> DeviceListModel::readRows(Store& store, const Query& query) {
    std::vector<Row> rows;
    const std::int64_t now = query.now;
    TaskContext context(store, now);
    const nlohmann::json& drill = context.drill(query.commsDrill);
    const std::int64_t checkAt = intField(drill, "comms_check_at", 0);
    // A comms check covers the drill's unit subtree (an unknown drill: no device).
    const QString unitKey = query.commsDrill.isEmpty() ? query.unitKey : stringField(drill, "unit");
    const DashboardScope scope = query.commsDrill.isEmpty() || !unitKey.isEmpty()
                                     ? DashboardScope::make(store, query.ownUnit, unitKey, {})
                                     : DashboardScope{};
    // Members once, by key (not one read per device).
    struct MemberInfo {
        QString unit;
        bool admin = false;
    };
    QHash<QString, MemberInfo> members;
    if (auto all = store.list(EntityType::member)) {
        for (const EntityState& state : *all) {
            const nlohmann::json values = plain_values(state);
            members.insert(QString::fromStdString(state.key),
                           {stringField(values, "unit"), stringField(values, "role") == QLatin1String("admin")});
        }
    }
    QSet<QString> withDevice;
    if (auto devices = store.list(EntityType::device)) {
        for (const EntityState& state : *devices) {
            const nlohmann::json values = plain_values(state);
            const QString member = stringField(values, "member");
            withDevice.insert(member);
            const QString unit = members.value(member).unit;
            if (!scope.units.contains(unit)) continue;
            Row row;
            row.replicaId = QString::fromStdString(state.key);
            row.isThisDevice = row.replicaId == query.thisReplica;
            row.memberName = context.memberName(member);
            row.unitName = context.unitName(unit);
            row.appVersion = stringField(values, "app_version");
            row.lastSyncAt = intField(values, "last_sync_at");
            row.pending = intField(values, "pending");
            row.oldestPendingAt = row.pending > 0 ? intField(values, "oldest_pending_ms") : 0;
            row.answered = checkAt > 0 && stringField(values, "comms_drill") == query.commsDrill &&
                           intField(values, "comms_check_at") == checkAt;
            row.answeredAt = row.answered ? intField(values, "comms_answered_at") : 0;
            if (row.lastSyncAt <= 0) {
                row.freshness = QStringLiteral("never");
                row.rank = 0;
            } else if (row.pending > 0) {
                row.freshness = QStringLiteral("unsent");
                row.rank = 1;
            } else if (now - row.lastSyncAt > staleAfterMs) {
                row.freshness = QStringLiteral("stale");
                row.rank = 2;
            } else {
                row.freshness = QStringLiteral("current");
                row.rank = 3;
            }
            rows.push_back(std::move(row));
        }
    }
    // A member of the scope whose app the server has never heard from
    // (never signed in, or a new phone that has not synced) is a row too:
    // "everyone answered" must not hide someone who cannot be reached.
    // Admins work from the server shell, not the app.
    for (auto m = members.cbegin(); m != members.cend(); ++m) {
        if (withDevice.contains(m.key()) || m->admin || !scope.units.contains(m->unit)) continue;
        Row row;
        row.memberName = context.memberName(m.key());
        row.unitName = context.unitName(m->unit);
        row.freshness = QStringLiteral("never");
        row.rank = 0;
        rows.push_back(std::move(row));
    }
    std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        if (a.rank != b.rank) return a.rank < b.rank;
        if (const int c = a.memberName.localeAwareCompare(b.memberName); c != 0) return c < 0;
        return a.replicaId < b.replicaId;
    });
    return rows;
}

void DeviceListModel::setLoading(bool loading) {
    if (loading == m_loading) return;
    m_loading = loading;
    emit loadingChanged();
}

void DeviceListModel::applyTouched(const TouchedEntities& touched) {
    if (!touched.devices.isEmpty() || !touched.members.isEmpty() || !touched.units.isEmpty() ||
        (!m_commsDrill.isEmpty() && touched.drills.contains(m_commsDrill))) {
        reload();
    }
}

}  // namespace muster::app
