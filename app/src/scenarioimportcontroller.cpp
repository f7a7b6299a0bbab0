#include "scenarioimportcontroller.h"

#include <algorithm>
#include <set>

#include <QFile>
#include <QFileInfo>
#include <QSet>

#include "localwrite.h"
#include "muster/state.hpp"
#include "muster/store.hpp"
#include "pickedfile.h"
#include "scenarioproblemtext.h"
#include "scopedata.h"

namespace muster::app {

namespace {

std::string textField(const nlohmann::json& values, const char* name) {
    const auto it = values.find(name);
    return it != values.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

ScenarioImportController::ScenarioImportController(QObject* parent) : QObject(parent) {}

void ScenarioImportController::setSession(AccountSession* session) {
    if (session == m_session) return;
    m_session = session;
    clear();
    emit sessionChanged();
}

void ScenarioImportController::setPrestage(bool prestage) {
    if (prestage == m_prestage) return;
    m_prestage = prestage;
    emit planChanged();
}

void ScenarioImportController::setErrorText(const QString& text) {
    if (text == m_errorText) return;
    m_errorText = text;
    emit errorTextChanged();
}

void ScenarioImportController::clear() {
    m_fileName.clear();
    m_problems.clear();
    m_title.clear();
    m_unitName.clear();
    m_lastOffsetMs = 0;
    m_prestage = false;
    m_drillKey.clear();
    m_plan.reset();
    setErrorText({});
    emit planChanged();
}

bool ScenarioImportController::load(const QUrl& file) {
    clear();
    const std::unique_ptr<QFile> in = openPickedFile(file);
    if (!in) {
        setErrorText(tr("Pick a scenario file on this device."));
        return false;
    }
    const QString name = pickedFileName(*in);
    if (!in->isOpen()) {
        setErrorText(tr("Can't read %1: %2").arg(name, in->errorString()));
        return false;
    }
    if (in->size() > kMaxFileBytes) {
        setErrorText(tr("%1 is too large for a scenario (%2 MB; at most %3 MB).")
                         .arg(name)
                         .arg(static_cast<double>(in->size()) / (1024.0 * 1024.0), 0, 'f', 1)
                         .arg(kMaxFileBytes / (1024 * 1024)));
        return false;
    }
    return loadText(name, in->read(kMaxFileBytes + 1));
}

bool ScenarioImportController::loadText(const QString& name, const QByteArray& bytes) {
    clear();
    m_fileName = name;
    Store* store = m_session && m_session->isOpen() ? m_session->readStore() : nullptr;
    if (!store) {
        setErrorText(tr("No account is open."));
        return false;
    }
    if (!isCoordinatorRole(m_session->role())) {
        setErrorText(tr("Only coordinators can import a scenario."));
        return false;
    }
    const std::string text = bytes.toStdString();
    const std::string fileName = name.toStdString();
    auto scenario = parse_scenario(text, scenario_format_for(fileName, text));
    std::vector<ScenarioProblem> problems;
    if (!scenario) {
        problems = scenario.problems();
    } else {
        // Units as this device holds them; targets must be in the coordinator's subtree.
        auto units = store->list(EntityType::unit);
        if (!units) {
            setErrorText(tr("Can't read this device's units: %1").arg(QString::fromStdString(units.error().message)));
            return false;
        }
        std::vector<UnitRef> refs;
        std::map<std::string, nlohmann::json> unitValues;
        for (const EntityState& unit : *units) {
            auto values = plain_values(unit);
            refs.push_back(UnitRef{unit.key, textField(values, "code"), textField(values, "parent")});
            unitValues.emplace(unit.key, std::move(values));
        }
        const UnitDirectory all = unit_directory(refs);
        std::set<std::string> writable;
        for (const UnitEntry& unit : writableUnits(*store, m_session->role(), m_session->unitKey()))
            writable.insert(unit.key.toStdString());
        const auto outOfScope = [&](const std::string& codeOrPath) {
            const auto key = all(codeOrPath);
            return key && !writable.contains(*key);
        };
        const auto scopeProblem = [](const SourceLocation& at, const std::string& unit) {
            return make_scenario_problem(at, ScenarioMessage::unit_out_of_scope, {"\"" + unit + "\""});
        };
        if (!scenario->unit.empty() && outOfScope(scenario->unit))
            problems.push_back(scopeProblem(scenario->unit_at, scenario->unit));
        std::set<std::string> reported;
        for (const Inject& inject : scenario->injects) {
            if (outOfScope(inject.target) && reported.insert(inject.target).second)
                problems.push_back(scopeProblem(inject.target_at, inject.target));
        }

        PlanOptions options;
        m_drillKey = newEntityKey();
        options.drill_key = m_drillKey;
        if (scenario->unit.empty()) {
            const auto own = unitValues.find(m_session->unitKey().toStdString());
            if (own != unitValues.end()) options.unit = textField(own->second, "code");
        }
        if (scenario->title.empty()) options.title = QFileInfo(name).completeBaseName().toStdString();
        //: Written into an imported task's instructions before the scenario's delivery note ("Delivery: radio call
        //: from control"); the unit reads it. Keep the colon and space, or what your language writes there.
        options.delivery_prefix = tr("Delivery: ").toStdString();
        auto plan = plan_import(*scenario, all, options);
        if (!plan) {
            problems.insert(problems.end(), plan.problems().begin(), plan.problems().end());
        } else if (problems.empty()) {
            m_title = QString::fromStdString(textField(plan->drill, "title"));
            const auto owner = unitValues.find(textField(plan->drill, "unit"));
            if (owner != unitValues.end()) m_unitName = QString::fromStdString(textField(owner->second, "name"));
            m_prestage = plan->drill.value("prestage", false);
            for (const Inject& inject : scenario->injects) m_lastOffsetMs = std::max<qint64>(m_lastOffsetMs, inject.offset_ms);
            m_plan = std::move(*plan);
        }
    }
    std::stable_sort(problems.begin(), problems.end(), [](const ScenarioProblem& a, const ScenarioProblem& b) {
        return std::tie(a.line, a.column) < std::tie(b.line, b.column);
    });
    for (const ScenarioProblem& problem : problems) m_problems << scenarioProblemText(problem);
    emit planChanged();
    return m_plan.has_value();
}

QString ScenarioImportController::importDrill() {
    if (!m_plan) {
        setErrorText(tr("Load a scenario without problems first."));
        return {};
    }
    nlohmann::json drill = m_plan->drill;
    drill["prestage"] = m_prestage;
    std::vector<LocalWrite> writes;
    writes.reserve(m_plan->tasks.size() + 1);
    writes.push_back(LocalWrite{OpKind::set, EntityType::drill, m_drillKey, std::move(drill)});
    for (const nlohmann::json& task : m_plan->tasks) writes.push_back(LocalWrite{OpKind::set, EntityType::task, newEntityKey(), task});
    if (const QString error = writeLocally(m_session, writes); !error.isEmpty()) {
        setErrorText(error);
        return {};
    }
    const QString key = QString::fromStdString(m_drillKey);
    clear();
    emit imported(key);
    return key;
}

}  // namespace muster::app
