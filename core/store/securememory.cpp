#include "core/store/securememory.h"

#if defined(__linux__) && !defined(__SANITIZE_ADDRESS__)
#define CASELEDGER_SECURE_MEMORY 1
#endif

#ifdef CASELEDGER_SECURE_MEMORY
#include <atomic>
#include <cerrno>
#include <cstring>
#include <mutex>
#include <new>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <unordered_map>
#include <vector>
#endif

namespace caseledger::core {

#ifdef CASELEDGER_SECURE_MEMORY
namespace {

// The blocks SQLCipher has locked and, per page, how many of them lie on it and whether the
// kernel holds it locked. One table for the process, never destroyed: SQLite frees memory until
// the very end of the process, after static destructors have run.
//
// SQLCipher locks a block as (its page's start, its offset in the page + its size) and unlocks
// it with the same start and the size rounded up to 8, so a block is known by that pair. An
// unlock of a block never locked here is ignored: blocks allocated before the first database
// turned memory security on are unlocked when they are freed, and counting them down would take
// a page from a live neighbour.
class PageLocks
{
public:
    static PageLocks& instance()
    {
        static auto* locks = new PageLocks;
        return *locks;
    }

    int lock(const void* address, std::size_t length) noexcept
    {
        if (address == nullptr || length == 0)
            return 0;
        const std::lock_guard guard(m_mutex);
        ++m_requests;
        try {
            // The pages first, the block last: if memory runs out in between, the block is
            // unknown, its unlock is ignored, and its pages merely stay locked.
            std::vector<std::uintptr_t> toLock;
            forEachPage(address, length, [&](std::uintptr_t page) {
                Page& p = m_pages[page];
                ++p.blocks;
                if (!p.locked)
                    toLock.push_back(page);
            });
            const int result = runs(toLock, SYS_mlock, true);
            ++m_blocks[blockOf(address, length)];
            return result;
        } catch (const std::bad_alloc&) {
            errno = ENOMEM;
            return -1;
        }
    }

    int unlock(const void* address, std::size_t length) noexcept
    {
        if (address == nullptr || length == 0)
            return 0;
        const std::lock_guard guard(m_mutex);
        ++m_requests;
        const auto block = m_blocks.find(blockOf(address, length));
        if (block == m_blocks.end())
            return 0; // not locked here (see above)
        if (--block->second == 0)
            m_blocks.erase(block);
        try {
            std::vector<std::uintptr_t> toUnlock;
            forEachPage(address, length, [&](std::uintptr_t page) {
                const auto p = m_pages.find(page);
                if (p == m_pages.end() || --p->second.blocks > 0)
                    return;
                if (p->second.locked)
                    toUnlock.push_back(page);
                m_pages.erase(p);
            });
            return runs(toUnlock, SYS_munlock, false);
        } catch (const std::bad_alloc&) {
            errno = ENOMEM; // the pages stay locked
            return -1;
        }
    }

    bool locked(const void* address)
    {
        const std::lock_guard guard(m_mutex);
        const auto it = m_pages.find(pageOf(address));
        return it != m_pages.end() && it->second.locked;
    }

    SecureMemoryStats stats()
    {
        const std::lock_guard guard(m_mutex);
        SecureMemoryStats s;
        s.active = true;
        s.lockRequests = m_requests;
        s.systemCalls = m_systemCalls;
        s.lockFailures = m_failures;
        for (const auto& [page, p] : m_pages)
            s.lockedPages += p.locked ? 1 : 0;
        s.liveBlocks = m_blocks.size();
        s.wipedBytes = m_wipedBytes.load(std::memory_order_relaxed);
        return s;
    }

    void addWiped(std::uint64_t bytes) { m_wipedBytes.fetch_add(bytes, std::memory_order_relaxed); }

private:
    struct BlockHash
    {
        std::size_t operator()(const std::pair<std::uintptr_t, std::size_t>& b) const
        {
            return std::hash<std::uintptr_t> {}(b.first ^ (b.second << 20));
        }
    };

    struct Page
    {
        std::uint32_t blocks = 0; // live locked blocks on the page
        bool locked = false; // the kernel holds it locked (it may refuse: RLIMIT_MEMLOCK)
    };

    PageLocks()
        : m_pageSize(static_cast<std::uintptr_t>(sysconf(_SC_PAGESIZE)))
    { }

    std::uintptr_t pageOf(const void* address) const
    {
        return reinterpret_cast<std::uintptr_t>(address) & ~(m_pageSize - 1);
    }

    static std::pair<std::uintptr_t, std::size_t> blockOf(const void* address, std::size_t length)
    {
        return {reinterpret_cast<std::uintptr_t>(address), (length + 7) & ~std::size_t {7}};
    }

    template<typename Visit>
    void forEachPage(const void* address, std::size_t length, Visit visit)
    {
        const std::uintptr_t end
            = (reinterpret_cast<std::uintptr_t>(address) + length + m_pageSize - 1)
            & ~(m_pageSize - 1);
        for (std::uintptr_t page = pageOf(address); page < end; page += m_pageSize)
            visit(page);
    }

    // Passes `pages` (ascending) to the kernel, one system call per run of adjacent pages, and
    // records which of them it locked. A page the kernel refused to lock stays counted as not
    // locked, so that the next block on it asks again, as SQLCipher did on every allocation.
    int runs(const std::vector<std::uintptr_t>& pages, long call, bool locking)
    {
        int result = 0;
        int savedErrno = 0;
        for (std::size_t i = 0; i < pages.size();) {
            std::size_t j = i + 1;
            while (j < pages.size() && pages[j] == pages[j - 1] + m_pageSize)
                ++j;
            ++m_systemCalls;
            const bool ok = syscall(call, pages[i], pages[j - 1] + m_pageSize - pages[i]) == 0;
            if (!ok) {
                savedErrno = errno;
                ++m_failures;
                result = -1;
            }
            if (locking && ok)
                for (std::size_t k = i; k < j; ++k)
                    m_pages[pages[k]].locked = true;
            i = j;
        }
        if (result != 0)
            errno = savedErrno;
        return result;
    }

    const std::uintptr_t m_pageSize;
    std::mutex m_mutex;
    std::unordered_map<std::uintptr_t, Page> m_pages;
    std::unordered_map<std::pair<std::uintptr_t, std::size_t>, std::uint32_t, BlockHash> m_blocks;
    std::uint64_t m_requests = 0;
    std::uint64_t m_systemCalls = 0;
    std::uint64_t m_failures = 0;
    std::atomic<std::uint64_t> m_wipedBytes {0};
};

} // namespace

SecureMemoryStats secureMemoryStats()
{
    return PageLocks::instance().stats();
}

bool secureMemoryPageLocked(const void* address)
{
    return PageLocks::instance().locked(address);
}

#else

SecureMemoryStats secureMemoryStats()
{
    return {};
}

bool secureMemoryPageLocked(const void*)
{
    return false;
}

#endif

} // namespace caseledger::core

#ifdef CASELEDGER_SECURE_MEMORY
// The functions SQLCipher's memory security calls by name (libsqlcipher resolves them at load
// time; a definition in the program comes first). They serve the whole process: no other
// library in it locks memory today; one that did would get the same counting.
extern "C" {

int mlock(const void* address, size_t length) noexcept
{
    return caseledger::core::PageLocks::instance().lock(address, length);
}

int munlock(const void* address, size_t length) noexcept
{
    return caseledger::core::PageLocks::instance().unlock(address, length);
}

// SQLCipher's signature (sqlcipher.c): void* sqlcipher_memset(void*, unsigned char, u64).
void* sqlcipher_memset(void* target, unsigned char value, unsigned long long length)
{
    if (target == nullptr)
        return target;
    if (value == 0) {
        explicit_bzero(target, length);
    } else {
        std::memset(target, value, length);
        __asm__ __volatile__("" : : "r"(target) : "memory"); // the stores must happen
    }
    caseledger::core::PageLocks::instance().addWiped(length);
    return target;
}
}
#endif
