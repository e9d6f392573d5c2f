#include "core/store/secureheap.h"

#include <bit>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <new>
#include <sqlcipher/sqlite3.h>

#ifdef __linux__
#include <linux/capability.h>
#include <string.h> // explicit_bzero
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#if !defined(__SANITIZE_ADDRESS__)
#define CASELEDGER_SECURE_HEAP 1
#endif
#endif

namespace caseledger::core {

namespace {

constexpr std::uint32_t kLive = 0x5EC4'EA9Fu; // a block handed out
constexpr std::uint32_t kFreed = 0xF4EE'D0FFu; // a block on its free list
constexpr std::uint32_t kForeign = 0xFFFF'FFFFu;
constexpr std::size_t kForeignHeader = 16; // the size, then a Header

// The 8 bytes before every block: a check word, then the block's class (or kForeign, whose
// size is in the 8 bytes before the header).
struct Header
{
    std::uint32_t magic;
    std::uint32_t sizeClass;
};
static_assert(sizeof(Header) == 8);

// 16, 32, ... 128; then eight classes per doubling: 144, 160, ... 256, 288, ... 131072.
constexpr std::size_t classOf(std::size_t n)
{
    if (n <= 128)
        return n == 0 ? 0 : (n + 15) / 16 - 1;
    const auto p = static_cast<std::size_t>(std::bit_width(n - 1)) - 1; // 2^p < n <= 2^(p+1)
    const std::size_t step = std::size_t {1} << (p - 3);
    const std::size_t k = (n - (std::size_t {1} << p) + step - 1) / step; // 1..8
    return 8 + (p - 7) * 8 + (k - 1);
}

constexpr std::size_t classBytes(std::size_t c)
{
    if (c < 8)
        return 16 * (c + 1);
    const std::size_t p = 7 + (c - 8) / 8;
    const std::size_t k = (c - 8) % 8 + 1;
    return (std::size_t {1} << p) + k * (std::size_t {1} << (p - 3));
}

static_assert(classOf(SecureHeap::kMaxClassBytes) + 1 == SecureHeap::kClasses);
static_assert(classBytes(SecureHeap::kClasses - 1) == SecureHeap::kMaxClassBytes);
static_assert(classBytes(classOf(SecureHeap::kSmallClassBytes)) == SecureHeap::kSmallClassBytes);

Header& headerOf(const void* p)
{
    return *reinterpret_cast<Header*>(
        static_cast<unsigned char*>(const_cast<void*>(p)) - sizeof(Header));
}

std::uint64_t& foreignSizeOf(const void* p)
{
    return *reinterpret_cast<std::uint64_t*>(
        static_cast<unsigned char*>(const_cast<void*>(p)) - kForeignHeader);
}

// A damaged header, or a block freed twice, means something wrote or freed what it did not
// own: continuing would hand one block to two owners, so the process stops here.
[[noreturn]] void corrupted()
{
    std::abort();
}

void wipe(void* p, std::size_t n)
{
#ifdef __linux__
    explicit_bzero(p, n);
#else
    volatile auto* bytes = static_cast<volatile unsigned char*>(p);
    for (std::size_t i = 0; i < n; ++i)
        bytes[i] = 0;
#endif
}

// How much memory this process may lock: RLIMIT_MEMLOCK, unless CAP_IPC_LOCK (root) lifts it.
std::uint64_t lockBudget()
{
    constexpr auto kUnlimited = std::numeric_limits<std::uint64_t>::max();
#ifdef __linux__
    rlimit limit {};
    if (getrlimit(RLIMIT_MEMLOCK, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return kUnlimited;
    __user_cap_header_struct header {_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[_LINUX_CAPABILITY_U32S_3] {};
    if (syscall(SYS_capget, &header, data) == 0
        && (data[CAP_TO_INDEX(CAP_IPC_LOCK)].effective & CAP_TO_MASK(CAP_IPC_LOCK)) != 0)
        return kUnlimited;
    return limit.rlim_cur;
#else
    return kUnlimited;
#endif
}

} // namespace

SecureHeap::SecureHeap(std::size_t reserve, std::size_t chunkBytes)
    : m_chunkBytes(chunkBytes)
{
#ifdef __linux__
    const auto page = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
    if (chunkBytes % page != 0 || chunkBytes < kMaxClassBytes + sizeof(Header))
        return;
    const std::size_t chunks = reserve / chunkBytes;
    if (chunks < 2)
        return;
    reserve = chunks * chunkBytes;
    void* base
        = mmap(nullptr, reserve, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (base == MAP_FAILED)
        return;
    m_chunkLocked.reset(new (std::nothrow) std::atomic<std::uint8_t>[chunks] {});
    if (!m_chunkLocked) {
        munmap(base, reserve);
        return;
    }
    madvise(base, reserve, MADV_DONTDUMP); // S4: no plaintext in a core dump either
    m_base = reinterpret_cast<std::uintptr_t>(base);
    m_reserved = reserve;
    m_lockBudget = lockBudget();
    // An eighth of the chunks (at least one) for the small classes.
    const std::uintptr_t split = m_base + std::max<std::size_t>(1, chunks / 8) * chunkBytes;
    m_arenas[0] = {m_base, m_base, m_base, split, true};
    m_arenas[1] = {split, split, split, m_base + reserve, false};
#else
    (void)reserve;
#endif
}

SecureHeap::~SecureHeap()
{
#ifdef __linux__
    if (m_base != 0)
        munmap(reinterpret_cast<void*>(m_base), m_reserved);
#endif
}

void* SecureHeap::foreign(std::size_t n) noexcept
{
    if (n > std::numeric_limits<std::size_t>::max() - kForeignHeader)
        return nullptr;
    auto* raw = static_cast<unsigned char*>(std::malloc(n + kForeignHeader));
    if (raw == nullptr)
        return nullptr;
    void* p = raw + kForeignHeader;
    foreignSizeOf(p) = n;
    headerOf(p) = {kLive, kForeign};
    return p;
}

void* SecureHeap::allocate(std::size_t n) noexcept
{
    if (n > kMaxClassBytes || !valid())
        return foreign(n);
    const std::size_t c = classOf(n);
    {
        const std::lock_guard guard(m_mutex);
        if (FreeBlock* block = m_free[c]) {
            Header& header = headerOf(block);
            if (header.magic != kFreed || header.sizeClass != c)
                corrupted();
            m_free[c] = block->next;
            block->next = nullptr;
            header.magic = kLive;
            ++m_liveBlocks;
            return block;
        }
        Arena& arena = m_arenas[classBytes(c) <= kSmallClassBytes ? 0 : 1];
        if (void* raw = carve(arena, sizeof(Header) + classBytes(c))) {
            void* p = static_cast<unsigned char*>(raw) + sizeof(Header);
            headerOf(p) = {kLive, static_cast<std::uint32_t>(c)};
            ++m_liveBlocks;
            return p;
        }
    }
    return foreign(n); // the arena is used up
}

void SecureHeap::release(void* p) noexcept
{
    if (p == nullptr)
        return;
    if (!owns(p, 1)) {
        const Header header = headerOf(p);
        if (header.magic != kLive || header.sizeClass != kForeign)
            corrupted();
        std::free(static_cast<unsigned char*>(p) - kForeignHeader);
        return;
    }
    const std::lock_guard guard(m_mutex);
    Header& header = headerOf(p);
    if (header.magic != kLive || header.sizeClass >= kClasses)
        corrupted(); // kFreed: freed twice
    header.magic = kFreed;
    auto* block = static_cast<FreeBlock*>(p);
    block->next = m_free[header.sizeClass];
    m_free[header.sizeClass] = block;
    --m_liveBlocks;
}

void* SecureHeap::reallocate(void* p, std::size_t n) noexcept
{
    if (p == nullptr)
        return allocate(n);
    const std::size_t old = sizeOf(p);
    if (n <= old)
        return p;
    void* moved = allocate(n);
    if (moved == nullptr)
        return nullptr; // `p` stays as it was, as realloc() leaves it
    std::memcpy(moved, p, old);
    wipe(p, old);
    release(p);
    return moved;
}

std::size_t SecureHeap::sizeOf(const void* p) const noexcept
{
    if (p == nullptr)
        return 0;
    const Header header = headerOf(p);
    if (header.magic != kLive)
        corrupted();
    if (header.sizeClass == kForeign)
        return static_cast<std::size_t>(foreignSizeOf(p));
    if (header.sizeClass >= kClasses)
        corrupted();
    return classBytes(header.sizeClass);
}

std::size_t SecureHeap::roundUp(std::size_t n) noexcept
{
    if (n <= kMaxClassBytes)
        return classBytes(classOf(n));
    return n > std::numeric_limits<std::size_t>::max() - 7 ? n : (n + 7) & ~std::size_t {7};
}

bool SecureHeap::owns(const void* p, std::size_t n) const noexcept
{
    const auto at = reinterpret_cast<std::uintptr_t>(p);
    return m_base != 0 && at >= m_base && n <= m_reserved && at - m_base <= m_reserved - n;
}

void* SecureHeap::carve(Arena& arena, std::size_t total) noexcept
{
    // A block never straddles two chunks: one locked and one not would leave it half locked.
    std::uintptr_t at = arena.top;
    const std::uintptr_t chunkEnd = m_base + ((at - m_base) / m_chunkBytes + 1) * m_chunkBytes;
    if (total > chunkEnd - at)
        at = chunkEnd;
    if (at >= arena.end || total > arena.end - at)
        return nullptr;
    if (at + total > arena.committed && !commitThrough(arena, at + total))
        return nullptr;
    arena.top = at + total;
    return reinterpret_cast<void*>(at);
}

bool SecureHeap::commitThrough(Arena& arena, std::uintptr_t end) noexcept
{
#ifdef __linux__
    const std::uintptr_t from = arena.committed;
    const std::uintptr_t to
        = m_base + (end - m_base + m_chunkBytes - 1) / m_chunkBytes * m_chunkBytes;
    ++m_systemCalls;
    if (mprotect(reinterpret_cast<void*>(from), to - from, PROT_READ | PROT_WRITE) != 0)
        return false;
    arena.committed = to;
    for (std::uintptr_t chunk = from; chunk < to; chunk += m_chunkBytes)
        if (arena.small || m_lockedBytes + m_chunkBytes <= m_lockBudget / 2)
            lockChunk(chunk);
    return true;
#else
    (void)arena;
    (void)end;
    return false;
#endif
}

bool SecureHeap::lockChunk(std::uintptr_t chunk) noexcept
{
#ifdef __linux__
    // The system call itself: this process's mlock() is the counting one of securememory.cpp,
    // which would ask this heap again.
    ++m_systemCalls;
    if (syscall(SYS_mlock, chunk, m_chunkBytes) != 0) {
        ++m_lockFailures;
        return false;
    }
    m_chunkLocked[(chunk - m_base) / m_chunkBytes].store(1, std::memory_order_release);
    m_lockedBytes += m_chunkBytes;
    return true;
#else
    (void)chunk;
    return false;
#endif
}

bool SecureHeap::lockRange(const void* p, std::size_t n) const noexcept
{
    const auto at = reinterpret_cast<std::uintptr_t>(p) - m_base;
    const std::size_t last = (at + (n == 0 ? 0 : n - 1)) / m_chunkBytes;
    for (std::size_t i = at / m_chunkBytes; i <= last; ++i)
        if (m_chunkLocked[i].load(std::memory_order_acquire) == 0)
            return false;
    return true;
}

bool SecureHeap::locked(const void* p) const noexcept
{
    return owns(p, 1) && lockRange(p, 1);
}

SecureHeap::Stats SecureHeap::stats() const
{
    const std::lock_guard guard(m_mutex);
    Stats s;
    s.reservedBytes = m_reserved;
    for (const Arena& arena : m_arenas)
        s.committedBytes += arena.committed - arena.begin;
    s.lockedBytes = m_lockedBytes;
    s.liveBlocks = m_liveBlocks;
    s.systemCalls = m_systemCalls;
    s.lockFailures = m_lockFailures;
    return s;
}

SecureHeap* processSecureHeap()
{
#ifdef CASELEDGER_SECURE_HEAP
    // Never destroyed: SQLite frees memory until the very end of the process. The address space
    // is only reserved; a smaller reservation is tried where the system limits it (RLIMIT_AS).
    static SecureHeap* const heap = []() -> SecureHeap* {
        for (const std::size_t gib : {16, 1}) {
            auto* h = new (std::nothrow) SecureHeap(gib << 30);
            if (h != nullptr && h->valid())
                return h;
            delete h;
        }
        return nullptr;
    }();
    return heap;
#else
    return nullptr;
#endif
}

namespace {

int heapInit(void*)
{
    return SQLITE_OK;
}

void heapShutdown(void*) { }

void* heapMalloc(int n)
{
    return n < 0 ? nullptr : processSecureHeap()->allocate(static_cast<std::size_t>(n));
}

void heapFree(void* p)
{
    processSecureHeap()->release(p);
}

void* heapRealloc(void* p, int n)
{
    return n < 0 ? nullptr : processSecureHeap()->reallocate(p, static_cast<std::size_t>(n));
}

int heapSize(void* p)
{
    return static_cast<int>(processSecureHeap()->sizeOf(p));
}

int heapRoundup(int n)
{
    if (n < 0 || n > INT_MAX - 8)
        return n;
    return static_cast<int>(SecureHeap::roundUp(static_cast<std::size_t>(n)));
}

} // namespace

bool installSecureHeap()
{
    static const bool installed = [] {
        if (processSecureHeap() == nullptr)
            return false;
        static const sqlite3_mem_methods methods {heapMalloc, heapFree, heapRealloc, heapSize,
            heapRoundup, heapInit, heapShutdown, nullptr};
        // SQLITE_MISUSE if SQLite has already initialised: its own allocator stays.
        return sqlite3_config(SQLITE_CONFIG_MALLOC, &methods) == SQLITE_OK;
    }();
    return installed;
}

} // namespace caseledger::core
