#pragma once

// Brute force for the suppression tests: every value the suppressed cells could take that
// matches the published totals is enumerated; a safe table lets each take at least two.
#include "core/reports/suppression.h"

#include <catch2/catch_test_macros.hpp>
#include <functional>
#include <optional>
#include <set>

namespace caseledger::test {

using Grid = std::vector<std::vector<bool>>;

// The values each suppressed cell takes over all non-negative integer solutions of the
// published sums (the shown cells known), by depth-first search with pruning.
inline std::vector<std::set<std::int64_t>> solutions(
    const core::SuppressionProblem& p, const Grid& hidden)
{
    std::vector<core::SuppressionCell> unknowns;
    for (int r = 0; r < static_cast<int>(hidden.size()); ++r)
        for (int c = 0; c < static_cast<int>(hidden[r].size()); ++c)
            if (hidden[r][c])
                unknowns.push_back({r, c});
    // The remaining amount of every published sum once the shown cells are taken off.
    std::vector<std::int64_t> remaining;
    for (const auto& sum : p.publishedSums) {
        std::int64_t rest = 0;
        for (const auto& cell : sum)
            rest += p.values[cell.row][cell.column];
        for (const auto& cell : sum)
            rest -= hidden[cell.row][cell.column] ? 0 : p.values[cell.row][cell.column];
        remaining.push_back(rest);
    }
    // The index of the last unknown in each sum: once it is assigned, the sum must be met.
    std::vector<std::vector<std::size_t>> closes(unknowns.size());
    for (std::size_t s = 0; s < p.publishedSums.size(); ++s) {
        std::optional<std::size_t> last;
        for (std::size_t k = 0; k < unknowns.size(); ++k)
            for (const auto& cell : p.publishedSums[s])
                if (cell.row == unknowns[k].row && cell.column == unknowns[k].column)
                    last = k;
        if (last)
            closes[*last].push_back(s);
    }
    std::vector<std::set<std::int64_t>> seen(unknowns.size());
    std::vector<std::int64_t> assigned(unknowns.size());
    std::function<void(std::size_t)> search = [&](std::size_t i) {
        if (i == unknowns.size()) {
            for (auto r : remaining)
                if (r != 0)
                    return;
            for (std::size_t k = 0; k < unknowns.size(); ++k)
                seen[k].insert(assigned[k]);
            return;
        }
        std::int64_t cap = 1'000'000;
        for (std::size_t s = 0; s < p.publishedSums.size(); ++s)
            for (const auto& cell : p.publishedSums[s])
                if (cell.row == unknowns[i].row && cell.column == unknowns[i].column)
                    cap = std::min(cap, remaining[s]);
        for (std::int64_t v = 0; v <= cap; ++v) {
            assigned[i] = v;
            for (std::size_t s = 0; s < p.publishedSums.size(); ++s)
                for (const auto& cell : p.publishedSums[s])
                    if (cell.row == unknowns[i].row && cell.column == unknowns[i].column)
                        remaining[s] -= v;
            bool met = true;
            for (auto s : closes[i])
                met = met && remaining[s] == 0;
            if (met)
                search(i + 1);
            for (std::size_t s = 0; s < p.publishedSums.size(); ++s)
                for (const auto& cell : p.publishedSums[s])
                    if (cell.row == unknowns[i].row && cell.column == unknowns[i].column)
                        remaining[s] += v;
        }
    };
    search(0);
    return seen;
}

inline void requireSafe(const core::SuppressionProblem& p, const Grid& hidden)
{
    for (std::size_t r = 0; r < p.values.size(); ++r)
        for (std::size_t c = 0; c < p.values[r].size(); ++c) {
            const auto v = p.values[r][c];
            if (v > 0 && v < core::kSmallCellLimit)
                REQUIRE(hidden[r][c]); // no cell under 11 is shown
        }
    for (const auto& values : solutions(p, hidden))
        REQUIRE(values.size() >= 2); // no suppressed cell can be recomputed
}

} // namespace caseledger::test
