// accrue, pay post|import|reverse|redistribute|queue, ledger show|verify|rebuild, explain, grants
// import, rules show|change: the finance ledger (issue 4) on the command line.
#include "app/cli/caseformat.h"
#include "app/cli/clicontext.h"
#include "app/cli/ledgerformat.h"
#include "core/finance/accrualplan.h"
#include "core/services/rulesetservice.h"
#include "core/store/atomicfile.h"

#include <fstream>
#include <iostream>
#include <iterator>

namespace caseledger::cli {

namespace fmt = caseformat;
namespace lf = ledgerformat;

namespace {

std::string readFile(const std::string& path, const std::string& option)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw CommandError {{core::ErrorCode::NotFound, "cannot read the file " + path, option}};
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

core::Date month(const std::string& value, const std::string& option)
{
    if (auto m = core::parseMonth(value))
        return *m;
    throw CommandError {{core::ErrorCode::Validation, "must be a month written YYYY-MM", option}};
}

void addAccrue(CLI::App& app, CliContext& ctx, Action& action)
{
    static std::string through, caseRef;
    auto* cmd = app.add_subcommand("accrue",
        "Accrue support through a month: charges, month-end arrears, interest (idempotent)");
    cmd->add_option("--through", through, "The month, YYYY-MM")->required();
    cmd->add_option("--case", caseRef, "Only this case");
    cmd->callback([&] {
        action = [&] {
            core::AccrualService service(ctx.open());
            const core::Date m = month(through, "--through");
            const auto s
                = ctx.require(caseRef.empty() ? service.accrueThrough(ctx.session(), m)
                                              : service.accrueCase(ctx.session(), caseRef, m));
            ctx.print({{"ok", true}, {"through", core::monthText(s.through)}, {"cases", s.cases},
                          {"charges", s.charges}},
                "Accrued through " + core::monthText(s.through) + ": " + std::to_string(s.charges)
                    + " entries on " + std::to_string(s.cases) + " cases\n");
        };
    });
}

void addPayPost(CLI::App* group, CliContext& ctx, Action& action)
{
    static std::string receipt, obligor, amount, date, source = "direct";
    auto* post = group->add_subcommand("post", "Post one collection");
    post->add_option("--receipt", receipt, "Receipt id (re-posting it is harmless)")->required();
    post->add_option("--obligor", obligor, "One of the payer's case numbers, or the payer's id")
        ->required();
    post->add_option("--amount", amount, "Amount in dollars, e.g. 125.00")->required();
    post->add_option("--date", date, "Collection date, YYYY-MM-DD")->required();
    post->add_option("--source", source,
        "wage_withholding, direct, federal_tax_offset, state_tax_offset, benefit_intercept, other");
    post->callback([&] {
        action = [&] {
            core::CollectionInput in {receipt, obligor, fmt::amount(amount, "--amount"),
                fmt::date(date, "--date"), fmt::code<core::CollectionSource>(source, "--source")};
            const auto r = ctx.require(core::PaymentService(ctx.open()).post(ctx.session(), in));
            auto j = lf::toJson(r);
            j["ok"] = true;
            ctx.print(j, lf::toText(r));
        };
    });
}

void addPayImport(CLI::App* group, CliContext& ctx, Action& action)
{
    static std::string file;
    static bool dryRun = false;
    auto* cmd = group->add_subcommand(
        "import", "Import a batch: CSV receipt_id,obligor,amount,date,source (all or nothing)");
    cmd->add_option("file", file, "The CSV file")->required();
    cmd->add_flag("--dry-run", dryRun, "Show what would be posted; post nothing");
    cmd->callback([&] {
        action = [&] {
            const std::string text = readFile(file, "file");
            const auto r = ctx.require(
                core::PaymentService(ctx.open()).importCsv(ctx.session(), text, dryRun));
            auto j = lf::toJson(r);
            j["ok"] = true;
            ctx.print(j, lf::toText(r));
        };
    });
}

void addPayCorrections(CLI::App* group, CliContext& ctx, Action& action)
{
    static std::string ref, reason, caseRef, from;
    auto* reverse = group->add_subcommand("reverse", "Reverse a collection (a bounced check)");
    reverse->add_option("collection", ref, "Collection id or receipt id")->required();
    reverse->add_option("--reason", reason, "Why (e.g. 'check returned NSF')")->required();
    reverse->callback([&] {
        action = [&] {
            const auto r
                = ctx.require(core::PaymentService(ctx.open()).reverse(ctx.session(), ref, reason));
            auto j = lf::toJson(r);
            j["ok"] = true;
            ctx.print(j,
                "Reversed receipt " + r.collection.receiptId + "; cancelled disbursements "
                    + fmt::money(r.cancelledDisbursements) + ", overpayment receivable "
                    + fmt::money(r.overpaymentReceivable) + "\n");
        };
    });
    auto* redo = group->add_subcommand(
        "redistribute", "Redistribute a payer's collections after a backdated change");
    redo->add_option("case", caseRef, "Case number or id")->required();
    redo->add_option("--from", from, "Redistribute collections from this date")->required();
    redo->add_option("--reason", reason, "Why (e.g. 'order modified retroactively')")->required();
    redo->callback([&] {
        action = [&] {
            const auto r = ctx.require(
                core::PaymentService(ctx.open())
                    .redistribute(ctx.session(), caseRef, fmt::date(from, "--from"), reason));
            nlohmann::json list = nlohmann::json::array();
            for (const auto& c : r)
                list.push_back(lf::toJson(c));
            ctx.print({{"ok", true}, {"collections", list}},
                "Redistributed " + std::to_string(r.size()) + " collections\n");
        };
    });
    auto* queue = group->add_subcommand("queue", "The undistributed collections queue");
    queue->callback([&] {
        action = [&] {
            const auto q
                = ctx.require(core::LedgerService(ctx.open()).undistributed(ctx.session()));
            nlohmann::json list = nlohmann::json::array();
            std::vector<std::vector<std::string>> rows;
            for (const auto& h : q) {
                list.push_back(lf::toJson(h));
                rows.push_back(
                    {h.receiptId, h.caseNumber, fmt::money(h.amount), h.since.toIso(), h.reason});
            }
            if (ctx.json)
                ctx.print({{"ok", true}, {"queue", list}}, "");
            else
                ctx.printTable({"Receipt", "Case", "Amount", "Since", "Reason"}, rows);
        };
    });
}

// ledger verify|rebuild: the sums kept beside the ledger (DESIGN §5), checked against its
// entries and, when they differ, recomputed from them.
void addKeptBalances(CLI::App* group, CliContext& ctx, Action& action)
{
    auto* verify = group->add_subcommand(
        "verify", "Check the balances kept for posting and accrual against the ledger's entries");
    verify->callback([&] {
        action = [&] {
            const auto v
                = ctx.require(core::LedgerService(ctx.open()).verifyKeptBalances(ctx.session()));
            nlohmann::json differences = nlohmann::json::array();
            std::vector<std::vector<std::string>> rows;
            const auto dateOrNull = [](const std::optional<core::Date>& d) {
                return d ? nlohmann::json(d->toIso()) : nlohmann::json();
            };
            // An installment's figure with the month a reassignment last moved it in, if any.
            const auto figure = [](core::Money m, const std::optional<core::Date>& movedIn) {
                return fmt::money(m)
                    + (movedIn ? " (in since " + core::monthText(*movedIn) + ")" : "");
            };
            for (const auto& d : v.listed) {
                const std::string what = d.installment
                    ? "installment " + d.installment->toIso()
                    : std::string(d.unapplied ? "held unapplied" : "sum");
                differences.push_back(
                    {{"case",
                         d.caseNumber.empty() ? nlohmann::json() : nlohmann::json(d.caseNumber)},
                        {"bucket", d.bucket}, {"installment", dateOrNull(d.installment)},
                        {"unapplied", d.unapplied}, {"kept_cents", d.kept.cents()},
                        {"ledger_cents", d.ledger.cents()},
                        {"kept_entered_on", dateOrNull(d.keptEnteredOn)},
                        {"ledger_entered_on", dateOrNull(d.ledgerEnteredOn)}});
                rows.push_back({d.caseNumber.empty() ? "(not shown)" : d.caseNumber, d.bucket, what,
                    figure(d.kept, d.keptEnteredOn), figure(d.ledger, d.ledgerEnteredOn)});
            }
            const nlohmann::json out
                = {{"ok", v.ok()}, {"cases", v.cases}, {"installment_balances", v.installments},
                    {"bucket_sums", v.bucketSums}, {"differences", v.differences},
                    {"listed", differences}, {"report_sum_differences", v.reportSumDifferences},
                    {"report_sum_tables_wrong", v.reportSumTablesWrong}};
            const std::string checked = std::to_string(v.cases)
                + (v.cases == 1 ? " case, " : " cases, ") + std::to_string(v.installments)
                + " installment balances and " + std::to_string(v.bucketSums)
                + " bucket sums checked";
            if (v.ok() || ctx.json)
                ctx.print(out, "The kept balances agree with the ledger: " + checked + ".\n");
            else {
                if (v.differences > 0) {
                    std::cout << "The kept balances DIFFER from the ledger in " << v.differences
                              << (v.differences == 1 ? " sum (" : " sums (") << checked << ")"
                              << (v.listed.size() < static_cast<std::size_t>(v.differences)
                                         ? "; the first " + std::to_string(v.listed.size()) + ":\n"
                                         : ":\n");
                    ctx.printTable({"Case", "Bucket", "Of", "Kept", "Ledger"}, rows);
                }
                for (const auto& table : v.reportSumTablesWrong)
                    std::cout << "The sums the reports read DIFFER from the ledger in " << table
                              << ".\n";
            }
            if (!v.ok())
                throw CommandError {{core::ErrorCode::Damaged,
                    "the kept balances differ from the ledger in " + std::to_string(v.differences)
                        + " sums and " + std::to_string(v.reportSumDifferences)
                        + " rows of the reports' sums; an administrator can recompute them with "
                          "'caseledger-cli "
                          "ledger rebuild --reason TEXT'"}};
        };
    });
    static std::string reason;
    auto* rebuild = group->add_subcommand(
        "rebuild", "Recompute the kept balances from the ledger's entries (administrators)");
    rebuild->add_option("--reason", reason, "Why (recorded in the audit log)")->required();
    rebuild->callback([&] {
        action = [&] {
            const auto r = ctx.require(
                core::LedgerService(ctx.open()).rebuildKeptBalances(ctx.session(), reason));
            ctx.print({{"ok", true}, {"installment_balances", r.installments},
                          {"bucket_sums", r.bucketSums}, {"report_sums", r.reportSums},
                          {"accrual_marks_dropped", r.marksDropped}},
                "Recomputed from the ledger: " + std::to_string(r.installments)
                    + " installment balances and " + std::to_string(r.bucketSums)
                    + " bucket sums, and " + std::to_string(r.reportSums)
                    + " rows of the reports' sums. The next accrual replans "
                    + std::to_string(r.marksDropped) + " cases from their first order.\n");
        };
    });
}

void addLedger(CLI::App& app, CliContext& ctx, Action& action)
{
    static std::string caseRef, from, to, csv;
    auto* group = app.add_subcommand(
        "ledger", "A case's ledger, and the check of the balances kept beside it");
    group->require_subcommand(1);
    auto* show = group->add_subcommand("show", "Charges, payments and balances of a case");
    show->add_option("case", caseRef, "Case number or id")->required();
    show->add_option("--from", from, "Period start, YYYY-MM-DD");
    show->add_option("--to", to, "Period end, YYYY-MM-DD");
    show->add_option("--csv", csv, "Also write the entries to this CSV file (formula-safe)");
    show->callback([&] {
        action = [&] {
            core::LedgerQuery q {fmt::optionalDate(from, "--from"), fmt::optionalDate(to, "--to")};
            const auto l
                = ctx.require(core::LedgerService(ctx.open()).ledger(ctx.session(), caseRef, q));
            if (!csv.empty())
                core::writeFileAtomically(csv, lf::toCsv(l));
            auto j = lf::toJson(l);
            j["ok"] = true;
            ctx.print(j, lf::toText(l));
        };
    });
    addKeptBalances(group, ctx, action);
    static std::string ref;
    auto* explain = app.add_subcommand("explain", "Explain every line of a collection");
    explain->add_option("collection", ref, "Collection id or receipt id")->required();
    explain->callback([&] {
        action = [&] {
            const auto e = ctx.require(core::LedgerService(ctx.open()).explain(ctx.session(), ref));
            auto j = lf::toJson(e);
            j["ok"] = true;
            ctx.print(j, lf::toText(e));
        };
    });
}

void addGrantsAndRules(CLI::App& app, CliContext& ctx, Action& action)
{
    static std::string file, reason;
    static bool dryRun = false;
    auto* grants = app.add_subcommand("grants", "Assistance grants (URA)");
    grants->require_subcommand(1);
    auto* import = grants->add_subcommand("import", "Import grants: CSV case,month,amount");
    import->add_option("file", file, "The CSV file")->required();
    import->add_flag("--dry-run", dryRun, "Check and count; record nothing");
    import->callback([&] {
        action = [&] {
            const auto r = ctx.require(core::AccrualService(ctx.open())
                                           .importGrants(ctx.session(), readFile(file, "file"), dryRun));
    ctx.print({{"ok", true}, {"dry_run", r.dryRun}, {"rows", r.rows}, {"added", r.added},
                  {"corrected", r.corrected}, {"unchanged", r.unchanged},
                  {"total_cents", r.total.cents()}},
        std::to_string(r.rows) + " grant rows: " + std::to_string(r.added) + " added, "
            + std::to_string(r.corrected) + " corrected, " + std::to_string(r.unchanged)
            + " unchanged\n");
};
} // namespace
);
auto* rules = app.add_subcommand("rules", "Distribution rule sets");
rules->require_subcommand(1);
rules->add_subcommand("show", "Show the rule sets in force")->callback([&] {
    action = [&] {
        const auto v = ctx.require(core::RuleSetService(ctx.open()).view(ctx.session()));
        nlohmann::json j = {{"ok", true}, {"version", v.version}, {"catalog", v.catalog.toJson()}};
        ctx.print(j, j["catalog"].dump(2) + "\n");
    };
});
auto* change = rules->add_subcommand("change", "Replace the rule sets (administrators)");
change->add_option("file", file, "JSON {\"rule_sets\": [...]}")->required();
change->add_option("--reason", reason, "Why")->required();
change->callback([&] {
    action = [&] {
        const auto v = ctx.require(
            core::RuleSetService(ctx.open()).change(ctx.session(), readFile(file, "file"), reason));
        ctx.print({{"ok", true}, {"version", v.version}},
            "Rule sets saved as version " + std::to_string(v.version) + "\n");
    };
});
} // namespace caseledger::cli

} // namespace

void registerLedgerCommands(CLI::App& app, CliContext& ctx, Action& action)
{
    addAccrue(app, ctx, action);
    auto* pay = app.add_subcommand("pay", "Collections: post, import, reverse, redistribute");
    pay->require_subcommand(1);
    addPayPost(pay, ctx, action);
    addPayImport(pay, ctx, action);
    addPayCorrections(pay, ctx, action);
    addLedger(app, ctx, action);
    addGrantsAndRules(app, ctx, action);
}

} // namespace caseledger::cli
