#pragma once

#include <filesystem>
#include <map>
#include <string>

namespace caseledger::test {

// A fresh directory under the system's temp folder, removed with everything in it.
class TempDir
{
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path operator/(const std::string& name) const { return m_path / name; }

private:
    std::filesystem::path m_path;
};

// Every regular file under `dir` and the SHA-256 of its bytes (S3's "hash and list").
std::map<std::string, std::string> hashTree(const std::filesystem::path& dir);
std::string readFile(const std::filesystem::path& path);
// True when `needle` occurs anywhere in the file's bytes.
bool fileContains(const std::filesystem::path& path, std::string_view needle);

} // namespace caseledger::test
