#include "core/store/securememory.h"

#include "core/store/secureheap.h"

#if defined(__linux__) && !defined(__SANITIZE_ADDRESS__)
#define CASELEDGER_SECURE_MEMORY 1
#endif

#ifdef CASELEDGER_SECURE_MEMORY
#include <atomic>
#include <bit>
#include <cerrno>
#include <cstring>
#include <mutex>
#include <new>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <vector>
#endif

namespace caseledger::core {

#ifdef CASELEDGER_SECURE_MEMORY
namespace {

// A hash table with open addressing (linear probing, deletion by backward shift) for the two
// tables below: SQLite allocates and frees for every statement it runs, so each table is looked
// up millions of times a minute; std::unordered_map allocated a node per entry, and its lookups
// took 10-16 % of posting's time (this table: about 5 %, most of it the system calls left). Keys
// are (address, size) pairs; address 0 marks a free slot. Storage grows only (an allocation can
// throw std::bad_alloc, which the callers handle).
template<typename Value>
class FlatMap
{
public:
    struct Key
    {
        std::uintptr_t address = 0;
        std::size_t size = 0;
        bool operator==(const Key&) const = default;
    };
    struct Slot
    {
        Key key;
        Value value {};
    };

    Value* find(const Key& key)
    {
        if (m_size == 0)
            return nullptr;
        for (std::size_t i = home(key);; i = (i + 1) & m_mask) {
            if (m_slots[i].key == key)
                return &m_slots[i].value;
            if (m_slots[i].key.address == 0)
                return nullptr;
        }
    }

    // The entry of `key`, made (with a default value) if it is new.
    Value& operator[](const Key& key)
    {
        if (Value* known = find(key))
            return *known; // no allocation for a key already there
        if ((m_size + 1) * 2 > m_slots.size())
            grow();
        std::size_t i = home(key);
        while (m_slots[i].key.address != 0)
            i = (i + 1) & m_mask;
        m_slots[i] = {key, Value {}};
        ++m_size;
        return m_slots[i].value;
    }

    void erase(const Key& key)
    {
        if (m_size == 0)
            return;
        std::size_t i = home(key);
        for (; !(m_slots[i].key == key); i = (i + 1) & m_mask)
            if (m_slots[i].key.address == 0)
                return;
        // Backward shift: each later entry of the run moves into the hole unless its home lies
        // cyclically in (hole, entry], so that every entry stays reachable from its home.
        for (std::size_t j = i;;) {
            j = (j + 1) & m_mask;
            if (m_slots[j].key.address == 0)
                break;
            const std::size_t k = home(m_slots[j].key);
            const bool stays = i <= j ? (i < k && k <= j) : (i < k || k <= j);
            if (!stays) {
                m_slots[i] = m_slots[j];
                i = j;
            }
        }
        m_slots[i] = Slot {};
        --m_size;
    }

    std::size_t size() const { return m_size; }

    template<typename Visit>
    void forEach(Visit visit) const
    {
        for (const auto& slot : m_slots)
            if (slot.key.address != 0)
                visit(slot.key, slot.value);
    }

private:
    std::size_t home(const Key& key) const
    {
        constexpr std::uint64_t kGolden = 0x9E3779B97F4A7C15ULL; // Fibonacci hashing
        const std::uint64_t h = (static_cast<std::uint64_t>(key.address)
                                    ^ static_cast<std::uint64_t>(key.size) * kGolden)
            * kGolden;
        return static_cast<std::size_t>(h >> m_shift);
    }

    void grow()
    {
        const std::size_t capacity = m_slots.empty() ? 1024 : m_slots.size() * 2;
        std::vector<Slot> old(capacity); // may throw: the table is left as it was
        old.swap(m_slots);
        m_mask = capacity - 1;
        m_shift = 64 - static_cast<unsigned>(std::countr_zero(capacity));
        m_size = 0;
        for (const auto& slot : old)
            if (slot.key.address != 0)
                (*this)[slot.key] = slot.value;
    }

    std::vector<Slot> m_slots;
    std::size_t m_size = 0;
    std::size_t m_mask = 0;
    unsigned m_shift = 64;
};

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
                Page& p = m_pages[{page, 0}];
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
        const auto block = blockOf(address, length);
        std::uint32_t* count = m_blocks.find(block);
        if (count == nullptr)
            return 0; // not locked here (see above)
        if (--*count == 0)
            m_blocks.erase(block);
        try {
            std::vector<std::uintptr_t> toUnlock;
            forEachPage(address, length, [&](std::uintptr_t page) {
                Page* p = m_pages.find({page, 0});
                if (p == nullptr || --p->blocks > 0)
                    return;
                if (p->locked)
                    toUnlock.push_back(page);
                m_pages.erase({page, 0});
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
        const Page* p = m_pages.find({pageOf(address), 0});
        return p != nullptr && p->locked;
    }

    SecureMemoryStats stats()
    {
        const std::lock_guard guard(m_mutex);
        SecureMemoryStats s;
        s.active = true;
        s.lockRequests = m_requests;
        s.systemCalls = m_systemCalls;
        s.lockFailures = m_failures;
        m_pages.forEach([&](const auto&, const Page& p) { s.lockedPages += p.locked ? 1 : 0; });
        s.liveBlocks = m_blocks.size();
        s.wipedBytes = m_wipedBytes.load(std::memory_order_relaxed);
        return s;
    }

    void addWiped(std::uint64_t bytes) { m_wipedBytes.fetch_add(bytes, std::memory_order_relaxed); }

private:
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

    static FlatMap<std::uint32_t>::Key blockOf(const void* address, std::size_t length)
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
                    if (Page* p = m_pages.find({pages[k], 0}))
                        p->locked = true;
            i = j;
        }
        if (result != 0)
            errno = savedErrno;
        return result;
    }

    const std::uintptr_t m_pageSize;
    std::mutex m_mutex;
    FlatMap<Page> m_pages; // keyed by (page, 0)
    FlatMap<std::uint32_t> m_blocks;
    std::uint64_t m_requests = 0;
    std::uint64_t m_systemCalls = 0;
    std::uint64_t m_failures = 0;
    std::atomic<std::uint64_t> m_wipedBytes {0};
};

// Lock requests answered by SQLite's heap (core/store/secureheap.h) from a locked chunk, without
// the table above.
std::atomic<std::uint64_t> g_heapRequests {0};

const SecureHeap* heapOwning(const void* address, std::size_t length)
{
    const SecureHeap* heap = processSecureHeap();
    return heap != nullptr && heap->owns(address, length) ? heap : nullptr;
}

// Whether [address, address + length) lies in a locked chunk of SQLite's heap, so that a lock or
// unlock request for it is answered (and counted) here with no system call.
bool answeredByHeap(const void* address, std::size_t length)
{
    const SecureHeap* heap = heapOwning(address, length);
    if (heap == nullptr || !heap->lockRange(address, length))
        return false;
    g_heapRequests.fetch_add(1, std::memory_order_relaxed);
    return true;
}

} // namespace

SecureMemoryStats secureMemoryStats()
{
    SecureMemoryStats s = PageLocks::instance().stats();
    s.lockRequests += g_heapRequests.load(std::memory_order_relaxed);
    if (const SecureHeap* heap = processSecureHeap()) {
        const auto h = heap->stats();
        s.systemCalls += h.systemCalls;
        s.lockFailures += h.lockFailures;
        s.lockedPages += h.lockedBytes / static_cast<std::uint64_t>(sysconf(_SC_PAGESIZE));
        s.liveBlocks += h.liveBlocks;
        s.heapBytes = h.committedBytes;
    }
    return s;
}

bool secureMemoryPageLocked(const void* address)
{
    const SecureHeap* heap = heapOwning(address, 1);
    return (heap != nullptr && heap->locked(address)) || PageLocks::instance().locked(address);
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
    using namespace caseledger::core;
    if (answeredByHeap(address, length))
        return 0;
    return PageLocks::instance().lock(address, length);
}

// A block in a locked chunk of SQLite's heap stays locked when it is freed: its chunk holds
// other blocks, and it will hold the next block of its class. A block in a chunk the heap could
// not lock (RLIMIT_MEMLOCK) was locked page by page above, and is unlocked the same way.
int munlock(const void* address, size_t length) noexcept
{
    using namespace caseledger::core;
    if (answeredByHeap(address, length))
        return 0;
    return PageLocks::instance().unlock(address, length);
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
