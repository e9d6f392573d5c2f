// SECURITY S4: the heap SQLite's memory comes from (core/store/secureheap.h). These tests use a
// heap of their own, so they run in every build, the sanitizer builds included.
#include "core/store/secureheap.h"

#include "tests/support/lockedmemory.h"

#include <catch2/catch_test_macros.hpp>
#include <csignal>
#include <cstdint>
#include <cstring>
#include <linux/capability.h>
#include <random>
#include <string>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace caseledger;
using namespace caseledger::core;

namespace {

struct Live
{
    unsigned char* p = nullptr;
    std::size_t n = 0;
    unsigned char fill = 0;
};

bool filledWith(const Live& b)
{
    for (std::size_t i = 0; i < b.n; ++i)
        if (b.p[i] != b.fill)
            return false;
    return true;
}

} // namespace

TEST_CASE("The secure heap's classes fit every size with little waste", "[store][S4]")
{
    std::size_t previous = 0;
    for (std::size_t n = 0; n <= SecureHeap::kMaxClassBytes; ++n) {
        const std::size_t r = SecureHeap::roundUp(n);
        INFO("n = " << n);
        REQUIRE(r >= n);
        REQUIRE(r % 16 == 0);
        REQUIRE(r >= previous); // classes ascend with the size asked
        REQUIRE(r - n <= std::max<std::size_t>(16, n / 8)); // at most an eighth wasted
        previous = r;
    }
    CHECK(SecureHeap::roundUp(SecureHeap::kMaxClassBytes) == SecureHeap::kMaxClassBytes);
    CHECK(SecureHeap::roundUp(SecureHeap::kMaxClassBytes + 1) == SecureHeap::kMaxClassBytes + 8);
}

TEST_CASE("The secure heap keeps every block's bytes through random use", "[store][S4]")
{
    SecureHeap heap(64u << 20);
    REQUIRE(heap.valid());
    std::mt19937_64 rng(20261124);
    std::vector<Live> live;
    const auto size = [&]() -> std::size_t {
        switch (rng() % 8) {
        case 0:
            return rng() % 16;
        case 1:
            return 4096 + rng() % 400; // SQLite's page-cache entries
        case 2:
            return rng() % SecureHeap::kMaxClassBytes;
        case 3:
            return SecureHeap::kMaxClassBytes + rng() % 100'000; // from the C library
        default:
            return 1 + rng() % 512;
        }
    };
    const auto fresh = [&](std::size_t n) {
        Live b {static_cast<unsigned char*>(heap.allocate(n)), n,
            static_cast<unsigned char>(1 + rng() % 255)};
        REQUIRE(b.p != nullptr);
        REQUIRE(reinterpret_cast<std::uintptr_t>(b.p) % 8 == 0);
        REQUIRE(heap.sizeOf(b.p) >= n);
        if (n <= SecureHeap::kMaxClassBytes)
            REQUIRE(heap.sizeOf(b.p) == SecureHeap::roundUp(n));
        REQUIRE(heap.owns(b.p, 1) == (n <= SecureHeap::kMaxClassBytes));
        std::memset(b.p, b.fill, n);
        return b;
    };
    for (int step = 0; step < 40'000; ++step) {
        const auto op = rng() % 10;
        if (live.empty() || op < 4) {
            live.push_back(fresh(size()));
        } else if (op < 8) {
            const std::size_t i = rng() % live.size();
            REQUIRE(filledWith(live[i])); // no other block wrote over it
            heap.release(live[i].p);
            live[i] = live.back();
            live.pop_back();
        } else {
            Live& b = live[rng() % live.size()];
            REQUIRE(filledWith(b));
            const std::size_t n = size();
            auto* moved = static_cast<unsigned char*>(heap.reallocate(b.p, n));
            REQUIRE(moved != nullptr);
            REQUIRE(heap.sizeOf(moved) >= n);
            const std::size_t kept = std::min(b.n, n);
            for (std::size_t k = 0; k < kept; ++k)
                REQUIRE(moved[k] == b.fill);
            b.p = moved;
            b.n = n;
            std::memset(b.p, b.fill, n);
        }
    }
    for (const auto& b : live) {
        REQUIRE(filledWith(b));
        heap.release(b.p);
    }
    CHECK(heap.stats().liveBlocks == 0);
}

TEST_CASE("The secure heap reuses freed blocks and wipes what it moves", "[store][S4]")
{
    SecureHeap heap(16u << 20);
    REQUIRE(heap.valid());

    SECTION("a block freed and asked for again costs no new memory")
    {
        void* first = heap.allocate(300);
        heap.release(first);
        const auto committed = heap.stats().committedBytes;
        for (int i = 0; i < 10'000; ++i) {
            void* p = heap.allocate(290); // the same class as 300
            CHECK(p == first);
            heap.release(p);
        }
        CHECK(heap.stats().committedBytes == committed);
    }

    SECTION("a block moved to a larger class is wiped before it is reused")
    {
        auto* p = static_cast<unsigned char*>(heap.allocate(64));
        std::memset(p, 0xAB, 64);
        void* moved = heap.reallocate(p, 1000);
        REQUIRE(moved != p);
        auto* again = static_cast<unsigned char*>(heap.allocate(64));
        REQUIRE(again == p); // the freed block, first on its class's list
        for (std::size_t i = 0; i < 64; ++i)
            CHECK(again[i] != 0xAB);
        heap.release(again);
        heap.release(moved);
    }

    SECTION("a smaller size keeps the block")
    {
        void* p = heap.allocate(1000);
        CHECK(heap.reallocate(p, 10) == p);
        heap.release(p);
    }
}

TEST_CASE(
    "The secure heap's memory is locked, and its end falls back to the C library", "[store][S4]")
{
    SecureHeap heap(2u << 20, 1u << 20); // a chunk for the small classes, one for the rest
    REQUIRE(heap.valid());
    void* small = heap.allocate(72);
    std::vector<void*> blocks;
    for (int i = 0; i < 20; ++i) // 20 x 100 kB: more than a chunk holds
        blocks.push_back(heap.allocate(100'000));
    const auto s = heap.stats();
    CHECK(s.committedBytes == 2u << 20);
    CHECK(heap.owns(small, 72));
    CHECK(heap.owns(blocks.front(), 100'000));
    CHECK_FALSE(heap.owns(blocks.back(), 1)); // served by the C library
    CHECK(heap.sizeOf(blocks.back()) >= 100'000);
    std::memset(blocks.back(), 0x5A, 100'000);
    // No block straddles two chunks (the tenth 100 kB block would have).
    for (void* p : blocks)
        if (heap.owns(p, 1))
            CHECK(heap.owns(p, heap.sizeOf(p)));
    if (s.lockFailures > 0)
        SKIP("the kernel refused to lock memory (RLIMIT_MEMLOCK)");
    CHECK(s.lockedBytes == 2u << 20);
    CHECK(heap.locked(small));
    CHECK(heap.locked(blocks.front()));
    CHECK(heap.lockRange(blocks.front(), 100'000));
    CHECK(test::lockedKbOfMapping(small) > 0); // and the kernel agrees
    CHECK(test::lockedKbOfMapping(blocks.front()) > 0);
    for (void* p : blocks)
        heap.release(p);
    heap.release(small);
    CHECK(heap.locked(blocks.front())); // freed blocks stay locked for their successors
}

namespace {

// Runs `body` in a child process; its exit status, or 128 + the signal that ended it.
template<typename Body>
int inChild(Body body)
{
    const pid_t pid = fork();
    if (pid == 0) {
        std::signal(SIGABRT, SIG_DFL); // not the test runner's handler: the parent reports
        _exit(body());
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFSIGNALED(status) ? 128 + WTERMSIG(status) : WEXITSTATUS(status);
}

// Drops CAP_IPC_LOCK (which root has) and sets RLIMIT_MEMLOCK, as for a user on Debian 12.
bool limitLocking(rlim_t bytes)
{
    __user_cap_header_struct header {_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[_LINUX_CAPABILITY_U32S_3] {};
    if (syscall(SYS_capget, &header, data) != 0)
        return false;
    data[CAP_TO_INDEX(CAP_IPC_LOCK)].effective &= ~CAP_TO_MASK(CAP_IPC_LOCK);
    if (syscall(SYS_capset, &header, data) != 0)
        return false;
    const rlimit limit {bytes, bytes};
    return setrlimit(RLIMIT_MEMLOCK, &limit) == 0;
}

} // namespace

TEST_CASE("Under RLIMIT_MEMLOCK the small blocks keep their locked memory", "[store][S4]")
{
    // As for a user with the 8 MiB limit: the page cache grows past it and is freed, and then
    // the small blocks that keys and statements live in are asked for. With one arena, every
    // chunk after the limit stayed unlocked for good, and so did every small block in it.
    const int status = inChild([] {
        if (!limitLocking(4u << 20))
            return 10;
        SecureHeap heap(256u << 20);
        if (!heap.valid())
            return 11;
        std::vector<void*> pages;
        for (int i = 0; i < 1500; ++i) // about 7 MiB of page-cache-sized blocks
            pages.push_back(heap.allocate(4400));
        if (heap.stats().lockedBytes > 2u << 20)
            return 12; // the large classes took more than half the budget
        const bool lateUnlocked = !heap.lockRange(pages.back(), 4400);
        for (void* p : pages)
            heap.release(p);
        for (int i = 0; i < 5000; ++i)
            if (!heap.locked(heap.allocate(72)))
                return 13;
        return lateUnlocked ? 0 : 14;
    });
    if (status == 10)
        SKIP("this process cannot drop CAP_IPC_LOCK or set RLIMIT_MEMLOCK");
    CHECK(status == 0);
}

TEST_CASE("A block freed twice stops the process", "[store][S4]")
{
    const int status = inChild([] {
        SecureHeap heap(16u << 20);
        void* p = heap.allocate(100);
        heap.release(p);
        heap.release(p);
        return 0;
    });
    CHECK(status == 128 + SIGABRT);
}
