#pragma once

namespace caseledger::ui {

// The icons and other files compiled into libcaseledger-ui (resources/caseledger.qrc). A
// static library's resources must be registered by name once per program.
void initResources();

} // namespace caseledger::ui
