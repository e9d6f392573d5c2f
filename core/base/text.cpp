#include "core/base/text.h"

#include "core/base/error.h"

#include <cstdlib>
#include <memory>
#include <utf8proc.h>

namespace caseledger::core::text {

namespace {

std::string mapped(std::string_view s, int options)
{
    utf8proc_uint8_t* out = nullptr;
    const auto len = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                  static_cast<utf8proc_ssize_t>(s.size()), &out,
                                  static_cast<utf8proc_option_t>(options));
    std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> holder(out, &std::free);
    if (len < 0)
        return {};
    return std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(len));
}

} // namespace

bool isValidUtf8(std::string_view s)
{
    const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
    utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(s.size());
    while (left > 0) {
        utf8proc_int32_t cp = 0;
        const auto n = utf8proc_iterate(p, left, &cp);
        if (n <= 0 || cp < 0)
            return false;
        p += n;
        left -= n;
    }
    return true;
}

std::string nfc(std::string_view s, std::string_view field)
{
    if (!isValidUtf8(s))
        failValidation(std::string(field), "is not valid UTF-8 text");
    return mapped(s, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
}

std::string fold(std::string_view s)
{
    if (!isValidUtf8(s))
        return {};
    return mapped(s, UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK
                         | UTF8PROC_IGNORE);
}

std::size_t codePointCount(std::string_view s)
{
    std::size_t count = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80)
            ++count;
    return count;
}

std::string trim(std::string_view s)
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
    while (!s.empty() && isSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back()))
        s.remove_suffix(1);
    return std::string(s);
}

std::string toLowerAscii(std::string_view s)
{
    std::string out(s);
    for (auto& c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

bool hasControlCharacters(std::string_view s)
{
    for (unsigned char c : s)
        if (c < 0x20 || c == 0x7F)
            return true;
    return false;
}

} // namespace caseledger::core::text
