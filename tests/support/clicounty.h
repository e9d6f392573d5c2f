#pragma once

#include "tests/support/process.h"
#include "tests/support/tempdir.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace caseledger::test {

// Passwords of the accounts a CliCounty creates (they pass the password policy).
inline constexpr const char* kCliAdminPw = "orange tractor river";
inline constexpr const char* kCliFirstPw = "violet harbor kettle 17"; // set by the administrator
inline constexpr const char* kCliWorkerPw = "maple window sparrow 88"; // chosen at first sign-in

// A fresh encrypted database in a temp directory, driven through the real caseledger-cli the
// way a person would: `admin` created by init, workers added with a first password they change.
// Every output is kept, so a test can look for canaries in all of it.
class CliCounty
{
public:
    CliCounty();

    ProcessResult run(const std::string& user, const std::string& password,
        std::vector<std::string> args, const std::string& newPassword = {});
    // Signs in as `user` with the password CliCounty gave it.
    ProcessResult as(const std::string& user, std::vector<std::string> args);
    // The --json output of a command that must succeed.
    nlohmann::json ok(const std::string& user, std::vector<std::string> args);
    // Adds a worker and lets her choose her own password (the first sign-in requires it).
    void addUser(const std::string& name, const std::string& role,
        const std::vector<std::string>& grants = {}, const std::string& displayName = {});

    std::string path(const std::string& file) const { return (m_dir / file).string(); }
    const std::string& database() const { return m_db; }
    std::string file(const std::string& name, const std::string& text) const; // writes it
    const std::string& outputs() const { return m_outputs; }
    void forget() { m_outputs.clear(); }

private:
    TempDir m_dir;
    std::string m_db;
    std::string m_outputs;
};

} // namespace caseledger::test
