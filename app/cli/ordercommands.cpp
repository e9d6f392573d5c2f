// order add|modify|end, parentage record|rescind
#include "app/cli/caseformat.h"
#include "app/cli/clicontext.h"
#include "core/services/orderservice.h"
#include "core/services/parentageservice.h"

namespace caseledger::cli {

namespace fmt = caseformat;

namespace {

struct TermsOptions
{
    std::string effective, signedOn, filed, current, medical, spousal, arrears,
        frequency = "monthly", insurance, guideline;
};

void addTermsOptions(CLI::App* cmd, TermsOptions& t)
{
    cmd->add_option("--effective", t.effective, "Effective date, YYYY-MM-DD")->required();
    cmd->add_option("--current", t.current, "Current child support per period, dollars")
        ->required();
    cmd->add_option("--medical", t.medical, "Cash medical support per period");
    cmd->add_option("--spousal", t.spousal, "Spousal support per period");
    cmd->add_option("--arrears-payment", t.arrears, "Payment on arrears per period");
    cmd->add_option("--frequency", t.frequency, "monthly, weekly, biweekly or semimonthly");
    cmd->add_option("--signed", t.signedOn, "Date signed");
    cmd->add_option(
        "--filed", t.filed, "Date the modification request was filed (required to modify)");
    cmd->add_option("--health-insurance", t.insurance, "Health insurance terms");
    cmd->add_option(
        "--guideline-calculation", t.guideline, "Id of the guideline calculation it came from");
}

core::OrderTerms termsFrom(const TermsOptions& o)
{
    core::OrderTerms t;
    t.effective = fmt::date(o.effective, "effective");
    t.signedOn = fmt::optionalDate(o.signedOn, "signed");
    t.requestFiledOn = fmt::optionalDate(o.filed, "filed");
    t.currentSupport = fmt::amount(o.current, "current");
    t.medicalSupport = o.medical.empty() ? core::Money() : fmt::amount(o.medical, "medical");
    t.spousalSupport = o.spousal.empty() ? core::Money() : fmt::amount(o.spousal, "spousal");
    t.arrearsPayment
        = o.arrears.empty() ? core::Money() : fmt::amount(o.arrears, "arrears-payment");
    t.frequency = fmt::code<core::OrderFrequency>(o.frequency, "frequency");
    t.healthInsurance = o.insurance;
    if (!o.guideline.empty())
        t.guidelineCalculationId = fmt::id(o.guideline, "guideline-calculation");
    return t;
}

void addOrderCommands(CLI::App& app, CliContext& ctx, Action& action)
{
    auto* group = app.add_subcommand("order", "Support orders: add, modify, end");
    group->require_subcommand(1);
    static std::string ref, kind = "court", courtCase, court, end;
    static TermsOptions t;
    auto* add = group->add_subcommand("add", "Record a support order on a case");
    add->add_option("case", ref, "Case number or id")->required();
    add->add_option("--kind", kind, "court or administrative");
    add->add_option("--court-case-number", courtCase, "The court's case number (court orders)");
    add->add_option("--court", court, "The court");
    add->add_option("--end", end, "The order's end date");
    addTermsOptions(add, t);
    add->callback([&] {
        action = [&] {
            core::NewOrderRequest r {fmt::code<core::OrderKind>(kind, "kind"), courtCase, court,
                fmt::optionalDate(end, "end"), termsFrom(t)};
            auto o = ctx.require(core::OrderService(ctx.open()).add(ctx.session(), ref, r));
            ctx.print(
                {{"ok", true}, {"order", fmt::toJson(o)}}, "Order recorded; id " + o.id.toString());
        };
    });
    auto* modify = group->add_subcommand(
        "modify", "Record a modification: a new version effective on a date");
    modify->add_option("order", ref, "Order id")->required();
    addTermsOptions(modify, t);
    modify->callback([&] {
        action = [&] {
            auto o = ctx.require(core::OrderService(ctx.open())
                                     .modify(ctx.session(), fmt::id(ref, "order"), termsFrom(t)));
            ctx.print({{"ok", true}, {"order", fmt::toJson(o)}},
                "Version " + std::to_string(o.versions.back().number) + " effective "
                    + o.versions.back().effective.toIso());
        };
    });
    auto* stop = group->add_subcommand("end", "End an order");
    stop->add_option("order", ref, "Order id")->required();
    stop->add_option("--on", end, "End date")->required();
    stop->callback([&] {
        action = [&] {
            auto o
                = ctx.require(core::OrderService(ctx.open())
                                  .end(ctx.session(), fmt::id(ref, "order"), fmt::date(end, "on")));
            ctx.print({{"ok", true}, {"order", fmt::toJson(o)}}, "The order ends " + end + ".");
        };
    });
}

struct ParentageOptions
{
    std::string caseRef, child, parent, status, method = "none", motherSigned, parentSigned,
                                                testResult, testLab, testDate, probability,
                                                courtCase, judgmentDate, presumption, establishedOn;
};

core::Parentage factsFrom(const ParentageOptions& o)
{
    core::Parentage p;
    p.status = fmt::code<core::ParentageStatus>(o.status, "status");
    p.method = fmt::code<core::ParentageMethod>(o.method, "method");
    p.establishedOn = fmt::optionalDate(o.establishedOn, "established-on");
    p.declarationSignedByMother = fmt::optionalDate(o.motherSigned, "mother-signed");
    p.declarationSignedByParent = fmt::optionalDate(o.parentSigned, "parent-signed");
    if (!o.testResult.empty())
        p.testResult = fmt::code<core::GeneticTestResult>(o.testResult, "test-result");
    p.testLab = o.testLab;
    p.testDate = fmt::optionalDate(o.testDate, "test-date");
    p.testProbability = o.probability;
    p.courtCaseNumber = o.courtCase;
    p.judgmentDate = fmt::optionalDate(o.judgmentDate, "judgment-date");
    p.presumptionBasis = o.presumption;
    return p;
}

void addParentageCommands(CLI::App& app, CliContext& ctx, Action& action)
{
    auto* group = app.add_subcommand("parentage", "Parentage: record, rescind");
    group->require_subcommand(1);
    static ParentageOptions o;
    auto* record = group->add_subcommand("record", "Record parentage for a child");
    record->add_option("--case", o.caseRef, "Case number or id")->required();
    record->add_option("--child", o.child, "The child (person id)")->required();
    record->add_option("--parent", o.parent, "The alleged or established parent (person id)");
    record->add_option("--status", o.status, "unknown, alleged, established or excluded")
        ->required();
    record->add_option("--method", o.method, "declaration, genetic_test, judgment or presumption");
    record->add_option(
        "--established-on", o.establishedOn, "When established (default: from the evidence)");
    record->add_option("--mother-signed", o.motherSigned, "Declaration: date the mother signed");
    record->add_option(
        "--parent-signed", o.parentSigned, "Declaration: date the other parent signed");
    record->add_option(
        "--test-result", o.testResult, "Genetic test: inclusion, exclusion or inconclusive");
    record->add_option("--test-lab", o.testLab, "Genetic test: laboratory");
    record->add_option("--test-date", o.testDate, "Genetic test: date of the result");
    record->add_option(
        "--test-probability", o.probability, "Genetic test: probability of parentage, e.g. 99.99");
    record->add_option("--court-case-number", o.courtCase, "Judgment: court case number");
    record->add_option("--judgment-date", o.judgmentDate, "Judgment: date");
    record->add_option("--presumption", o.presumption, "Presumption: its basis");
    record->callback([&] {
        action = [&] {
            core::RecordParentageRequest r;
            r.caseRef = o.caseRef;
            r.childId = fmt::id(o.child, "child");
            if (!o.parent.empty())
                r.parentId = fmt::id(o.parent, "parent");
            r.facts = factsFrom(o);
            auto p = ctx.require(core::ParentageService(ctx.open()).record(ctx.session(), r));
            ctx.print({{"ok", true}, {"parentage", fmt::toJson(p)}},
                "Parentage " + std::string(core::codeOf(p.status)) + " recorded; id "
                    + p.id.toString());
        };
    });
    static std::string ref, on;
    auto* rescind
        = group->add_subcommand("rescind", "Rescind a voluntary declaration (within 60 days)");
    rescind->add_option("id", ref, "Parentage record id")->required();
    rescind->add_option("--on", on, "Date of the rescission")->required();
    rescind->callback([&] {
        action = [&] {
            auto p
                = ctx.require(core::ParentageService(ctx.open())
                                  .rescind(ctx.session(), fmt::id(ref, "id"), fmt::date(on, "on")));
            ctx.print({{"ok", true}, {"parentage", fmt::toJson(p)}}, "Declaration rescinded.");
        };
    });
}

} // namespace

void registerOrderCommands(CLI::App& app, CliContext& ctx, Action& action)
{
    addOrderCommands(app, ctx, action);
    addParentageCommands(app, ctx, action);
}

} // namespace caseledger::cli
