#pragma once

#include <map>
#include <string>
#include <vector>

namespace caseledger::test {

struct ProcessResult
{
    int exitCode = -1;
    std::string out;
    std::string err;
};

// Runs a program with arguments, extra environment variables and standard input; waits.
ProcessResult runProcess(const std::string& program, const std::vector<std::string>& args,
    const std::map<std::string, std::string>& env = {}, const std::string& input = {});

// The caseledger-cli built with these tests (CASELEDGER_CLI).
std::string cliPath();

// Environment for a command that must need no database, user or password (a what-if).
std::map<std::string, std::string> bareCliEnvironment(const std::string& stateDir);

// `text` with the first occurrence of `from` replaced by `to`; fails the test when absent.
std::string replacedOnce(std::string text, const std::string& from, const std::string& to);

} // namespace caseledger::test
