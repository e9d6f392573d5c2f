#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace caseledger::core::text {

bool isValidUtf8(std::string_view s);
// Unicode NFC (SECURITY S26: names are normalized); Failure(Validation) on invalid UTF-8.
std::string nfc(std::string_view s, std::string_view field = "text");
// Case-folded, accents removed, NFKC: the key for case- and accent-insensitive matching.
std::string fold(std::string_view s);
std::size_t codePointCount(std::string_view s);
std::string trim(std::string_view s);
std::string toLowerAscii(std::string_view s);
bool hasControlCharacters(std::string_view s);

} // namespace caseledger::core::text
