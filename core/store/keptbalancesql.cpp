#include "core/store/keptbalancesql.h"

#include "core/store/database.h"

#include <string>

namespace caseledger::core {

void fillReportSums(Database& db)
{
    for (const auto& t : kReportSumTables) {
        db.exec(std::string("DELETE FROM ") + t.name);
        db.exec(std::string("INSERT INTO ") + t.name + " (" + t.columns + ") " + t.fromLedger);
    }
}

std::int64_t reportSumDifferences(Database& db, const ReportSumTable& t)
{
    // The ledger's statement names its columns its own way: both sides are renamed to the
    // table's names by a common table expression, so the keys can be compared.
    const std::string with = std::string("WITH kept (") + t.columns + ") AS (SELECT " + t.columns
        + " FROM " + t.name + "), ledger (" + t.columns + ") AS (" + t.fromLedger + ") ";
    return db.queryInt64(with + "SELECT count(*) FROM (SELECT " + t.key
        + " FROM (SELECT * FROM kept EXCEPT SELECT * FROM ledger) UNION SELECT " + t.key
        + " FROM (SELECT * FROM ledger EXCEPT SELECT * FROM kept))");
}

} // namespace caseledger::core
