// distribute --what-if: the distribution engine (distribution.md) as a what-if. The
// calculation is pure, so it opens no database and needs no sign-in. The ledger commands
// (accrue, pay, ledger, explain) come with the finance persistence.
#include "app/cli/clicontext.h"
#include "core/finance/allocation.h"
#include "core/finance/rulesetcatalog.h"
#include "core/finance/whatifrequest.h"

#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace caseledger::cli {

namespace {

std::string readInput(const std::string& path)
{
    if (path == "-")
        return std::string(
            std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw CommandError {
            {core::ErrorCode::NotFound, "cannot read the what-if file " + path, "--what-if"}};
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::string columns(const std::vector<std::string>& cells, const std::vector<std::size_t>& widths)
{
    std::string out = " ";
    for (std::size_t i = 0; i < cells.size(); ++i) {
        out += " " + cells[i];
        if (i + 1 < cells.size() && cells[i].size() < widths[i])
            out += std::string(widths[i] - cells[i].size(), ' ');
    }
    return out + "\n";
}

// A table of the lines, each numbered, then the numbered reasons in full.
std::string report(const core::AllocationResult& r)
{
    std::ostringstream out;
    out << "Payment of " << r.collection.amount.toDisplayString() << " received "
        << r.collection.date.toIso() << " (" << core::labelOf(r.collection.source)
        << "), distributed under the rule set \"" << r.ruleSetName << "\".\n\n";
    std::vector<std::vector<std::string>> rows = {{"#", "Case", "Bucket", "Payee", "Amount"}};
    for (std::size_t i = 0; i < r.lines.size(); ++i) {
        const auto& l = r.lines[i];
        rows.push_back({std::to_string(i + 1), l.caseNumber, l.bucket.code(),
            std::string(core::codeOf(l.payee)), l.amount.toDisplayString()});
    }
    rows.push_back({"", "", "", "Total", r.total().toDisplayString()});
    std::vector<std::size_t> widths(rows.front().size());
    for (const auto& row : rows)
        for (std::size_t i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    for (const auto& row : rows)
        out << columns(row, widths);
    out << "\nUnreimbursed assistance (URA) after this payment:\n";
    for (const auto& u : r.ura)
        out << "  " << u.caseNumber << ": " << u.after.toDisplayString() << " (was "
            << u.before.toDisplayString() << ")\n";
    out << "\nWhy:\n";
    for (std::size_t i = 0; i < r.lines.size(); ++i)
        out << "  " << (i + 1) << ". " << r.lines[i].rule << "\n";
    return out.str();
}

} // namespace

void registerFinanceCommands(CLI::App& app, CliContext& ctx, Action& action)
{
    auto* distribute = app.add_subcommand("distribute",
        "Distribute a collection across an obligor's cases (distribution.md); what-if only");
    static std::string whatIfFile;
    distribute
        ->add_option("--what-if", whatIfFile,
            "JSON file with the collection and the obligor's cases ('-' reads standard input); "
            "nothing is stored and no sign-in is needed")
        ->required();
    distribute->callback([&] {
        action = [&] {
            try {
                const auto request = core::parseWhatIfRequest(readInput(whatIfFile));
                const auto& rules
                    = core::ruleSetFor(request.collection.date, core::RuleSetCatalog::california());
                const auto result = core::allocate(request.collection, request.cases, rules);
                ctx.print(core::allocationResultToJson(result), report(result));
            } catch (const core::Failure& f) {
                if (f.code() == core::ErrorCode::NotFound) // a date before the catalog
                    throw CommandError {
                        {core::ErrorCode::Validation, f.error().message, "collection.date"}};
                throw CommandError {f.error()};
            }
        };
    });
}

} // namespace caseledger::cli
