#include "tests/support/oldschema.h"

#include "core/store/migrations.h"

namespace caseledger::test {

std::unique_ptr<core::Database> databaseAtVersion(
    const std::filesystem::path& path, const core::SecureBytes& key, int version)
{
    auto db = core::Database::open(path, key, core::Database::Mode::Create);
    for (const auto& m : core::migrations()) {
        if (m.version > version)
            break;
        core::Transaction tx(*db);
        m.apply(*db);
        db->setUserVersion(m.version);
        tx.commit();
    }
    return db;
}

std::unique_ptr<core::Database> oneCaseAtVersion(
    const std::filesystem::path& path, const core::SecureBytes& key, int version)
{
    auto db = databaseAtVersion(path, key, version);
    db->exec(kOneCaseSql);
    return db;
}

} // namespace caseledger::test
