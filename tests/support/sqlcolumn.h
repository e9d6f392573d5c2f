#pragma once

#include <string>
#include <vector>

namespace caseledger::core {
class Database;
}

namespace caseledger::test {

// One column of every row a statement returns, as text: what tests and benchmarks read back
// from a database (sample inputs, index columns, query plans).
std::vector<std::string> textColumn(core::Database& db, const std::string& sql, int column = 0);

} // namespace caseledger::test
