#pragma once

#include <cstdint>

namespace caseledger::test {

// The "Locked:" figure (kB) of the mapping that holds `address`, from /proc/self/smaps: what
// the kernel says about memory the program believes locked (SECURITY S4). -1 if no mapping
// holds it.
std::int64_t lockedKbOfMapping(const void* address);

} // namespace caseledger::test
