// The equity dashboard (measures.md): groups with "declined" and "not asked", suppression of
// cells under 11 with complementary suppression, aggregate only.
#include "core/reports/suppression.h"
#include "tests/core/reports/bruteforce.h"
#include "tests/core/reports/reportfixture.h"

#include <catch2/catch_test_macros.hpp>

using namespace caseledger;
using namespace caseledger::core;
using namespace caseledger::test;

namespace {

// A case whose custodial party answered (or not) the race and ethnicity question.
Case openWith(
    TestWorkspace& t, const Session& worker, Answer<std::vector<RaceEthnicity>> race, int n)
{
    NewPersonRequest cp;
    cp.name = {"Ana", "", "Cliente" + std::to_string(n), ""};
    cp.dateOfBirth = Date::fromYmd(1990, 1, 1);
    cp.demographics.raceEthnicity = std::move(race);
    auto person = PersonService(t.ws()).add(worker, cp);
    REQUIRE(person.ok());
    const auto child = addPerson(
        t.ws(), worker, "Niño", "Cliente" + std::to_string(n), Date::fromYmd(2020, 2, 2));
    OpenCaseRequest r;
    r.participants = {{person->id, ParticipantRole::CustodialParty, false, {}},
        {child.id, ParticipantRole::Child, false, {}}};
    auto opened = CaseService(t.ws()).open(worker, r);
    REQUIRE(opened.ok());
    return *opened;
}

using RE = RaceEthnicity;
using Race = Answer<std::vector<RE>>;

} // namespace

TEST_CASE("Equity dashboard suppresses small cells and their complements", "[reports][equity]")
{
    TestWorkspace t {Date::fromYmd(2026, 1, 5)};
    const auto worker = t.addUser("cw1", Role::Caseworker);
    const auto sup = t.addUser("sup1", Role::Supervisor);
    // Hispanic 14 cases (12 with orders), White 12 (none), Asian 3 (none), one case answered
    // "Asian, White" counts as two or more, declined 0, not asked 10 (2 with orders).
    struct Plan
    {
        Race race;
        int cases;
        int orders;
    };
    const std::vector<Plan> plans {{Race::given({RE::HispanicLatino}), 14, 12},
        {Race::given({RE::White}), 12, 0}, {Race::given({RE::Asian}), 3, 0},
        {Race::given({RE::Asian, RE::White}), 1, 0}, {Race::notAsked(), 10, 2}};
    int n = 0;
    for (const auto& plan : plans)
        for (int i = 0; i < plan.cases; ++i) {
            const auto c = openWith(t, worker, plan.race, ++n);
            if (i < plan.orders)
                addOrder(t, worker, c, Date::fromYmd(2026, 1, 1));
        }
    setToday(t, Date::fromYmd(2026, 11, 2));
    ReportParams p;
    p.fiscalYear = 2026;
    auto run = ReportService(t.ws()).run(sup, "equity", p);
    REQUIRE(run.ok());
    const auto& table = run->table;
    // Rows: the answered groups (alphabetical), then declined and not asked -- always shown.
    std::vector<std::string> labels;
    for (const auto& r : table.rows)
        labels.push_back(r.cells[0].text);
    CHECK(labels
        == std::vector<std::string> {"Asian", "Hispanic or Latino",
            "Two or more races or ethnicities", "White", "Declined to state", "Not asked"});
    // Cases: Asian 3, two-or-more 1 and not asked 10 are under 11; those three cells already
    // hide one another (3 + 1 + 10 = 14 in more than one way). Declined 0 is shown.
    CHECK(cellAt(table, "Asian", "cases").suppressed);
    CHECK(cellAt(table, "Two or more races or ethnicities", "cases").suppressed);
    CHECK(cellAt(table, "Not asked", "cases").suppressed);
    CHECK(cellAt(table, "Hispanic or Latino", "cases").value == 14);
    CHECK_FALSE(cellAt(table, "White", "cases").suppressed);
    CHECK(cellAt(table, "Declined to state", "cases").value == 0);
    CHECK_FALSE(cellAt(table, "Declined to state", "cases").suppressed);
    REQUIRE(table.totals);
    CHECK(table.totals->cells[1].value == 40);
    // With an order: Hispanic 12, not asked 2 (under 11) -> Hispanic hidden as its complement,
    // or the total 14 would give the 2 back.
    CHECK(cellAt(table, "Not asked", "with_order").suppressed);
    CHECK(cellAt(table, "Hispanic or Latino", "with_order").suppressed);
    CHECK(cellAt(table, "White", "with_order").value == 0);
    CHECK(table.totals->cells[2].value == 14);
    // Rates go with their counts; the white group's 0 of 12 shows.
    CHECK(cellAt(table, "Hispanic or Latino", "with_order_rate").suppressed);
    CHECK(cellAt(table, "White", "with_order_rate").value == 0);
    CHECK(table.totals->cells[static_cast<std::size_t>(table.columnIndex("with_order_rate"))].value
        == 3'500);

    // Brute force over the published table: no shown count is under 11 and no hidden count
    // is fixed by the totals.
    std::vector<std::vector<std::int64_t>> counts {{3, 0, 0, 0, 0, 0}, {14, 12, 0, 0, 0, 0},
        {1, 0, 0, 0, 0, 0}, {12, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 0}, {10, 2, 0, 0, 0, 0}};
    std::vector<std::vector<bool>> hidden;
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        hidden.emplace_back();
        for (std::size_t c = 1; c <= 6; ++c) {
            const auto& cell = table.rows[r].cells[c];
            CHECK((cell.suppressed || cell.value == counts[r][c - 1]));
            hidden.back().push_back(cell.suppressed);
        }
    }
    requireSafe(gridProblem(counts, false), hidden);
    // Aggregate only: no case lists, and no names in any rendering.
    for (const auto& r : table.rows)
        for (const auto& cell : r.cells)
            CHECK(cell.drill.empty());
    const auto text = renderText(table, run->header) + renderCsv(table, run->header)
        + renderJson(table, run->header);
    CHECK(text.find("Cliente") == std::string::npos);
}
