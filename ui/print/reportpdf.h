#pragma once

#include "core/reports/reportrenderers.h"
#include "core/reports/reporttable.h"

#include <string>

namespace caseledger::ui {

// A report as PDF bytes, every page framed by PagePrinter (DESIGN §8). Usable without a GUI:
// when no Qt application exists (the CLI), one is made on the offscreen platform, because
// laying out text needs Qt Gui's fonts -- never Qt Widgets.
std::string reportPdf(
    const core::ReportTable& table, const core::RenderHeader& header, int* pages = nullptr);

} // namespace caseledger::ui
