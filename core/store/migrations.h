#pragma once

#include <functional>
#include <string>
#include <vector>

namespace caseledger::core {

class Database;

// Numbered schema migrations on PRAGMA user_version (STYLE: one function per version, each
// with a test from a fixture of the previous version). Each runs in its own transaction.
struct Migration
{
    int version;
    std::string description;
    std::function<void(Database&)> apply;
};

const std::vector<Migration>& migrations();
int latestSchemaVersion();

// Brings the database up to the latest version. Failure(Damaged) when the file is newer
// than this program knows.
void migrate(Database& db);

} // namespace caseledger::core
