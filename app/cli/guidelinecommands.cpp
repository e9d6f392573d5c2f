// guideline calc: the California guideline calculator (Fam. Code §4055) as a what-if. The
// calculation is pure, so it opens no database and needs no sign-in.
#include "app/cli/clicontext.h"
#include "core/guideline/addonapportionment.h"
#include "core/guideline/guideline.h"
#include "core/guideline/guidelinejson.h"

#include <charconv>
#include <iostream>
#include <iterator>
#include <sstream>

namespace caseledger::cli {

namespace {

constexpr const char* kThresholdOption = "--pre2024-low-income-threshold";

std::string readStandardInput()
{
    return std::string(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
}

// "2023=238400": an agency-supplied pre-2024 low-income threshold, in cents, for one year.
core::GuidelineTables tablesWith(const std::vector<std::string>& thresholds)
{
    core::GuidelineTables tables = core::GuidelineTables::california();
    for (const auto& item : thresholds) {
        const auto eq = item.find('=');
        int year = 0;
        std::int64_t cents = -1;
        const char* end = item.data() + item.size();
        const bool ok = eq != std::string::npos
            && std::from_chars(item.data(), item.data() + eq, year).ptr == item.data() + eq
            && std::from_chars(item.data() + eq + 1, end, cents).ptr == end && cents >= 0;
        if (!ok)
            throw CommandError {{core::ErrorCode::Usage,
                "write the threshold as YEAR=CENTS, e.g. 2023=238400", kThresholdOption}};
        tables.setPre2024LowIncomeThreshold(year, core::Money::fromCents(cents));
    }
    return tables;
}

std::string summary(const core::GuidelineResult& r)
{
    std::ostringstream out;
    if (r.payer)
        out << r.payerId() << " pays " << r.payeeId() << " " << r.monthlySupport.toDisplayString()
            << " a month in guideline child support.\n";
    else
        out << "No guideline child support is payable.\n";
    const auto& li = r.lowIncome;
    if (!li.computable)
        out << "Low-income adjustment: cannot be computed (" << li.explanation << ").\n";
    else if (li.applies)
        out << "Low-income adjustment applies: support may range from "
            << li.minimum->toDisplayString() << " to " << li.maximum->toDisplayString()
            << (li.exceedsHalfOfNet ? "; §4057(b)(5) flagged" : "") << ".\n";
    const auto pct = core::sharePercentText(r.addOnShare);
    out << "Add-ons are shared " << r.parentIds[0] << " " << pct[0] << "% / " << r.parentIds[1]
        << " " << pct[1] << "%.\n";
    return out.str();
}

std::string worksheet(const core::GuidelineResult& r)
{
    std::ostringstream out;
    out << "California guideline child support: worksheet\n";
    out << "As of " << r.asOf.toIso() << ", law " << core::guidelineLawDisplayName(r.law) << "\n\n";
    out << summary(r) << "\nWorking\n";
    int n = 0;
    for (const auto& s : r.steps) {
        out << "  " << ++n << ". " << s.what << ": " << s.value << "\n";
        out << "     [" << s.citation << "]\n";
    }
    out << "\nOnly final amounts are rounded, to the cent, half away from zero.\n";
    return out.str();
}

} // namespace

void registerGuidelineCommands(CLI::App& app, CliContext& ctx, Action& action)
{
    auto* guideline
        = app.add_subcommand("guideline", "California guideline child support (Fam. Code §4055)");
    guideline->require_subcommand(1);

    auto* calc = guideline->add_subcommand("calc",
        "Calculate guideline support from a JSON request on standard input (no database needed)");
    static std::vector<std::string> thresholds;
    calc->add_option(kThresholdOption, thresholds,
        "YEAR=CENTS: an agency-supplied low-income threshold for a year before 2024-09-01");
    calc->callback([&] {
        action = [&] {
            try {
                const auto tables = tablesWith(thresholds);
                const auto request = core::parseGuidelineRequest(readStandardInput());
                const auto result = core::calculateGuideline(request, tables);
                ctx.print(core::guidelineResultToJson(result), worksheet(result));
            } catch (const core::Failure& f) {
                throw CommandError {f.error()};
            }
        };
    });
}

} // namespace caseledger::cli
