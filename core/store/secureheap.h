#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>

namespace caseledger::core {

// SECURITY S4: the memory SQLite allocates, served from address space this heap locks once, a
// chunk at a time, and never gives back. SQLCipher's memory security asks to lock every block
// SQLite allocates and to unlock it when it is freed (after wiping it); with SQLite's memory
// taken from the C library, the pages of short-lived blocks went from locked to unlocked and
// back all the time, and those system calls were about half of posting's time (a profile of the
// finance bench: 48 % in mlock()/munlock() and the kernel's mapping splits behind them). With
// this heap under SQLCipher (SQLITE_CONFIG_MALLOC before SQLite initialises; SQLCipher wraps
// whatever allocator it finds), a lock request for a block in a locked chunk is answered with
// no system call (core/store/securememory.cpp).
//
// Blocks up to 128 KiB come from size classes (16-byte steps up to 128 bytes, then eight per
// doubling), each with a free list; a block carries an 8-byte header naming its class, so
// blocks are 8-byte aligned, as SQLite requires. A block never straddles two chunks. Larger
// blocks, and any block once the reservation is used up, come from the C library with a 16-byte
// header. Memory of the heap is never returned to the system: it is reused by later blocks of
// the same class, so the heap is as large as SQLite's peak use. A freed block is wiped by
// SQLCipher before it reaches its free list; a block moved by reallocate() is wiped here.
//
// The lock budget (RLIMIT_MEMLOCK: 8 MiB for a user on Debian 12, none for root) goes to the
// small blocks first, where keys, key contexts and statements live: classes up to 1 KiB have an
// arena of their own whose chunks are always locked when the kernel allows, and the arena of the
// larger blocks (the page cache) locks chunks only while it holds at most half of the budget.
// A chunk left unlocked is never locked later; lock requests for its blocks go to the page
// ledger of securememory.cpp, as every block's did before this heap (lockRange() says which).
class SecureHeap
{
public:
    struct Stats
    {
        std::uint64_t reservedBytes = 0;
        std::uint64_t committedBytes = 0; // address space in use, in whole chunks
        std::uint64_t lockedBytes = 0; // of that, what the kernel holds locked
        std::uint64_t liveBlocks = 0; // allocated and not yet released, the heap's own
        std::uint64_t systemCalls = 0; // mprotect() and mlock() of chunks
        std::uint64_t lockFailures = 0; // chunks the kernel refused to lock
    };

    static constexpr std::size_t kMaxClassBytes = 128 * 1024;
    static constexpr std::size_t kSmallClassBytes = 1024; // the arena locked first
    static constexpr std::size_t kClasses = 88; // of 16 bytes up to kMaxClassBytes

    // Reserves `reserve` bytes of address space (no memory yet). valid() is false if the
    // system refused; every block then comes from the C library.
    explicit SecureHeap(std::size_t reserve, std::size_t chunkBytes = 1024 * 1024);
    ~SecureHeap();
    SecureHeap(const SecureHeap&) = delete;
    SecureHeap& operator=(const SecureHeap&) = delete;

    bool valid() const { return m_base != 0; }

    void* allocate(std::size_t n) noexcept; // nullptr when memory runs out
    void release(void* p) noexcept; // stops the process on a block freed twice
    void* reallocate(void* p, std::size_t n) noexcept; // never shrinks a block
    std::size_t sizeOf(const void* p) const noexcept; // the usable size, >= what was asked
    static std::size_t roundUp(std::size_t n) noexcept; // what allocate(n) would make usable

    // Whether [p, p + n) lies in the heap's reservation.
    bool owns(const void* p, std::size_t n) const noexcept;
    // Whether every chunk [p, p + n) touches is locked (for life). Only for ranges it owns.
    bool lockRange(const void* p, std::size_t n) const noexcept;
    bool locked(const void* p) const noexcept;

    Stats stats() const;

private:
    struct FreeBlock
    {
        FreeBlock* next;
    };
    struct Arena
    {
        std::uintptr_t begin = 0;
        std::uintptr_t top = 0; // next byte to carve
        std::uintptr_t committed = 0; // end of its committed chunks
        std::uintptr_t end = 0;
        bool small = false;
    };

    void* carve(Arena& arena, std::size_t total) noexcept; // under m_mutex
    bool commitThrough(Arena& arena, std::uintptr_t end) noexcept; // under m_mutex
    bool lockChunk(std::uintptr_t chunk) noexcept; // under m_mutex
    static void* foreign(std::size_t n) noexcept;

    std::uintptr_t m_base = 0;
    std::size_t m_reserved = 0;
    const std::size_t m_chunkBytes;
    std::uint64_t m_lockBudget = 0; // RLIMIT_MEMLOCK (the largest number when it does not apply)
    mutable std::mutex m_mutex;
    Arena m_arenas[2]; // small classes, then the rest
    std::unique_ptr<std::atomic<std::uint8_t>[]> m_chunkLocked;
    FreeBlock* m_free[kClasses] = {};
    std::uint64_t m_liveBlocks = 0;
    std::uint64_t m_systemCalls = 0;
    std::uint64_t m_lockFailures = 0;
    std::uint64_t m_lockedBytes = 0;
};

// The process's heap, made on first use, or nullptr where it is not used (anything but Linux,
// and the sanitizer builds, which check SQLite's blocks with their own allocator).
SecureHeap* processSecureHeap();

// Makes the process's heap SQLite's allocator. Must run before SQLite initialises (before the
// first database opens); returns whether SQLite took it. Later calls return the first answer.
bool installSecureHeap();

} // namespace caseledger::core
