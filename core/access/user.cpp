#include "core/access/user.h"

#include "core/base/error.h"
#include "core/base/text.h"

namespace caseledger::core {

std::string normalizeUserName(std::string_view raw)
{
    const std::string name = text::toLowerAscii(text::trim(raw));
    if (name.size() < 2 || name.size() > 32)
        failValidation("name", "a user name has 2 to 32 characters");
    for (char c : name) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
        if (!ok)
            failValidation("name", "a user name uses only letters a-z, digits, '.', '_' and '-'");
    }
    if (!(name.front() >= 'a' && name.front() <= 'z'))
        failValidation("name", "a user name starts with a letter");
    return name;
}

} // namespace caseledger::core
