// SECURITY S4: with `cipher_memory_security = ON`, every block SQLite frees is wiped and every
// block it holds is locked out of swap, through this program's functions on Linux
// (core/store/securememory.h).
#include "core/store/securememory.h"

#include "core/store/database.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch_test_macros.hpp>
#include <cstdint>
#include <fstream>
#include <sqlcipher/sqlite3.h>
#include <sstream>
#include <string>
#include <vector>

using namespace caseledger;
using namespace caseledger::core;

namespace {

// The "Locked:" figure (kB) of the mapping that holds `address`, from /proc/self/smaps.
std::int64_t lockedKbOfMapping(const void* address)
{
    const auto at = reinterpret_cast<std::uintptr_t>(address);
    std::ifstream smaps("/proc/self/smaps");
    std::string line;
    bool inside = false;
    while (std::getline(smaps, line)) {
        std::uintptr_t from = 0, to = 0;
        char dash = 0;
        std::istringstream head(line);
        if (head >> std::hex >> from >> dash >> to && dash == '-') {
            inside = from <= at && at < to;
            continue;
        }
        if (inside && line.starts_with("Locked:"))
            return std::stoll(line.substr(7));
    }
    return -1;
}

} // namespace

TEST_CASE("S4: SQLite's freed memory is wiped and its live memory stays locked", "[store][S4]")
{
    test::TestWorkspace t; // opens a database: memory security is on from here
    REQUIRE(t.ws().db().queryInt64("PRAGMA cipher_memory_security") == 1);
    const auto before = secureMemoryStats();
    if (!before.active)
        SKIP("SQLCipher's own locking and wiping run on this platform");

    SECTION("statements run through the counted locks and the wipe")
    {
        for (int i = 0; i < 50; ++i)
            t.ws().db().queryInt64("SELECT count(*) FROM sqlite_master");
        const auto after = secureMemoryStats();
        CHECK(after.lockRequests > before.lockRequests);
        CHECK(after.wipedBytes > before.wipedBytes);
        // Most requests find their pages already locked by a neighbouring block.
        CHECK(after.systemCalls - before.systemCalls
            < (after.lockRequests - before.lockRequests) / 2);
    }

    SECTION("a freed block is wiped")
    {
        auto* block = static_cast<unsigned char*>(sqlite3_malloc(256));
        REQUIRE(block != nullptr);
        std::fill(block, block + 256, 0xAB);
        const auto wiped = secureMemoryStats().wipedBytes;
        sqlite3_free(block);
        CHECK(secureMemoryStats().wipedBytes >= wiped + 256);
    }

    SECTION("freeing one block leaves its neighbour's page locked")
    {
        // Two small blocks on one page (the allocator puts consecutive ones side by side).
        std::vector<void*> blocks;
        void* first = nullptr;
        void* second = nullptr;
        for (int i = 0; i < 64 && !second; ++i) {
            blocks.push_back(sqlite3_malloc(48));
            REQUIRE(blocks.back() != nullptr);
            const auto page = [](void* p) { return reinterpret_cast<std::uintptr_t>(p) >> 12; };
            if (blocks.size() >= 2 && page(blocks[blocks.size() - 2]) == page(blocks.back())) {
                first = blocks[blocks.size() - 2];
                second = blocks.back();
            }
        }
        REQUIRE(second != nullptr);
        const auto failures = secureMemoryStats().lockFailures;
        CHECK(secureMemoryPageLocked(second));
        sqlite3_free(first);
        CHECK(secureMemoryPageLocked(second));
        // What the kernel says, unless it refused to lock (RLIMIT_MEMLOCK) during the test.
        if (secureMemoryStats().lockFailures == failures)
            CHECK(lockedKbOfMapping(second) > 0);
        for (void* b : blocks)
            if (b != first)
                sqlite3_free(b);
    }
}
