// Effective-dated rule sets: California's catalog, lookup by collection date, JSON round trip
// and validation.
#include "core/base/error.h"
#include "tests/core/finance/financetesthelpers.h"

#include <catch2/catch_test_macros.hpp>

using namespace caseledger::core;
using namespace caseledger::test;

namespace {

Error refusal(const std::string& text)
{
    try {
        (void)RuleSetCatalog::fromJsonText(text);
    } catch (const Failure& f) {
        return f.error();
    }
    FAIL("accepted: " << text);
    return {};
}

std::string californiaText()
{
    return RuleSetCatalog::california().toJson().dump();
}

std::string replaced(std::string text, const std::string& from, const std::string& to)
{
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

} // namespace

TEST_CASE("California's catalog: the rules in force on each date", "[finance]")
{
    const auto& catalog = RuleSetCatalog::california();
    const auto on = [&](const char* d) -> const RuleSet& { return ruleSetFor(day(d), catalog); };

    CHECK(on("2008-12-31").crediting == ArrearsCrediting::InterestFirst);
    CHECK(on("2009-01-01").crediting == ArrearsCrediting::PrincipalFirst);
    CHECK_FALSE(on("2020-02-29").federalTaxOffsetFamilyFirst);
    CHECK(on("2020-03-01").federalTaxOffsetFamilyFirst);
    CHECK(on("2021-12-31").passThroughTwoOrMoreChildren == cents(5000));
    CHECK(on("2022-01-01").passThroughOneChild == cents(10000));
    CHECK(on("2022-01-01").passThroughTwoOrMoreChildren == cents(20000));
    CHECK_FALSE(on("2024-05-04").formerAssistanceArrearsPassThrough);
    CHECK(on("2024-05-05").formerAssistanceArrearsPassThrough);
    for (const auto& r : catalog.ruleSets()) {
        CHECK(r.formerAssistanceFamilyFirst);
        CHECK(r.fmapBasisPointsOn(day("2025-03-14")) == 5000);
        CHECK(r.countyShareOfStateBasisPoints == 0);
        CHECK_FALSE(r.annualFee.enabled);
        CHECK(r.annualFee.amount == cents(3500));
        CHECK(r.interestRateBasisPoints == 1000);
        CHECK(r.interestStart == InterestStart::FirstOfNextMonth);
        CHECK(r.disbursement.businessDays == 2);
        CHECK(r.disbursement.federalTaxOffsetCalendarDays == 30);
    }
    try {
        (void)ruleSetFor(day("1999-01-01"), catalog);
        FAIL("a rule set before the catalog");
    } catch (const Failure& f) {
        CHECK(f.code() == ErrorCode::NotFound);
    }
}

TEST_CASE("A catalog survives a JSON round trip, and a changed date moves the rule", "[finance]")
{
    const auto& catalog = RuleSetCatalog::california();
    CHECK(RuleSetCatalog::fromJsonText(californiaText()) == catalog);

    // An administrator moves the AB 207 date: the rule follows the data.
    const auto moved = RuleSetCatalog::fromJsonText(replaced(californiaText(),
        "\"effective_from\":\"2024-05-05\"", "\"effective_from\":\"2024-07-01\""));
    CHECK_FALSE(ruleSetFor(day("2024-06-30"), moved).formerAssistanceArrearsPassThrough);
    CHECK(ruleSetFor(day("2024-07-01"), moved).formerAssistanceArrearsPassThrough);
}

TEST_CASE("A catalog file with a bad field is refused, naming the field", "[finance]")
{
    const auto text = californiaText();
    CHECK(refusal(replaced(text, "\"crediting\":\"interest_first\"", "\"crediting\":\"sideways\""))
              .field
        == "rule_sets[0].crediting");
    CHECK(refusal(replaced(text, "\"basis_points\":5000", "\"basis_points\":10001")).field
        == "rule_sets[0].fmap[0].basis_points");
    CHECK(refusal(replaced(text, "\"pass_through_one_child_cents\":5000",
                      "\"pass_through_one_child_cents\":-1"))
              .field
        == "rule_sets[0].pass_through_one_child_cents");
    CHECK(refusal(replaced(text, "\"effective_from\":\"2009-01-01\"",
                      "\"effective_from\":\"2009-02-30\""))
              .field
        == "rule_sets[1].effective_from");
    CHECK(refusal(replaced(text, "\"effective_from\":\"2009-01-01\"",
                      "\"effective_from\":\"2000-10-01\""))
              .field
        == "rule_sets[1].effective_from"); // two sets on one date
    CHECK(refusal(replaced(text, "\"source\":", "\"colour\":\"red\",\"source\":")).field
        == "rule_sets[0].colour");
    CHECK(refusal(replaced(text, "\"fmap\":[{\"basis_points\":5000,\"federal_fiscal_year\":1997}]",
                      "\"fmap\":[]"))
              .field
        == "rule_sets[0].fmap");
    CHECK(refusal("{\"rule_sets\": []}").field == "rule_sets");
    CHECK(refusal("{\"rule_sets\": [], \"rule_sets\": []}").field == "rule_sets");
    CHECK(refusal("{\"rule_sets\": ").field == "request");
}

TEST_CASE("validateRuleSet refuses what cannot be applied", "[finance]")
{
    RuleSet r = californiaOn("2025-01-01");
    CHECK_NOTHROW(validateRuleSet(r));
    r.fmap.clear();
    CHECK_THROWS_AS(validateRuleSet(r), Failure);
    r = californiaOn("2025-01-01");
    r.countyShareOfStateBasisPoints = -1;
    CHECK_THROWS_AS(validateRuleSet(r), Failure);
    r = californiaOn("2025-01-01");
    r.name.clear();
    CHECK_THROWS_AS(validateRuleSet(r), Failure);

    // allocate() refuses to apply such a rule set rather than guess.
    r = californiaOn("2025-01-01");
    r.fmap.clear();
    try {
        (void)allocate(collection(100, "2025-03-14"),
            std::vector {caseOf("19-0000001", AssistanceStatus::Never, 100)}, r);
        FAIL("an allocation under a rule set without FMAP");
    } catch (const Failure& f) {
        CHECK(f.code() == ErrorCode::Validation);
        CHECK(f.error().field == "rule_set.fmap");
    }
}
