#pragma once

#include "core/store/database.h"

#include <filesystem>
#include <memory>

namespace caseledger::test {

// A new database at schema `version`, as the release that ended there left it: the migration
// steps up to that version and no further, so that a test can put rows in the old shape and
// watch core::migrate() bring them forward.
std::unique_ptr<core::Database> databaseAtVersion(
    const std::filesystem::path& path, const core::SecureBytes& key, int version);

// One open case, 19-0000001, id 00000000-0000-0000-0000-0000000000c1, as a row of any schema
// from version 2 on, for the ledger rows of a migration test to hang on.
inline constexpr const char* kOneCaseSql = R"sql(
INSERT INTO cases (id, case_number, origin_county, managing_county, status, phase, source,
                   application_date, opened_on, hlc, device) VALUES
    (x'000000000000000000000000000000c1', '19-0000001', 19, 19, 'open', 'enforcement',
     'application', '2025-01-05', '2025-01-05', 1, x'aa');
)sql";

// A new database at `version` (from 2 on) holding the one case of kOneCaseSql, for the ledger
// rows of a migration test.
std::unique_ptr<core::Database> oneCaseAtVersion(
    const std::filesystem::path& path, const core::SecureBytes& key, int version);

// The head of an INSERT of charges as every schema from version 4 on stores them; a migration
// test appends its rows.
inline constexpr const char* kChargeInsertSql = R"sql(
INSERT INTO charge (id, case_id, period, effective_on, kind, bucket, installment_due,
                    amount_cents, reason, created_at, hlc, device) VALUES
)sql";

} // namespace caseledger::test
