#pragma once

namespace caseledger::core {

class Database;

// Migration steps kept in files of their own (so that features adding a version do not edit
// one long file); migrations.cpp lists them in order.

// Version 3: guideline calculations saved with a case and attached to the order they support
// (issue 5, item 3). core/store/migrationv3.cpp.
void migrateToV3(Database& db);

// Version 4: the finance ledger (issue 4): charges, collections, allocation lines,
// disbursements, the undistributed queue, URA, receivables. core/store/migrationv4.cpp.
void migrateToV4(Database& db);

// version 5: covering indexes for the supervisor reports (issue 6, "Performance").
// core/store/migrationv5.cpp.
void migrateToV5(Database& db);

// Version 6: longer prefix indexes for the name search (issue 3, "Performance"), the index
// rebuilt from itself. core/store/migrationv6.cpp.
void migrateToV6(Database& db);

// Version 7: the index of participants by person covers the case id, so that a search lists
// each person's cases without reading the participant rows (issue 3, "Performance").
// core/store/migrationv7.cpp.
void migrateToV7(Database& db);

// Version 8: the ledger indexes by case cover the columns that accrual and posting read
// (issue 4, "Performance"). core/store/migrationv8.cpp.
void migrateToV8(Database& db);

// Version 9: installment balances and accrual marks kept by triggers, so that accrual plans a
// case from the month it stopped at (issue 4, "Performance"). core/store/migrationv9.cpp.
void migrateToV9(Database& db);

// Version 10: per case, the sums of the buckets other than current support and installments,
// kept by triggers, so that posting reads a case's balances without its history (issue 4,
// "Performance"). core/store/migrationv10.cpp.
void migrateToV10(Database& db);

// Version 11: per fiscal year and case, and per month, the sums the supervisor reports read,
// kept by triggers, so that a report reads them instead of the ledger's history (issue 6,
// "Performance"). core/store/migrationv11.cpp.
void migrateToV11(Database& db);

} // namespace caseledger::core
