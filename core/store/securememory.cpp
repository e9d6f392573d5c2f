#include "core/store/securememory.h"

#if defined(__linux__) && !defined(__SANITIZE_ADDRESS__)
#define CASELEDGER_SECURE_MEMORY 1
#endif

#ifdef CASELEDGER_SECURE_MEMORY
#include <atomic>
#include <cstring>
#include <mutex>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <unordered_map>
#endif

namespace caseledger::core {

#ifdef CASELEDGER_SECURE_MEMORY
namespace {

// The number of live locked blocks on each page. One table for the process, never destroyed:
// SQLite frees memory until the very end of the process, after static destructors have run.
class PageLocks
{
public:
    static PageLocks& instance()
    {
        static auto* locks = new PageLocks;
        return *locks;
    }

    int lock(const void* address, std::size_t length)
    {
        return apply(address, length, SYS_mlock, [](std::uint32_t& count) { return count++ == 0; });
    }

    int unlock(const void* address, std::size_t length)
    {
        // A page counted at zero was never locked here (or its count was already spent): it
        // is unlocked again, which is harmless, rather than going below zero.
        return apply(address, length, SYS_munlock, [](std::uint32_t& count) {
            if (count > 0)
                --count;
            return count == 0;
        });
    }

    bool locked(const void* address)
    {
        const std::lock_guard guard(m_mutex);
        const auto it = m_counts.find(pageOf(address));
        return it != m_counts.end() && it->second > 0;
    }

    SecureMemoryStats stats()
    {
        const std::lock_guard guard(m_mutex);
        SecureMemoryStats s;
        s.active = true;
        s.lockRequests = m_requests;
        s.systemCalls = m_systemCalls;
        s.lockFailures = m_failures;
        s.lockedPages = m_counts.size();
        s.wipedBytes = wipedBytes.load(std::memory_order_relaxed);
        return s;
    }

    std::atomic<std::uint64_t> wipedBytes {0};

private:
    PageLocks()
        : m_pageSize(static_cast<std::uintptr_t>(sysconf(_SC_PAGESIZE)))
    { }

    std::uintptr_t pageOf(const void* address) const
    {
        return reinterpret_cast<std::uintptr_t>(address) & ~(m_pageSize - 1);
    }

    // Updates the count of every page of [address, address + length) with `step`, which says
    // whether the page changes state (locked -> unlocked or the reverse); the pages that do are
    // passed to the kernel in runs, one system call per run.
    template<typename Step>
    int apply(const void* address, std::size_t length, long call, Step step)
    {
        if (address == nullptr || length == 0)
            return 0;
        const std::uintptr_t first = pageOf(address);
        const std::uintptr_t end
            = (reinterpret_cast<std::uintptr_t>(address) + length + m_pageSize - 1)
            & ~(m_pageSize - 1);
        const std::lock_guard guard(m_mutex);
        ++m_requests;
        int result = 0;
        std::uintptr_t runStart = 0;
        auto flush = [&](std::uintptr_t runEnd) {
            if (runStart == 0)
                return;
            ++m_systemCalls;
            if (syscall(call, runStart, runEnd - runStart) != 0) {
                ++m_failures;
                result = -1;
            }
            runStart = 0;
        };
        for (std::uintptr_t page = first; page < end; page += m_pageSize) {
            auto it = m_counts.try_emplace(page, 0).first;
            const bool changes = step(it->second);
            if (it->second == 0)
                m_counts.erase(it);
            if (changes && runStart == 0)
                runStart = page;
            else if (!changes)
                flush(page);
        }
        flush(end);
        return result; // errno from the failed call
    }

    const std::uintptr_t m_pageSize;
    std::mutex m_mutex;
    std::unordered_map<std::uintptr_t, std::uint32_t> m_counts;
    std::uint64_t m_requests = 0;
    std::uint64_t m_systemCalls = 0;
    std::uint64_t m_failures = 0;
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
// time; a definition in the program comes first). See securememory.h.
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
    caseledger::core::PageLocks::instance().wipedBytes.fetch_add(length, std::memory_order_relaxed);
    return target;
}
}
#endif
