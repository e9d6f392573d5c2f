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

} // namespace caseledger::test
