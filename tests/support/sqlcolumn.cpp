#include "tests/support/sqlcolumn.h"

#include "core/store/database.h"

namespace caseledger::test {

std::vector<std::string> textColumn(core::Database& db, const std::string& sql, int column)
{
    std::vector<std::string> out;
    auto s = db.prepare(sql);
    while (s.step())
        out.push_back(s.text(column));
    return out;
}

} // namespace caseledger::test
