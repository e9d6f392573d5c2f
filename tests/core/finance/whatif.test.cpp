// The what-if JSON contract: what it accepts and what it refuses, naming the field.
#include "core/base/error.h"
#include "core/finance/whatifrequest.h"
#include "tests/core/finance/financetesthelpers.h"

#include <catch2/catch_test_macros.hpp>

using namespace caseledger::core;
using namespace caseledger::test;

namespace {

constexpr const char* kContract
    = R"({"collection": {"amount_cents": 60000, "date": "2025-03-15", "source": "wage_withholding"}, "cases": [{"case": "19-0000001", "assistance": "current", "children": 2, "current_due_cents": {"child": 30000, "medical": 0, "spousal": 0}, "arrears_cents": {"NA": 20000, "PA": 100000, "TA": 0, "CA": 0, "UDA": 0, "UPA": 0}, "interest_cents": {"NA": 0, "PA": 0}, "ura_cents": 80000}]})";

std::string replaced(std::string text, const std::string& from, const std::string& to)
{
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

std::string refusedField(const std::string& text)
{
    try {
        (void)parseWhatIfRequest(text);
    } catch (const Failure& f) {
        CHECK(f.code() == ErrorCode::Validation);
        CHECK(f.error().message.find(f.error().field) != std::string::npos);
        return f.error().field;
    }
    FAIL("accepted: " << text);
    return {};
}

} // namespace

TEST_CASE("The what-if contract example parses and allocates", "[finance]")
{
    const auto request = parseWhatIfRequest(kContract);
    CHECK(request.collection.amount == cents(60000));
    CHECK(request.collection.date == day("2025-03-15"));
    CHECK(request.collection.source == CollectionSource::WageWithholding);
    REQUIRE(request.cases.size() == 1);
    const auto& b = request.cases[0];
    CHECK(b.caseNumber == "19-0000001");
    CHECK(b.assistance == AssistanceStatus::Current);
    CHECK(b.children == 2);
    CHECK(b.currentDue.child == cents(30000));
    CHECK(b.principal(ArrearsCategory::PA) == cents(100000));
    CHECK(b.ura == cents(80000));

    const auto j = allocationResultToJson(allocateOn(request.collection, request.cases));
    CHECK(j["total_cents"] == 60000);
    REQUIRE(j["lines"].size() == 5);
    CHECK(j["lines"][0]["case"] == "19-0000001");
    CHECK(j["lines"][0]["bucket"] == "current_child");
    CHECK(j["lines"][0]["payee"] == "family");
    CHECK(j["lines"][0]["amount_cents"] == 20000);
    CHECK(j["lines"][0]["rule"].get<std::string>().find("Family Code §17504") != std::string::npos);
    CHECK(j["lines"][0].size() == 5);
}

TEST_CASE("The what-if request refuses bad input, naming the field", "[finance]")
{
    const std::string t = kContract;
    CHECK(refusedField(replaced(t, "\"NA\": 20000", "\"NA\": -1")) == "cases[0].arrears_cents.NA");
    CHECK(
        refusedField(replaced(t, "\"NA\": 20000", "\"NA\": 12.5")) == "cases[0].arrears_cents.NA");
    CHECK(refusedField(replaced(t, "\"NA\": 20000", "\"NA\": \"200\""))
        == "cases[0].arrears_cents.NA");
    CHECK(refusedField(replaced(t, "\"NA\": 20000", "\"XX\": 1")) == "cases[0].arrears_cents.XX");
    CHECK(refusedField(replaced(t, "\"PA\": 0}", "\"PA\": 0, \"PA\": 1}")) == "PA");
    CHECK(refusedField(replaced(t, "2025-03-15", "2025-02-30")) == "collection.date");
    CHECK(refusedField(replaced(t, "2025-03-15", "15/03/2025")) == "collection.date");
    CHECK(refusedField(replaced(t, "wage_withholding", "lottery")) == "collection.source");
    CHECK(refusedField(replaced(t, "\"current\"", "\"sometimes\"")) == "cases[0].assistance");
    CHECK(refusedField(replaced(t, "\"current\"", "\"medicaid_only\"")) == "cases[0].assistance");
    CHECK(refusedField(replaced(t, "\"amount_cents\": 60000", "\"amount_cents\": 0"))
        == "collection.amount_cents");
    CHECK(refusedField(replaced(t, "\"children\": 2, ", "")) == "cases[0].children");
    CHECK(refusedField(replaced(t, "\"children\": 2", "\"children\": -1")) == "cases[0].children");
    CHECK(refusedField(replaced(t, "\"ura_cents\"", "\"urа_cents\"")) == "cases[0].urа_cents");
    CHECK(refusedField(replaced(t, "\"medical\": 0", "\"dental\": 0"))
        == "cases[0].current_due_cents.dental");
    CHECK(refusedField(replaced(t, "\"case\": \"19-0000001\", ", "")) == "cases[0].case");
    CHECK(
        refusedField(
            R"({"collection": {"amount_cents": 1, "date": "2025-03-15", "source": "direct"}, "cases": []})")
        == "cases");
    CHECK(refusedField(
              R"({"collection": {"amount_cents": 1, "date": "2025-03-15", "source": "direct"}})")
        == "cases");
    CHECK(refusedField(R"([1, 2])") == "request");
    CHECK(refusedField("{\"collection\": ") == "request");
}

TEST_CASE("A what-if case may say its monthly support, the months its orders still run and what "
          "is paid ahead",
    "[finance][prepayment][orderend]")
{
    // $300 a month, three months left, $450 already paid ahead: $450 more fits before the end.
    const auto request = parseWhatIfRequest(
        R"({"collection": {"amount_cents": 100000, "date": "2025-03-15", "source": "direct"}, "cases": [{"case": "19-0000001", "assistance": "never", "monthly_support_cents": 30000, "months_left": 3, "paid_ahead_cents": 45000}]})");
    const auto& b = request.cases.at(0);
    CHECK(b.monthlySupport == cents(30000));
    CHECK(b.futureMonths == 3);
    CHECK(b.futureCredit == cents(45000));
    const auto j = allocationResultToJson(allocateOn(request.collection, request.cases));
    std::int64_t ahead = 0, held = 0;
    for (const auto& l : j["lines"])
        (l["payee"] == "held" ? held : ahead) += l["amount_cents"].get<std::int64_t>();
    CHECK(ahead == 45000);
    CHECK(held == 55000);

    const std::string t = kContract;
    CHECK(refusedField(
              replaced(t, "\"ura_cents\": 80000", "\"ura_cents\": 80000, \"months_left\": -1"))
        == "cases[0].months_left");
    CHECK(refusedField(replaced(
              t, "\"ura_cents\": 80000", "\"ura_cents\": 80000, \"paid_ahead_cents\": 1.5"))
        == "cases[0].paid_ahead_cents");
}

TEST_CASE("Absent amounts are zero; a repeated case number is refused at allocation", "[finance]")
{
    const auto request = parseWhatIfRequest(
        R"({"collection": {"amount_cents": 100, "date": "2025-03-15", "source": "direct"}, "cases": [{"case": "A", "assistance": "never"}, {"case": "A", "assistance": "former"}]})");
    CHECK(request.cases[0].totalArrears().isZero());
    try {
        (void)allocateOn(request.collection, request.cases);
        FAIL("accepted");
    } catch (const Failure& f) {
        CHECK(f.error().field == "cases[1].case");
    }
}
