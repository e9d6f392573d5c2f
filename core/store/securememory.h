#pragma once

#include <cstdint>

namespace caseledger::core {

// SECURITY S4: SQLCipher's memory security (`PRAGMA cipher_memory_security = ON`) wipes every
// block SQLite frees and keeps every block it allocates out of swap with mlock(). SQLCipher does
// both through two system calls per allocation and a byte-at-a-time loop, and Debian's build has
// no lookaside allocator, so SQLite allocates (and SQLCipher locks, wipes and unlocks) for every
// statement it runs: half of the CPU time of posting and accrual went to the kernel.
//
// On Linux this process supplies the pieces SQLCipher calls by name, and SQLCipher keeps doing
// the rest (core/store/securememory.cpp):
// - SQLite's memory comes from a heap locked a chunk at a time and never unlocked
//   (core/store/secureheap.h), so a lock request for a block in a locked chunk needs no system
//   call, and an unlock leaves the block locked for the next block of its class.
// - For any other block (one larger than the heap's classes, or in a chunk the heap could not
//   lock within RLIMIT_MEMLOCK), mlock() and munlock() keep a
//   ledger of the blocks SQLCipher locked and count them per page; a page is locked when its
//   first block arrives and unlocked when its last block leaves. SQLCipher's own munlock()
//   unlocked a whole page while another live block still lay on it; with the ledger, a page
//   stays locked while any block locked on it lives.
// - A page the kernel refuses to lock (RLIMIT_MEMLOCK) is asked for again with the next block on
//   it, as SQLCipher asked with every block. A chunk of the heap is asked for once.
// - sqlcipher_memset() wipes with explicit_bzero(), which the compiler may not remove, a word at
//   a time instead of a byte.
// Elsewhere (Windows, and the sanitizer builds, whose runtime replaces mlock()) SQLCipher's own
// functions run and `active` is false.
struct SecureMemoryStats
{
    bool active = false; // the functions above are this process's
    std::uint64_t lockRequests = 0; // mlock() and munlock() calls received
    std::uint64_t systemCalls = 0; // system calls made for them (and for the heap's chunks)
    std::uint64_t lockFailures = 0; // system calls the kernel refused (RLIMIT_MEMLOCK)
    std::uint64_t lockedPages
        = 0; // pages the kernel holds locked now (for live blocks or the heap)
    std::uint64_t liveBlocks = 0; // blocks locked and not yet unlocked, or live in the heap
    std::uint64_t wipedBytes = 0; // bytes wiped by sqlcipher_memset()
    std::uint64_t heapBytes = 0; // the size of SQLite's locked heap
};

SecureMemoryStats secureMemoryStats();

// Whether the kernel holds the page of `address` locked for a live block.
bool secureMemoryPageLocked(const void* address);

} // namespace caseledger::core
