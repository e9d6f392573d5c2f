// Small-cell suppression (measures.md "Rules"): no cell under 11 is shown, and no suppressed
// cell can be recomputed from the published totals -- checked by brute force: every value
// the suppressed cells could take that matches the totals is enumerated, and each suppressed
// cell must be able to take at least two values.
#include "core/reports/suppression.h"

#include "tests/core/reports/bruteforce.h"

#include <catch2/catch_test_macros.hpp>
#include <functional>
#include <random>
#include <set>

using namespace caseledger::core;
using namespace caseledger::test;

TEST_CASE("A lone small cell in a column takes a complement with it", "[reports][suppression]")
{
    const auto p = gridProblem({{25, 15}, {12, 11}, {3, 2}, {0, 0}}, false);
    const auto hidden = suppressCells(p);
    CHECK(hidden[2][0]);
    CHECK(hidden[2][1]);
    // Column 0: the smallest other non-zero cell (12) goes too; column 1 likewise (11).
    CHECK(hidden[1][0]);
    CHECK(hidden[1][1]);
    CHECK_FALSE(hidden[0][0]);
    CHECK_FALSE(hidden[0][1]);
    requireSafe(p, hidden);
}

TEST_CASE("Two small cells in a column protect each other", "[reports][suppression]")
{
    const auto p = gridProblem({{30}, {4}, {5}}, false);
    const auto hidden = suppressCells(p);
    CHECK_FALSE(hidden[0][0]);
    CHECK(hidden[1][0]);
    CHECK(hidden[2][0]);
    requireSafe(p, hidden);
}

TEST_CASE("With row and column totals, no suppressed cell is fixed by the margins",
    "[reports][suppression]")
{
    const auto p = gridProblem({{20, 3, 14}, {15, 30, 12}, {40, 22, 18}}, true);
    const auto hidden = suppressCells(p);
    CHECK(hidden[0][1]);
    requireSafe(p, hidden);
    int count = 0;
    for (const auto& row : hidden)
        for (bool h : row)
            count += h ? 1 : 0;
    CHECK(count >= 4); // a cycle: at least two rows and two columns
}

TEST_CASE("Random small tables are always safe", "[reports][suppression]")
{
    std::mt19937 rng(20261102);
    std::uniform_int_distribution<int> small(0, 14), big(0, 40);
    for (int round = 0; round < 40; ++round) {
        const bool rowTotals = round % 2 == 0;
        std::vector<std::vector<std::int64_t>> values(3, std::vector<std::int64_t>(3));
        for (auto& row : values)
            for (auto& v : row)
                v = !rowTotals && round % 3 == 0 ? big(rng) : small(rng);
        const auto p = gridProblem(values, rowTotals);
        const auto hidden = suppressCells(p);
        INFO("round " << round);
        requireSafe(p, hidden);
    }
}
