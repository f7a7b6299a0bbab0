#include "newtaskcontroller.h"

#include "localwrite.h"
#include "muster/clock.hpp"
#include "muster/store.hpp"
#include "scopedata.h"

namespace muster::app {

namespace {
constexpr qsizetype kMaxTitleBytes = 200;
constexpr qsizetype kMaxInstructionsBytes = 10000;
}  // namespace

NewTaskController::NewTaskController(QObject* parent) : QObject(parent) {}

void NewTaskController::setSession(AccountSession* session) {
    if (session == m_session) return;
    if (m_session) m_session->disconnect(this);
    m_session = session;
    if (m_session) {
        connect(m_session, &AccountSession::entitiesChanged, this, &NewTaskController::applyTouched);
        connect(m_session, &AccountSession::openChanged, this, &NewTaskController::reload);
    }
    reload();
    emit sessionChanged();
}

bool NewTaskController::canCreate() const {
    return m_session && m_session->isOpen() && isCoordinatorRole(m_session->role()) && !m_units.isEmpty();
}

void NewTaskController::setUnitKey(const QString& key) {
    if (key == m_unitKey) return;
    m_unitKey = key;
    reloadMembers();
    emit unitKeyChanged();
    emit optionsChanged();
}

void NewTaskController::reload() {
    m_units.clear();
    Store* store = m_session ? m_session->readStore() : nullptr;
    if (store) {
        for (const UnitEntry& unit : writableUnits(*store, m_session->role(), m_session->unitKey())) {
            m_units << QVariantMap{{QStringLiteral("key"), unit.key},
                                   {QStringLiteral("name"), unit.name},
                                   {QStringLiteral("depth"), unit.depth}};
        }
    }
    if (!hasUnit(m_unitKey)) {
        const QString own = m_session ? m_session->unitKey() : QString();
        m_unitKey = hasUnit(own) ? own
                    : m_units.isEmpty() ? QString()
                                        : m_units.constFirst().toMap().value(QStringLiteral("key")).toString();
        emit unitKeyChanged();
    }
    reloadMembers();
    emit optionsChanged();
}

void NewTaskController::reloadMembers() {
    m_members.clear();
    Store* store = m_session ? m_session->readStore() : nullptr;
    if (!store) return;
    for (const MemberEntry& member : unitMembers(*store, m_unitKey)) {
        m_members << QVariantMap{{QStringLiteral("key"), member.key}, {QStringLiteral("name"), member.name}};
    }
}

void NewTaskController::applyTouched(const TouchedEntities& touched) {
    if (!touched.units.isEmpty() || !touched.members.isEmpty()) reload();
}

bool NewTaskController::hasUnit(const QString& key) const {
    if (key.isEmpty()) return false;
    for (const QVariant& unit : m_units) {
        if (unit.toMap().value(QStringLiteral("key")).toString() == key) return true;
    }
    return false;
}

bool NewTaskController::hasMember(const QString& key) const {
    for (const QVariant& member : m_members) {
        if (member.toMap().value(QStringLiteral("key")).toString() == key) return true;
    }
    return false;
}

double NewTaskController::dueAtIn(int minutes) const {
    const std::int64_t now = m_session ? m_session->serverNowMs() : SystemClock::instance().now_ms();
    return static_cast<double>(now + static_cast<std::int64_t>(minutes) * 60'000);
}

QString NewTaskController::create(const QString& title, const QString& instructions, const QString& priority,
                                  double dueAt, const QString& assignee) {
    if (!canCreate()) {
        setErrorText(tr("Only coordinators can create tasks."));
        return {};
    }
    const QString name = title.trimmed();
    if (name.isEmpty()) {
        setErrorText(tr("Give the task a title."));
        return {};
    }
    if (name.toUtf8().size() > kMaxTitleBytes) {
        setErrorText(tr("The title is too long."));
        return {};
    }
    if (instructions.trimmed().toUtf8().size() > kMaxInstructionsBytes) {
        setErrorText(tr("The instructions are too long."));
        return {};
    }
    if (!hasUnit(m_unitKey)) {
        setErrorText(tr("Choose a unit for the task."));
        return {};
    }
    if (!assignee.isEmpty() && !hasMember(assignee)) {
        setErrorText(tr("The assignee must be a member of the chosen unit."));
        return {};
    }
    static const QStringList priorities{QStringLiteral("low"), QStringLiteral("normal"), QStringLiteral("high"),
                                        QStringLiteral("critical")};
    if (!priorities.contains(priority)) {
        setErrorText(tr("Choose a priority."));
        return {};
    }
    nlohmann::json fields{{"title", name.toStdString()},
                          {"unit", m_unitKey.toStdString()},
                          {"priority", priority.toStdString()},
                          {"status", "open"}};
    if (!instructions.trimmed().isEmpty()) fields["instructions"] = instructions.trimmed().toStdString();
    if (!assignee.isEmpty()) fields["assignee"] = assignee.toStdString();
    if (dueAt > 0) fields["due_at"] = static_cast<std::int64_t>(dueAt);
    const QString key = QString::fromStdString(newEntityKey());
    auto ops = m_session->write({LocalWrite{OpKind::set, EntityType::task, key.toStdString(), std::move(fields)}});
    if (!ops) {
        setErrorText(tr("Couldn't save on this device: %1").arg(QString::fromStdString(ops.error().message)));
        return {};
    }
    setErrorText({});
    emit created(key);
    return key;
}

void NewTaskController::setErrorText(const QString& text) {
    if (text == m_errorText) return;
    m_errorText = text;
    emit errorTextChanged();
}

}  // namespace muster::app
