#pragma once

#include <cstdint>
#include <vector>

namespace caseledger::core {

// Small-cell suppression for the equity dashboard (measures.md "Rules"): a cell counting
// 1..10 people is suppressed (primary), and so is any further cell needed so that no
// suppressed cell can be recomputed from the published totals (complementary). A zero is
// shown: it describes nobody.
//
// The grid is `values` (rows x columns); each constraint is a set of cells whose sum is
// published (a column total, a row total). A suppressed cell is recomputable exactly when it
// is fixed by the linear system of the published sums over the suppressed cells; the
// algorithm adds the smallest non-zero cell of a line through such a cell until none is.
struct SuppressionCell
{
    int row = 0;
    int column = 0;
};

struct SuppressionProblem
{
    std::vector<std::vector<std::int64_t>> values;
    std::vector<std::vector<SuppressionCell>> publishedSums;
};

inline constexpr std::int64_t kSmallCellLimit = 11; // measures.md: fewer than 11 people

// Which cells to suppress: same shape as `values`.
std::vector<std::vector<bool>> suppressCells(const SuppressionProblem& problem);

// Whether a suppressed cell is fixed by the published sums (for tests and the algorithm).
bool isRecomputable(const SuppressionProblem& problem,
    const std::vector<std::vector<bool>>& suppressed, SuppressionCell cell);

// The usual shape: every column's total is published (the totals row), and every row's total
// when `rowTotals`.
SuppressionProblem gridProblem(std::vector<std::vector<std::int64_t>> values, bool rowTotals);

} // namespace caseledger::core
