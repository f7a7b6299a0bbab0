#include "newtaskcontroller.h"

#include "localwrite.h"
#include "muster/clock.hpp"
#include "muster/store.hpp"
#include "muster/state.hpp"
#include "scopedata.h"
#include "taskdata.h"

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

bool NewTaskController::validate(const QString& title, const QString& instructions, const QString& priority,
                                 const QString& assignee) {
    const QString name = title.trimmed();
    if (name.isEmpty()) {
        setErrorText(tr("Give the task a title."));
        return false;
    }
    if (name.toUtf8().size() > kMaxTitleBytes) {
        setErrorText(tr("The title is too long."));
        return false;
    }
    if (instructions.trimmed().toUtf8().size() > kMaxInstructionsBytes) {
        setErrorText(tr("The instructions are too long."));
        return false;
    }
    if (!hasUnit(m_unitKey)) {
        setErrorText(tr("Choose a unit for the task."));
        return false;
    }
    if (!assignee.isEmpty() && !hasMember(assignee)) {
        setErrorText(tr("The assignee must be a member of the chosen unit."));
        return false;
    }
    static const QStringList priorities{QStringLiteral("low"), QStringLiteral("normal"), QStringLiteral("high"),
                                        QStringLiteral("critical")};
    if (!priorities.contains(priority)) {
        setErrorText(tr("Choose a priority."));
        return false;
    }
    return true;
}

QString NewTaskController::create(const QString& title, const QString& instructions, const QString& priority,
                                  double dueAt, const QString& assignee) {
    if (!canCreate()) {
        setErrorText(tr("Only coordinators can create tasks."));
        return {};
    }
    if (!validate(title, instructions, priority, assignee)) return {};
    const QString name = title.trimmed();
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

void NewTaskController::setTaskKey(const QString& key) {
    if (key == m_taskKey) return;
    m_taskKey = key;
    setErrorText({});
    loadCurrent();
    emit taskKeyChanged();
}

void NewTaskController::loadCurrent() {
    m_current.clear();
    Store* store = m_session ? m_session->readStore() : nullptr;
    if (!store || m_taskKey.isEmpty()) return;
    auto task = store->get(EntityType::task, m_taskKey.toStdString());
    if (!task || !*task) return;
    const nlohmann::json values = plain_values(**task);
    m_current = QVariantMap{{QStringLiteral("title"), stringField(values, "title")},
                            {QStringLiteral("instructions"), stringField(values, "instructions")},
                            {QStringLiteral("priority"), stringField(values, "priority").isEmpty()
                                                             ? QStringLiteral("normal")
                                                             : stringField(values, "priority")},
                            {QStringLiteral("assignee"), stringField(values, "assignee")},
                            {QStringLiteral("unit"), stringField(values, "unit")},
                            {QStringLiteral("dueAt"), static_cast<double>(intField(values, "due_at"))}};
    // A drill's inject carries the EXERCISE banner on this page too.
    const QString drillKey = stringField(values, "drill");
    if (!drillKey.isEmpty()) {
        auto drill = store->get(EntityType::drill, drillKey.toStdString());
        m_current.insert(QStringLiteral("drill"), drillKey);
        m_current.insert(QStringLiteral("drillTitle"),
                         drill && *drill ? stringField(plain_values(**drill), "title") : QString());
        m_current.insert(QStringLiteral("inject"), static_cast<int>(intField(values, "inject", 0)));
    }
    setUnitKey(stringField(values, "unit"));
}

bool NewTaskController::update(const QString& title, const QString& instructions, const QString& priority,
                               double dueAt, const QString& assignee) {
    if (!canCreate() || m_current.isEmpty()) {
        setErrorText(tr("Only coordinators can change tasks, and only tasks this device holds."));
        return false;
    }
    if (!validate(title, instructions, priority, assignee)) return false;
    const auto was = [this](const char* name) { return m_current.value(QString::fromLatin1(name)); };
    nlohmann::json fields = nlohmann::json::object();
    const auto text = [&](const char* name, const QString& now, bool nullable) {
        if (now == was(name).toString()) return;
        fields[name] = now.isEmpty() && nullable ? nlohmann::json(nullptr) : nlohmann::json(now.toStdString());
    };
    text("title", title.trimmed(), false);
    text("instructions", instructions.trimmed(), true);
    text("priority", priority, false);
    text("unit", m_unitKey, false);
    text("assignee", assignee, true);
    if (dueAt >= 0 && static_cast<std::int64_t>(dueAt) != static_cast<std::int64_t>(was("dueAt").toDouble())) {
        fields["due_at"] = dueAt > 0 ? nlohmann::json(static_cast<std::int64_t>(dueAt)) : nlohmann::json(nullptr);
    }
    if (!fields.empty()) {
        auto ops = m_session->write({LocalWrite{OpKind::set, EntityType::task, m_taskKey.toStdString(), std::move(fields)}});
        if (!ops) {
            setErrorText(tr("Couldn't save on this device: %1").arg(QString::fromStdString(ops.error().message)));
            return false;
        }
        loadCurrent();
        emit taskKeyChanged();
    }
    setErrorText({});
    emit updated(m_taskKey);
    return true;
}

void NewTaskController::setErrorText(const QString& text) {
    if (text == m_errorText) return;
    m_errorText = text;
    emit errorTextChanged();
}

}  // namespace muster::app
