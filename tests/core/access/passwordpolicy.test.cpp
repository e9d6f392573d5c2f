// SECURITY S7 / NIST SP 800-63B: length, any Unicode, no composition rules, blocklist.
#include "core/access/passwordpolicy.h"

#include <catch2/catch_test_macros.hpp>

using caseledger::core::PasswordPolicy;

TEST_CASE("passwords: at least 12 characters of any script, no composition rules", "[access][S7]")
{
    CHECK(PasswordPolicy::check("short phrase", {}) == std::nullopt);      // exactly 12
    CHECK(PasswordPolicy::check("short phras", {}) != std::nullopt);       // 11
    CHECK(PasswordPolicy::check("contraseña segura", {}) == std::nullopt); // ñ counts as one
    CHECK(PasswordPolicy::check("我的密码是一个很长的句子", {}) == std::nullopt);   // 12 code points
    CHECK(PasswordPolicy::check("alllowercasewords", {}) == std::nullopt); // no digit or symbol needed
    CHECK(PasswordPolicy::check(std::string(257, 'a') + "b", {}) != std::nullopt);
}

TEST_CASE("passwords: common, sequential, repetitive and context words are refused", "[access][S7]")
{
    for (const char* weak : {"password1234", "Password123!", "123456789012", "qwertyuiop12", "aaaaaaaaaaaa",
                             "abcabcabcabc", "abcdefghijkl", "P@ssw0rd2024", "Summer2025!!", "caseledger2026",
                             "California!!", "1qaz2wsx3edc"})
        CHECK(PasswordPolicy::check(weak, {}) != std::nullopt);
    CHECK(PasswordPolicy::check("mgarcia-secret-2026", {"mgarcia", "María García"}) != std::nullopt);
    CHECK(PasswordPolicy::check("orange tractor river", {"mgarcia", "María García"}) == std::nullopt);
}
