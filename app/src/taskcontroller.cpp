#include "taskcontroller.h"

#include "accountsession.h"
#include "localwrite.h"
#include "muster/clock.hpp"
#include "muster/state.hpp"
#include "scopedata.h"

namespace muster::app {

namespace {
struct ActionSpec {
    const char* action;
    const char* target;
    QStringList from;
    bool coordinatorOnly;
};

const std::vector<ActionSpec>& actionSpecs() {
    static const std::vector<ActionSpec> specs{
        {"acknowledge", "acknowledged", {QStringLiteral("open")}, false},
        {"start", "in_progress", {QStringLiteral("open"), QStringLiteral("acknowledged"), QStringLiteral("blocked")}, false},
        {"done", "done",
         {QStringLiteral("open"), QStringLiteral("acknowledged"), QStringLiteral("in_progress"), QStringLiteral("blocked")},
         false},
        {"block", "blocked", {QStringLiteral("open"), QStringLiteral("acknowledged"), QStringLiteral("in_progress")}, false},
        {"reopen", "open", {QStringLiteral("done"), QStringLiteral("cancelled"), QStringLiteral("blocked")}, true},
        // A task sent in error or no longer needed leaves members' lists (reopen undoes it).
        {"cancel", "cancelled",
         {QStringLiteral("open"), QStringLiteral("acknowledged"), QStringLiteral("in_progress"), QStringLiteral("blocked")},
         true},
    };
    return specs;
}

const ActionSpec* findAction(const QString& action) {
    for (const ActionSpec& spec : actionSpecs()) {
        if (action == QLatin1String(spec.action)) return &spec;
    }
    return nullptr;
}

}  // namespace

TaskController::TaskController(QObject* parent) : QObject(parent) {}

void TaskController::setSession(AccountSession* session) {
    if (session == m_session) return;
    if (m_session) m_session->disconnect(this);
    m_session = session;
    if (m_session) {
        connect(m_session, &AccountSession::entitiesChanged, this, &TaskController::applyTouched);
        connect(m_session, &AccountSession::openChanged, this, &TaskController::reload);
    }
    reload();
    emit sessionChanged();
}

void TaskController::setTaskKey(const QString& key) {
    if (key == m_taskKey) return;
    m_taskKey = key;
    setErrorText({});
    reload();
    emit taskKeyChanged();
}

void TaskController::reload() {
    Store* store = m_session ? m_session->readStore() : nullptr;
    m_row.reset();
    if (store && !m_taskKey.isEmpty()) {
        TaskContext context(*store, m_session->serverNowMs());
        m_row = context.load(m_taskKey.toStdString());
    }
    emit taskChanged();
    noteOpened();
}

void TaskController::setViewing(bool viewing) {
    if (viewing == m_viewing) return;
    m_viewing = viewing;
    noteOpened();
    emit viewingChanged();
}

void TaskController::noteOpened() {
    if (!m_viewing || !m_row || m_row->hidden || !m_session) return;
    m_session->markTaskSeen(m_taskKey, m_row->arrivedAt);
    if (m_openedNoted == m_taskKey || m_session->role() == QLatin1String("evaluator")) return;
    Store* store = m_session->readStore();
    if (!store) return;
    const std::string me = m_session->memberId().toStdString();
    auto logs = store->list(EntityType::log, {{"task", m_taskKey.toStdString()}});
    if (!logs) return;
    for (const EntityState& log : *logs) {
        const nlohmann::json values = plain_values(log);
        if (values.value("kind", std::string()) == "opened" && values.value("author", std::string()) == me) {
            m_openedNoted = m_taskKey;
            return;
        }
    }
    nlohmann::json fields = logFields({}, QStringLiteral("opened"));
    fields.erase("text");
    m_openedNoted = m_taskKey;  // before the write: its entitiesChanged reloads this controller
    if (!save({LocalWrite{OpKind::append, EntityType::log, newEntityKey(), std::move(fields)}})) m_openedNoted.clear();
}

QString TaskController::expectedAction() const {
    if (!m_row || !m_session) return {};
    const QString role = m_session->role();
    return isCoordinatorRole(role) || role == QLatin1String("evaluator") ? m_row->expectedAction : QString();
}

bool TaskController::canObserve() const {
    return m_row && m_session && m_session->role() == QLatin1String("evaluator") && m_row->isExercise() &&
           !m_row->hidden;
}

bool TaskController::addObservation(const QString& text, const QString& rating) {
    if (!canObserve()) {
        setErrorText(tr("Only an evaluator can add observations, on a released drill task."));
        return false;
    }
    static const QStringList ratings{QStringLiteral("P"), QStringLiteral("S"), QStringLiteral("M"), QStringLiteral("U")};
    if (!ratings.contains(rating)) {
        setErrorText(tr("Choose a rating."));
        return false;
    }
    if (text.trimmed().isEmpty()) {
        setErrorText(tr("Write what you observed."));
        return false;
    }
    nlohmann::json fields = logFields(text.trimmed(), QStringLiteral("observation"));
    fields["rating"] = rating.toStdString();
    return save({LocalWrite{OpKind::append, EntityType::log, newEntityKey(), std::move(fields)}});
}

void TaskController::applyTouched(const TouchedEntities& touched) {
    if (m_taskKey.isEmpty()) return;
    if (touched.tasks.contains(m_taskKey) || !touched.drills.isEmpty() || !touched.units.isEmpty()) reload();
}

bool TaskController::isCoordinator() const {
    return m_session && isCoordinatorRole(m_session->role());
}

bool TaskController::canChangeStatus() const {
    if (!m_row || !m_session) return false;
    if (isCoordinator()) return true;
    return m_session->role() == QLatin1String("member") && m_row->unitKey == m_session->unitKey();
}

bool TaskController::canEdit() const {
    return m_row && isCoordinator();
}

bool TaskController::canLog() const {
    return m_row && m_session && m_session->role() != QLatin1String("evaluator") && !m_row->hidden;
}

QStringList TaskController::availableActions() const {
    QStringList out;
    if (!canChangeStatus()) return out;
    for (const ActionSpec& spec : actionSpecs()) {
        if (spec.coordinatorOnly && !isCoordinator()) continue;
        if (spec.from.contains(m_row->status)) out << QLatin1String(spec.action);
    }
    return out;
}

bool TaskController::perform(const QString& action) {
    const ActionSpec* spec = findAction(action);
    if (!spec || action == QLatin1String("block") || !availableActions().contains(action)) {
        setErrorText(tr("This action is not available for this task."));
        return false;
    }
    return save({LocalWrite{OpKind::set, EntityType::task, m_taskKey.toStdString(), {{"status", spec->target}}}});
}

bool TaskController::block(const QString& reason) {
    if (!availableActions().contains(QStringLiteral("block"))) {
        setErrorText(tr("This action is not available for this task."));
        return false;
    }
    if (reason.trimmed().isEmpty()) {
        setErrorText(tr("Say what blocks the task."));
        return false;
    }
    return save({
        LocalWrite{OpKind::set, EntityType::task, m_taskKey.toStdString(), {{"status", "blocked"}}},
        LocalWrite{OpKind::append, EntityType::log, newEntityKey(), logFields(reason.trimmed(), QStringLiteral("status"))},
    });
}

bool TaskController::logAction(const QString& text, const QString& kind, const QVariantMap& location,
                               const QStringList& attachments) {
    if (!canLog()) {
        setErrorText(tr("You can't add to this task's log."));
        return false;
    }
    if (text.trimmed().isEmpty()) {
        setErrorText(tr("Write what you did."));
        return false;
    }
    if (kind != QLatin1String("action") && kind != QLatin1String("note")) {
        setErrorText(tr("This kind of log entry is not available."));
        return false;
    }
    nlohmann::json fields = logFields(text.trimmed(), kind);
    if (!location.isEmpty()) {
        nlohmann::json where{{"lat", location.value(QStringLiteral("lat")).toDouble()},
                             {"lon", location.value(QStringLiteral("lon")).toDouble()}};
        if (location.contains(QStringLiteral("accuracy_m"))) {
            where["accuracy_m"] = location.value(QStringLiteral("accuracy_m")).toDouble();
        }
        fields["location"] = where;
    }
    if (!attachments.isEmpty()) {
        nlohmann::json hashes = nlohmann::json::array();
        for (const QString& hash : attachments) hashes.push_back(hash.toStdString());
        fields["attachments"] = hashes;
    }
    return save({LocalWrite{OpKind::append, EntityType::log, newEntityKey(), std::move(fields)}});
}

nlohmann::json TaskController::logFields(const QString& text, const QString& kind) const {
    const std::int64_t now = m_session->serverNowMs();
    nlohmann::json fields{{"task", m_taskKey.toStdString()},
                          {"author", m_session->memberId().toStdString()},
                          {"kind", kind.toStdString()},
                          {"text", text.toStdString()},
                          {"at", now}};
    if (m_row && m_row->isExercise()) {
        if (Store* store = m_session->readStore()) {
            TaskContext context(*store, now);
            if (const auto clock = drillClockMs(context.drill(m_row->drillKey), now)) fields["drill_ms"] = *clock;
        }
    }
    return fields;
}

bool TaskController::save(const std::vector<LocalWrite>& writes) {
    const QString error = writeLocally(m_session, writes);
    setErrorText(error);
    return error.isEmpty();
}

void TaskController::setErrorText(const QString& text) {
    if (text == m_errorText) return;
    m_errorText = text;
    emit errorTextChanged();
}

}  // namespace muster::app
