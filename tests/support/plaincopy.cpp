#include "tests/support/plaincopy.h"

#include "core/store/database.h"

#include <algorithm>
#include <chrono>
#include <string>
#include <vector>

namespace caseledger::test {

double loadPlainCopy(core::Database& db, const std::filesystem::path& plain)
{
    const auto start = std::chrono::steady_clock::now();
    db.prepare("ATTACH DATABASE ?1 AS plain KEY ''").bind(1, plain.string()).step();
    const std::vector<std::string> own {"meta", "settings", "users", "device", "device_secret",
        "audit_log", "audit_head", "audit_checkpoint", "change_log"};
    std::vector<std::string> tables;
    {
        auto s = db.prepare("SELECT name FROM plain.sqlite_master WHERE type = 'table' AND name "
                            "NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'");
        while (s.step())
            if (const auto name = s.text(0); std::find(own.begin(), own.end(), name) == own.end())
                tables.push_back(name);
    }
    {
        core::Transaction tx(db);
        for (const auto& name : tables)
            db.exec("INSERT OR REPLACE INTO main.\"" + name + "\" SELECT * FROM plain.\"" + name
                + "\"");
        tx.commit();
    }
    db.exec("DETACH DATABASE plain");
    db.exec("PRAGMA analysis_limit = 1000; ANALYZE");
    db.checkpoint();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace caseledger::test
