#include "tests/support/lockedmemory.h"

#include <fstream>
#include <sstream>
#include <string>

namespace caseledger::test {

std::int64_t lockedKbOfMapping(const void* address)
{
    const auto at = reinterpret_cast<std::uintptr_t>(address);
    std::ifstream smaps("/proc/self/smaps");
    std::string line;
    bool inside = false;
    while (std::getline(smaps, line)) {
        std::uintptr_t from = 0, to = 0;
        char dash = 0;
        std::istringstream head(line);
        if (head >> std::hex >> from >> dash >> to && dash == '-') {
            inside = from <= at && at < to;
            continue;
        }
        if (inside && line.starts_with("Locked:"))
            return std::stoll(line.substr(7));
    }
    return -1;
}

} // namespace caseledger::test
