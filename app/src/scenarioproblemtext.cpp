#include "scenarioproblemtext.h"

#include <QCoreApplication>
#include <QStringList>

#include <string>
#include <string_view>

namespace muster::app {

namespace {

/// `source` (a text of the core's msel_messages.cpp) in the current language.
QString inLanguage(std::string_view source) {
    return QCoreApplication::translate("ScenarioProblem", std::string(source).c_str());
}

/// An argument in words: a term translated, anything else as it is.
QString argument(const std::string& arg) {
    if (arg.empty() || arg.front() != '@') return QString::fromStdString(arg);
    const std::string_view words = scenario_term_english(arg);
    return words == arg ? QString::fromStdString(arg) : inLanguage(words);
}

}  // namespace

QString scenarioProblemText(const ScenarioProblem& problem) {
    // A problem not made by make_scenario_problem (its message is not its id's
    // text) is shown as written.
    const bool made = make_scenario_problem({}, problem.id, problem.args).message == problem.message;
    const std::string_view source = made ? scenario_message_english(problem.id) : std::string_view();
    QString message = source.empty() ? QString::fromStdString(problem.message) : inLanguage(source);
    if (!source.empty()) {
        // One pass over every placeholder (QString::arg would read a %1 inside
        // an argument, such as quoted text from the file, as a placeholder).
        QStringList args;
        for (const std::string& arg : problem.args) args << argument(arg);
        QString filled;
        for (qsizetype i = 0; i < message.size(); ++i) {
            const qsizetype n = i + 1 < message.size() ? message[i + 1].digitValue() : -1;
            if (message[i] == QLatin1Char('%') && n >= 1 && n <= args.size()) {
                filled += args[n - 1];
                ++i;
            } else {
                filled += message[i];
            }
        }
        message = filled;
    }
    const QString field = QString::fromStdString(problem.field);
    if (problem.line != 0 && problem.column != 0 && !field.isEmpty()) {
        //: Where a scenario problem is: line and column in the file, the column's header or JSON
        //: path as written there, then the problem.
        return QCoreApplication::translate("ScenarioProblem", "line %1, column %2 (%3): %4")
            .arg(problem.line)
            .arg(problem.column)
            .arg(field, message);
    }
    if (problem.line != 0 && problem.column != 0) {
        return QCoreApplication::translate("ScenarioProblem", "line %1, column %2: %3")
            .arg(problem.line)
            .arg(problem.column)
            .arg(message);
    }
    if (problem.line != 0 && !field.isEmpty()) {
        return QCoreApplication::translate("ScenarioProblem", "line %1 (%2): %3")
            .arg(problem.line)
            .arg(field, message);
    }
    if (problem.line != 0) {
        return QCoreApplication::translate("ScenarioProblem", "line %1: %2")
            .arg(problem.line)
            .arg(message);
    }
    if (!field.isEmpty()) return QStringLiteral("(%1): %2").arg(field, message);
    return message;
}

}  // namespace muster::app
