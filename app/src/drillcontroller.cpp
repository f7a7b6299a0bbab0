#include "drillcontroller.h"

#include <algorithm>
#include <tuple>
#include <utility>

#include <QUuid>

#include "drilldata.h"
#include "localwrite.h"
#include "muster/clock.hpp"
#include "muster/state.hpp"
#include "muster/store.hpp"
#include "scopedata.h"
#include "taskdata.h"

namespace muster::app {

namespace {
constexpr qsizetype kMaxTitleBytes = 200;
constexpr qsizetype kMaxInstructionsBytes = 10000;

/// `text` cut to at most `maxBytes` of UTF-8, at a character boundary.
QString truncatedUtf8(QString text, qsizetype maxBytes) {
    while (text.toUtf8().size() > maxBytes) text.chop(1);
    return text;
}

/// The key of the follow-up of inject `original`: derived from the original's
/// key (a name-based UUID), the same on every device and after a restart. So
/// a follow-up already sent is found in the store, and a second one (a double
/// tap, a coordinator coming back later, two coordinators offline) can never
/// be a new task.
std::string followUpKey(const QString& original) {
    static const QUuid kNamespace(QStringLiteral("{6f1c3a52-9e0d-4b7a-8c21-5d3e4f6a7b80}"));
    return QUuid::createUuidV5(kNamespace, original.toUtf8()).toString(QUuid::WithoutBraces).toStdString();
}

/// Whether a follow-up of `original` exists in `store` (also when deleted since).
bool followUpSent(Store& store, const QString& original) {
    const auto state = store.get_raw(EntityType::task, followUpKey(original));
    return !state || state->has_value();  // unreadable: say sent, never risk a duplicate
}
}  // namespace

DrillController::DrillController(QObject* parent) : QObject(parent) {
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &DrillController::tick);
}

void DrillController::setSession(AccountSession* session) {
    if (session == m_session) return;
    if (m_session) m_session->disconnect(this);
    m_session = session;
    if (m_session) {
        connect(m_session, &AccountSession::entitiesChanged, this, &DrillController::applyTouched);
        connect(m_session, &AccountSession::openChanged, this, &DrillController::reload);
    }
    reload();
    emit sessionChanged();
}

void DrillController::setDrillKey(const QString& key) {
    if (key == m_drillKey) return;
    m_drillKey = key;
    setErrorText({});
    reloadDrill();
    emit drillKeyChanged();
}

void DrillController::setActive(bool active) {
    if (active == m_active) return;
    m_active = active;
    if (m_active && m_stale) reload();
    if (m_active && m_session) {
        tick();
        m_ticker.start();
    } else {
        m_ticker.stop();
    }
    emit activeChanged();
}

bool DrillController::available() const {
    return m_session && m_session->isOpen() &&
           (isCoordinatorRole(m_session->role()) || m_session->role() == QLatin1String("evaluator"));
}

bool DrillController::canManage() const {
    return available() && isCoordinatorRole(m_session->role());
}

QString DrillController::title() const { return m_drill ? stringField(*m_drill, "title") : QString(); }
QString DrillController::scenario() const { return m_drill ? stringField(*m_drill, "scenario") : QString(); }
QString DrillController::unitKey() const { return m_drill ? stringField(*m_drill, "unit") : QString(); }

QString DrillController::state() const {
    if (!m_drill) return {};
    const QString s = stringField(*m_drill, "state");
    return s.isEmpty() ? QStringLiteral("planned") : s;
}

bool DrillController::allowed(const char* action) const {
    const auto a = drillActionFromName(QLatin1String(action));
    return canControl() && a && drillActionAllowed(*a, stringField(*m_drill, "state"));
}

bool DrillController::canStart() const { return allowed("start"); }
bool DrillController::canPause() const { return allowed("pause"); }
bool DrillController::canResume() const { return allowed("resume"); }
bool DrillController::canEnd() const { return allowed("end"); }

QString DrillController::clockText() const { return m_clockMs ? formatDrillClock(*m_clockMs) : QString(); }

double DrillController::startsAt() const {
    if (!m_drill || m_clockMs || state() != QLatin1String("running")) return 0;
    return static_cast<double>(intField(*m_drill, "started_at", 0));
}

double DrillController::commsCheckAt() const {
    return m_drill ? static_cast<double>(intField(*m_drill, "comms_check_at", 0)) : 0;
}

bool DrillController::inPlay() const {
    const QString s = state();
    return s == QLatin1String("running") || s == QLatin1String("paused");
}

bool DrillController::canControl() const {
    if (!canManage() || !m_drill) return false;
    for (const QVariant& drill : m_drills) {
        if (drill.toMap().value(QStringLiteral("key")).toString() == m_drillKey) return true;
    }
    return false;
}

void DrillController::reload() {
    m_stale = false;
    m_drills.clear();
    Store* store = available() ? m_session->readStore() : nullptr;
    if (store) {
        const QSet<QString> scope = unitSubtree(*store, m_session->unitKey());
        TaskContext context(*store, m_session->serverNowMs());
        std::vector<std::pair<QString, QVariantMap>> drills;
        if (auto list = store->list(EntityType::drill)) {
            for (const EntityState& state : *list) {
                const nlohmann::json values = plain_values(state);
                const QString unit = stringField(values, "unit");
                if (!scope.contains(unit)) continue;
                const QString title = stringField(values, "title");
                const QString drillState = stringField(values, "state");
                drills.emplace_back(title, QVariantMap{{QStringLiteral("key"), QString::fromStdString(state.key)},
                                                       {QStringLiteral("title"), title},
                                                       {QStringLiteral("state"),
                                                        drillState.isEmpty() ? QStringLiteral("planned") : drillState},
                                                       {QStringLiteral("unitName"), context.unitName(unit)}});
            }
        }
        std::sort(drills.begin(), drills.end(),
                  [](const auto& a, const auto& b) { return a.first.localeAwareCompare(b.first) < 0; });
        for (auto& [title, drill] : drills) m_drills << drill;
    }
    emit drillsChanged();
    reloadDrill();
    if (m_active && m_session) {
        m_ticker.start();
    } else {
        m_ticker.stop();
    }
}

void DrillController::reloadDrill() {
    m_drill.reset();
    m_tasks.clear();
    Store* store = available() ? m_session->readStore() : nullptr;
    if (store && !m_drillKey.isEmpty()) {
        const std::string key = m_drillKey.toStdString();
        if (auto state = store->get(EntityType::drill, key); state && *state) m_drill = plain_values(**state);
        if (m_drill) {
            TaskContext context(*store, m_session->serverNowMs());
            if (auto tasks = store->list(EntityType::task, {{"drill", key}})) {
                for (const EntityState& task : *tasks) m_tasks.push_back(context.row(task));
            }
            std::sort(m_tasks.begin(), m_tasks.end(), [](const TaskRow& a, const TaskRow& b) {
                return std::tie(a.releaseOffsetMs, a.inject, a.createdAt, a.key) <
                       std::tie(b.releaseOffsetMs, b.inject, b.createdAt, b.key);
            });
        }
    }
    emit drillChanged();
    tick();
}

void DrillController::tick() {
    Store* store = m_session ? m_session->readStore() : nullptr;
    const std::int64_t now = m_session ? m_session->serverNowMs() : 0;
    m_clockMs = m_drill ? drillClockMs(*m_drill, now) : std::nullopt;
    std::vector<InjectListModel::Row> rows;
    int missed = 0;
    if (store && m_drill) {
        TaskContext context(*store, now);
        rows.reserve(m_tasks.size());
        for (TaskRow& task : m_tasks) {
            context.updateTimes(task);
            InjectListModel::Row row{task, injectState(task), {}, false,
                                     task.missed && inPlay() && canControl() && !followUpSent(*store, task.key)};
            if (task.hidden && task.releaseOffsetMs >= 0) {
                row.countdown = formatDrillClock(task.releaseOffsetMs - m_clockMs.value_or(0));
                row.canReleaseNow = m_clockMs.has_value() && inPlay() && canControl();
            }
            if (task.missed) ++missed;
            rows.push_back(std::move(row));
        }
    }
    m_missedCount = missed;
    m_injects.setRows(std::move(rows));
    emit clockChanged();
}

void DrillController::applyTouched(const TouchedEntities& touched) {
    if (touched.drills.isEmpty() && touched.units.isEmpty() && touched.tasks.isEmpty()) return;
    if (!m_active) {
        m_stale = true;
        return;
    }
    if (!touched.drills.isEmpty() || !touched.units.isEmpty()) {
        reload();
    } else {
        reloadDrill();
    }
}

bool DrillController::control(const QString& action) {
    const auto a = drillActionFromName(action);
    if (!a || !allowed(action.toLatin1().constData())) {
        setErrorText(tr("This drill control is not available now."));
        return false;
    }
    const auto fields = drillActionFields(*a, *m_drill, m_session->serverNowMs());
    if (!fields) return false;
    return save({LocalWrite{OpKind::set, EntityType::drill, m_drillKey.toStdString(), *fields}});
}

bool DrillController::startIn(int minutes) {
    constexpr int kMaxMinutes = 7 * 24 * 60;
    if (!canStart() || minutes < 1 || minutes > kMaxMinutes) {
        setErrorText(tr("A planned drill can be started from 1 minute to 7 days ahead."));
        return false;
    }
    const auto fields =
        drillActionFields(DrillAction::start, *m_drill, m_session->serverNowMs() + std::int64_t{minutes} * 60'000);
    if (!fields) return false;
    return save({LocalWrite{OpKind::set, EntityType::drill, m_drillKey.toStdString(), *fields}});
}

bool DrillController::releaseNow(const QString& taskKey) {
    const auto it = std::find_if(m_tasks.begin(), m_tasks.end(), [&](const TaskRow& t) { return t.key == taskKey; });
    const auto clock = m_drill ? drillClockMs(*m_drill, m_session->serverNowMs()) : std::nullopt;
    if (!canControl() || !inPlay() || it == m_tasks.end() || !clock || !it->hidden) {
        setErrorText(tr("Only an inject not yet released, in a started drill, can be released now."));
        return false;
    }
    return save({LocalWrite{OpKind::set, EntityType::task, taskKey.toStdString(), {{"release_offset_ms", *clock}}}});
}

QString DrillController::sendFollowUp(const QString& taskKey) {
    const auto it = std::find_if(m_tasks.begin(), m_tasks.end(), [&](const TaskRow& t) { return t.key == taskKey; });
    const auto clock = m_drill ? drillClockMs(*m_drill, m_session->serverNowMs()) : std::nullopt;
    if (it != m_tasks.end()) {
        TaskContext context(*m_session->readStore(), m_session->serverNowMs());
        context.updateTimes(*it);
    }
    if (!canControl() || !inPlay() || it == m_tasks.end() || !clock || !it->missed) {
        setErrorText(tr("A follow-up is only sent for an inject whose expected action was missed."));
        return {};
    }
    if (followUpSent(*m_session->readStore(), taskKey)) {
        setErrorText(tr("A follow-up for this inject was already sent."));
        return {};
    }
    const TaskRow& missed = *it;
    //: Title of a follow-up inject; %1 is the missed inject's title.
    const QString title = truncatedUtf8(tr("Follow-up: %1").arg(missed.title), kMaxTitleBytes);
    QString instructions =
        missed.expectedAction.isEmpty()
            //: Instructions of a follow-up inject for an inject with no expected action written down.
            ? tr("The expected action for \"%1\" was not reported in time. Do it now and report it.").arg(missed.title)
            //: Instructions of a follow-up inject; %1 is the expected action.
            : tr("The expected action was not reported in time: %1. Do it now and report it.")
                  .arg(missed.expectedAction);
    if (!missed.instructions.isEmpty()) instructions += QStringLiteral("\n\n") + missed.instructions;
    nlohmann::json fields{{"title", title.toStdString()},
                          {"instructions", truncatedUtf8(instructions, kMaxInstructionsBytes).toStdString()},
                          {"unit", missed.unitKey.toStdString()},
                          {"drill", m_drillKey.toStdString()},
                          {"priority", raisedPriority(missed.priority).toStdString()},
                          {"status", "open"},
                          {"release_offset_ms", *clock}};
    if (missed.inject > 0) fields["inject"] = missed.inject;
    if (missed.deadlineMs > 0) fields["deadline_ms"] = missed.deadlineMs;
    if (!missed.expectedAction.isEmpty()) fields["expected_action"] = missed.expectedAction.toStdString();
    const std::string key = followUpKey(taskKey);
    if (!save({LocalWrite{OpKind::set, EntityType::task, key, std::move(fields)}})) return {};
    return QString::fromStdString(key);
}

bool DrillController::commsCheck() {
    if (!canControl()) {
        setErrorText(tr("Only a coordinator of this drill can ask for a comms check."));
        return false;
    }
    return save({LocalWrite{OpKind::set, EntityType::drill, m_drillKey.toStdString(),
                            {{"comms_check_at", m_session->serverNowMs()}}}});
}

bool DrillController::save(const std::vector<LocalWrite>& writes) {
    const QString error = writeLocally(m_session, writes);
    setErrorText(error);
    return error.isEmpty();
}

void DrillController::setErrorText(const QString& text) {
    if (text == m_errorText) return;
    m_errorText = text;
    emit errorTextChanged();
}

}  // namespace muster::app
