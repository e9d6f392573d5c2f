#pragma once

#include "core/base/error.h"

#include <QCoreApplication>
#include <QString>

#include <string_view>

namespace caseledger::ui {

// What a person reads when a core call fails: the GUI's counterpart of the CLI's exit codes.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    static QString forError(const core::Error& error);
    // Core messages are lower-case clauses ("wrong user name or password"): make a sentence.
    static QString sentence(std::string_view clause);
};

} // namespace caseledger::ui
