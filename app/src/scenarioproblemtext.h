#pragma once
// A scenario problem in the user's language: the core's message id and
// arguments (muster/msel.hpp), its English texts (shared/src/msel_messages.cpp,
// read by lupdate) through Qt's translations.

#include <QString>

#include "muster/msel.hpp"

namespace muster::app {

/// "line 4, column 2 (offset): …" in the current language; the field (a column
/// header or JSON path from the file) and quoted text from the file as written.
[[nodiscard]] QString scenarioProblemText(const ScenarioProblem& problem);

}  // namespace muster::app
