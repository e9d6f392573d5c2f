// SECURITY S4: with `cipher_memory_security = ON`, every block SQLite frees is wiped and every
// block it holds is locked out of swap, through this program's functions and heap on Linux
// (core/store/securememory.h, core/store/secureheap.h).
#include "core/store/securememory.h"

#include "core/store/database.h"
#include "core/store/secureheap.h"
#include "tests/support/lockedmemory.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch_test_macros.hpp>
#include <cstdint>
#include <sqlcipher/sqlite3.h>
#include <string>
#include <sys/mman.h>
#include <unistd.h>
#include <vector>

using namespace caseledger;
using namespace caseledger::core;

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

    SECTION("SQLite's blocks come from the locked heap: its statements need no system call")
    {
        REQUIRE(installSecureHeap());
        REQUIRE(before.heapBytes > 0);
        if (before.lockFailures > 0)
            SKIP("the kernel refused to lock memory (RLIMIT_MEMLOCK)");
        auto* block = sqlite3_malloc(100);
        REQUIRE(block != nullptr);
        CHECK(secureMemoryPageLocked(block));
        sqlite3_free(block);
        const auto run = [&] {
            for (int i = 0; i < 50; ++i)
                t.ws().db().queryInt64("SELECT count(*) FROM sqlite_master");
        };
        run(); // the statements' classes get their blocks
        const auto warm = secureMemoryStats();
        run();
        const auto after = secureMemoryStats();
        CHECK(after.lockRequests > warm.lockRequests);
        CHECK(after.systemCalls == warm.systemCalls);
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

    SECTION("a block larger than the heap's classes is locked page by page while it lives")
    {
        const auto calls = secureMemoryStats().systemCalls;
        auto* block = static_cast<unsigned char*>(sqlite3_malloc(200 * 1024));
        REQUIRE(block != nullptr);
        const auto failures = secureMemoryStats().lockFailures;
        CHECK(secureMemoryStats().systemCalls > calls); // the ledger asked the kernel
        if (secureMemoryStats().lockFailures == failures) {
            CHECK(secureMemoryPageLocked(block + 100 * 1024));
            CHECK(test::lockedKbOfMapping(block + 100 * 1024) > 0);
        }
        sqlite3_free(block);
        CHECK_FALSE(secureMemoryPageLocked(block + 100 * 1024));
    }

    SECTION("a page stays locked while a block locked on it lives")
    {
        // Small blocks until one shares its page with the one before (the allocator puts
        // consecutive ones side by side).
        const auto failures = secureMemoryStats().lockFailures;
        std::vector<void*> blocks;
        void* second = nullptr; // a block with a neighbour on its page
        for (int i = 0; i < 64 && !second; ++i) {
            blocks.push_back(sqlite3_malloc(48));
            REQUIRE(blocks.back() != nullptr);
            const auto page = [](void* p) { return reinterpret_cast<std::uintptr_t>(p) >> 12; };
            if (blocks.size() >= 2 && page(blocks[blocks.size() - 2]) == page(blocks.back()))
                second = blocks.back();
        }
        REQUIRE(second != nullptr);
        if (secureMemoryStats().lockFailures != failures)
            SKIP("the kernel refused to lock memory (RLIMIT_MEMLOCK)");
        CHECK(secureMemoryPageLocked(second));
        // Freeing the neighbours, and unlocking blocks that were never locked (as SQLCipher does
        // for blocks allocated before memory security was on, however many), leave the page
        // locked.
        for (void* b : blocks)
            if (b != second)
                sqlite3_free(b);
        // (A block known as (page start, 8) would end 8 bytes into the page: none can, as the
        // allocator's header comes first, so these unlocks match no live block.)
        const auto pageSize = static_cast<std::uintptr_t>(sysconf(_SC_PAGESIZE));
        const auto pageStart = reinterpret_cast<std::uintptr_t>(second) & ~(pageSize - 1);
        for (int i = 0; i < 200; ++i)
            munlock(reinterpret_cast<void*>(pageStart), 8);
        CHECK(secureMemoryPageLocked(second));
        // And the kernel agrees: locking splits mappings so that each is locked or not as a
        // whole, so the mapping that holds `second` shows a "Locked:" figure only if it is.
        CHECK(test::lockedKbOfMapping(second) > 0);
        sqlite3_free(second);
    }
}
