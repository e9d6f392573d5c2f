#include "core/reports/suppression.h"

#include <cmath>
#include <limits>
#include <map>

namespace caseledger::core {

namespace {

using Grid = std::vector<std::vector<bool>>;

// The published sums restricted to the suppressed cells, as a dense matrix over the unknowns
// (the shown cells are known and move to the right-hand side, which does not matter here).
struct System
{
    std::vector<SuppressionCell> unknowns;
    std::vector<std::vector<double>> rows;
};

System systemFor(const SuppressionProblem& p, const Grid& suppressed)
{
    System s;
    std::map<std::pair<int, int>, std::size_t> index;
    for (std::size_t r = 0; r < suppressed.size(); ++r)
        for (std::size_t c = 0; c < suppressed[r].size(); ++c)
            if (suppressed[r][c]) {
                index[{static_cast<int>(r), static_cast<int>(c)}] = s.unknowns.size();
                s.unknowns.push_back({static_cast<int>(r), static_cast<int>(c)});
            }
    for (const auto& sum : p.publishedSums) {
        std::vector<double> row(s.unknowns.size(), 0.0);
        bool any = false;
        for (const auto& cell : sum)
            if (auto it = index.find({cell.row, cell.column}); it != index.end()) {
                row[it->second] += 1.0;
                any = true;
            }
        if (any)
            s.rows.push_back(std::move(row));
    }
    return s;
}

// Reduced row echelon form in place; returns the pivot column of each pivot row.
std::vector<std::size_t> reduce(std::vector<std::vector<double>>& m, std::size_t columns)
{
    std::vector<std::size_t> pivots;
    std::size_t r = 0;
    for (std::size_t c = 0; c < columns && r < m.size(); ++c) {
        std::size_t best = r;
        for (std::size_t i = r; i < m.size(); ++i)
            if (std::fabs(m[i][c]) > std::fabs(m[best][c]))
                best = i;
        if (std::fabs(m[best][c]) < 1e-9)
            continue;
        std::swap(m[r], m[best]);
        const double lead = m[r][c];
        for (auto& v : m[r])
            v /= lead;
        for (std::size_t i = 0; i < m.size(); ++i)
            if (i != r && std::fabs(m[i][c]) > 1e-12) {
                const double f = m[i][c];
                for (std::size_t k = 0; k < columns; ++k)
                    m[i][k] -= f * m[r][k];
            }
        pivots.push_back(c);
        ++r;
    }
    return pivots;
}

// The smallest shown non-zero cell on a published line through `cell`, else a shown zero (the
// pair's sum is still split in more than one way); {-1,-1} when none.
SuppressionCell complementFor(
    const SuppressionProblem& p, const Grid& suppressed, SuppressionCell cell)
{
    SuppressionCell best {-1, -1};
    std::int64_t bestValue = std::numeric_limits<std::int64_t>::max();
    for (const auto& sum : p.publishedSums) {
        bool through = false;
        for (const auto& c : sum)
            through = through || (c.row == cell.row && c.column == cell.column);
        if (!through)
            continue;
        for (const auto& c : sum) {
            const auto v = p.values[c.row][c.column];
            const auto rank = v > 0 ? v : std::numeric_limits<std::int64_t>::max() - 1;
            if (!suppressed[c.row][c.column] && rank < bestValue) {
                bestValue = rank;
                best = c;
            }
        }
    }
    return best;
}

} // namespace

bool isRecomputable(const SuppressionProblem& problem, const Grid& suppressed, SuppressionCell cell)
{
    System s = systemFor(problem, suppressed);
    std::size_t target = s.unknowns.size();
    for (std::size_t i = 0; i < s.unknowns.size(); ++i)
        if (s.unknowns[i].row == cell.row && s.unknowns[i].column == cell.column)
            target = i;
    if (target == s.unknowns.size())
        return true; // not suppressed: shown
    const auto pivots = reduce(s.rows, s.unknowns.size());
    // Fixed exactly when the unknown is a pivot whose row involves no free unknown.
    for (std::size_t r = 0; r < pivots.size(); ++r) {
        if (pivots[r] != target)
            continue;
        for (std::size_t k = 0; k < s.unknowns.size(); ++k)
            if (k != target && std::fabs(s.rows[r][k]) > 1e-9)
                return false;
        return true;
    }
    return false;
}

std::vector<std::vector<bool>> suppressCells(const SuppressionProblem& p)
{
    Grid suppressed;
    for (const auto& row : p.values) {
        suppressed.emplace_back(row.size(), false);
        for (std::size_t c = 0; c < row.size(); ++c)
            suppressed.back()[c] = row[c] > 0 && row[c] < kSmallCellLimit;
    }
    // Each round suppresses one more cell, so this ends (at worst with every non-zero cell).
    for (bool changed = true; changed;) {
        changed = false;
        for (std::size_t r = 0; r < suppressed.size() && !changed; ++r)
            for (std::size_t c = 0; c < suppressed[r].size() && !changed; ++c) {
                const SuppressionCell cell {static_cast<int>(r), static_cast<int>(c)};
                if (!suppressed[r][c] || !isRecomputable(p, suppressed, cell))
                    continue;
                const auto extra = complementFor(p, suppressed, cell);
                if (extra.row < 0)
                    continue; // nothing left to hide on its lines: it is published-sum only
                suppressed[extra.row][extra.column] = true;
                changed = true;
            }
    }
    return suppressed;
}

SuppressionProblem gridProblem(std::vector<std::vector<std::int64_t>> values, bool rowTotals)
{
    SuppressionProblem p;
    p.values = std::move(values);
    const int rows = static_cast<int>(p.values.size());
    const int columns = rows > 0 ? static_cast<int>(p.values[0].size()) : 0;
    for (int c = 0; c < columns; ++c) {
        std::vector<SuppressionCell> sum;
        for (int r = 0; r < rows; ++r)
            sum.push_back({r, c});
        p.publishedSums.push_back(std::move(sum));
    }
    if (rowTotals)
        for (int r = 0; r < rows; ++r) {
            std::vector<SuppressionCell> sum;
            for (int c = 0; c < columns; ++c)
                sum.push_back({r, c});
            p.publishedSums.push_back(std::move(sum));
        }
    return p;
}

} // namespace caseledger::core
