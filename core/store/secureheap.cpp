#include "core/store/secureheap.h"

#include <bit>
#include <cstdlib>
#include <cstring>
#include <new>
#include <sqlcipher/sqlite3.h>

#ifdef __linux__
#include <string.h> // explicit_bzero
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>
#if !defined(__SANITIZE_ADDRESS__)
#define CASELEDGER_SECURE_HEAP 1
#endif
#endif

namespace caseledger::core {

namespace {

constexpr std::size_t kClasses = 88; // classOf(SecureHeap::kMaxClassBytes) + 1
constexpr std::uint32_t kMagic = 0x5EC4'EA9Fu;
constexpr std::uint32_t kForeign = 0xFFFF'FFFFu;

// The 8 bytes before every block: a check word, then the block's class (or kForeign, whose
// size is in the 8 bytes before the header).
struct Header
{
    std::uint32_t magic;
    std::uint32_t sizeClass;
};
static_assert(sizeof(Header) == 8);

// 16, 32, ... 128; then eight classes per doubling: 144, 160, ... 256, 288, ... 131072.
std::size_t classOf(std::size_t n)
{
    if (n <= 128)
        return n == 0 ? 0 : (n + 15) / 16 - 1;
    const auto p = static_cast<std::size_t>(std::bit_width(n - 1)) - 1; // 2^p < n <= 2^(p+1)
    const std::size_t step = std::size_t {1} << (p - 3);
    const std::size_t k = (n - (std::size_t {1} << p) + step - 1) / step; // 1..8
    return 8 + (p - 7) * 8 + (k - 1);
}

std::size_t classBytes(std::size_t c)
{
    if (c < 8)
        return 16 * (c + 1);
    const std::size_t p = 7 + (c - 8) / 8;
    const std::size_t k = (c - 8) % 8 + 1;
    return (std::size_t {1} << p) + k * (std::size_t {1} << (p - 3));
}

static_assert(SecureHeap::kMaxClassBytes == 128 * 1024);

Header& headerOf(const void* p)
{
    return *reinterpret_cast<Header*>(static_cast<unsigned char*>(const_cast<void*>(p)) - 8);
}

std::uint64_t& foreignSizeOf(const void* p)
{
    return *reinterpret_cast<std::uint64_t*>(
        static_cast<unsigned char*>(const_cast<void*>(p)) - 16);
}

// A damaged header means something wrote outside its block: continuing would hand out memory
// twice, so the process stops here.
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

} // namespace

SecureHeap::SecureHeap(std::size_t reserve, std::size_t chunkBytes)
    : m_chunkBytes(chunkBytes)
{
#ifdef __linux__
    const auto page = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
    if (chunkBytes == 0 || chunkBytes % page != 0)
        return;
    reserve -= reserve % chunkBytes;
    void* base
        = mmap(nullptr, reserve, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (base == MAP_FAILED)
        return;
    m_chunkLocked.reset(new (std::nothrow) std::atomic<std::uint8_t>[reserve / chunkBytes] {});
    if (!m_chunkLocked) {
        munmap(base, reserve);
        return;
    }
    m_base = reinterpret_cast<std::uintptr_t>(base);
    m_reserved = reserve;
    m_top = m_committed = m_base;
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
    auto* raw = static_cast<unsigned char*>(std::malloc(n + 16));
    if (raw == nullptr)
        return nullptr;
    void* p = raw + 16;
    foreignSizeOf(p) = n;
    headerOf(p) = {kMagic, kForeign};
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
            m_free[c] = block->next;
            block->next = nullptr;
            ++m_liveBlocks;
            return block;
        }
        if (void* raw = carve(sizeof(Header) + classBytes(c))) {
            void* p = static_cast<unsigned char*>(raw) + sizeof(Header);
            headerOf(p) = {kMagic, static_cast<std::uint32_t>(c)};
            ++m_liveBlocks;
            return p;
        }
    }
    return foreign(n); // the reservation is used up
}

void SecureHeap::release(void* p) noexcept
{
    if (p == nullptr)
        return;
    const Header header = headerOf(p);
    if (header.magic != kMagic)
        corrupted();
    if (!owns(p, 1)) {
        if (header.sizeClass != kForeign)
            corrupted();
        std::free(static_cast<unsigned char*>(p) - 16);
        return;
    }
    if (header.sizeClass >= kClasses)
        corrupted();
    const std::lock_guard guard(m_mutex);
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
    if (header.magic != kMagic)
        corrupted();
    if (header.sizeClass == kForeign)
        return static_cast<std::size_t>(foreignSizeOf(p));
    if (header.sizeClass >= kClasses)
        corrupted();
    return classBytes(header.sizeClass);
}

std::size_t SecureHeap::roundUp(std::size_t n) noexcept
{
    return n > kMaxClassBytes ? (n + 7) & ~std::size_t {7} : classBytes(classOf(n));
}

bool SecureHeap::owns(const void* p, std::size_t n) const noexcept
{
    const auto at = reinterpret_cast<std::uintptr_t>(p);
    return m_base != 0 && at >= m_base && n <= m_reserved && at - m_base <= m_reserved - n;
}

void* SecureHeap::carve(std::size_t total) noexcept
{
    if (total > m_base + m_reserved - m_top)
        return nullptr;
    if (m_top + total > m_committed && !commitThrough(m_top + total))
        return nullptr;
    void* p = reinterpret_cast<void*>(m_top);
    m_top += total;
    return p;
}

bool SecureHeap::commitThrough(std::uintptr_t end) noexcept
{
#ifdef __linux__
    const std::uintptr_t from = m_committed;
    const std::uintptr_t to
        = m_base + (end - m_base + m_chunkBytes - 1) / m_chunkBytes * m_chunkBytes;
    ++m_systemCalls;
    if (mprotect(reinterpret_cast<void*>(from), to - from, PROT_READ | PROT_WRITE) != 0)
        return false;
    m_committed = to;
    for (std::uintptr_t chunk = from; chunk < to; chunk += m_chunkBytes)
        lockChunk((chunk - m_base) / m_chunkBytes);
    return true;
#else
    (void)end;
    return false;
#endif
}

bool SecureHeap::lockChunk(std::size_t index) noexcept
{
#ifdef __linux__
    // The system call itself: this process's mlock() is the counting one of securememory.cpp,
    // which would ask this heap again.
    ++m_systemCalls;
    const std::uintptr_t chunk = m_base + index * m_chunkBytes;
    if (syscall(SYS_mlock, chunk, m_chunkBytes) != 0) {
        ++m_lockFailures;
        m_requestsSinceRefusal = 0;
        return false;
    }
    m_chunkLocked[index].store(1, std::memory_order_release);
    m_lockedBytes += m_chunkBytes;
    return true;
#else
    (void)index;
    return false;
#endif
}

bool SecureHeap::lockRange(const void* p, std::size_t n) noexcept
{
    const auto at = reinterpret_cast<std::uintptr_t>(p) - m_base;
    const std::size_t first = at / m_chunkBytes;
    const std::size_t last = (at + (n == 0 ? 0 : n - 1)) / m_chunkBytes;
    bool all = true;
    for (std::size_t i = first; i <= last && all; ++i)
        all = m_chunkLocked[i].load(std::memory_order_acquire) != 0;
    if (all)
        return true;
    const std::lock_guard guard(m_mutex);
    const bool retry = ++m_requestsSinceRefusal >= kRetryAfter;
    all = true;
    for (std::size_t i = first; i <= last; ++i)
        if (m_chunkLocked[i].load(std::memory_order_relaxed) == 0
            && (m_base + i * m_chunkBytes >= m_committed || !retry || !lockChunk(i)))
            all = false;
    return all;
}

bool SecureHeap::locked(const void* p) const noexcept
{
    if (!owns(p, 1))
        return false;
    const std::size_t index = (reinterpret_cast<std::uintptr_t>(p) - m_base) / m_chunkBytes;
    return m_chunkLocked[index].load(std::memory_order_acquire) != 0;
}

SecureHeap::Stats SecureHeap::stats() const
{
    const std::lock_guard guard(m_mutex);
    Stats s;
    s.reservedBytes = m_reserved;
    s.committedBytes = m_committed - m_base;
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
    return n < 0 ? n : static_cast<int>(SecureHeap::roundUp(static_cast<std::size_t>(n)));
}

} // namespace

void installSecureHeap()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (processSecureHeap() == nullptr)
            return;
        static const sqlite3_mem_methods methods {heapMalloc, heapFree, heapRealloc, heapSize,
            heapRoundup, heapInit, heapShutdown, nullptr};
        // SQLITE_MISUSE if SQLite has already initialised: its own allocator stays.
        sqlite3_config(SQLITE_CONFIG_MALLOC, &methods);
    });
}

} // namespace caseledger::core
