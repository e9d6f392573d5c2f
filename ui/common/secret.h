#pragma once

#include "core/base/securebytes.h"

#include <QString>

namespace caseledger::ui {

// A password typed into a field, as bytes that are wiped when they die (SECURITY S4). The
// intermediate UTF-8 buffer is wiped here; callers clear the field itself.
core::SecureBytes secretFromText(const QString& text);

} // namespace caseledger::ui
