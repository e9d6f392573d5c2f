#include "tests/support/tempdir.h"

#include "core/base/crypto.h"

#include <fstream>
#include <iterator>
#include <stdexcept>

namespace caseledger::test {

TempDir::TempDir()
{
    const auto base = std::filesystem::temp_directory_path();
    for (int attempt = 0; attempt < 100; ++attempt) {
        auto candidate = base / ("caseledger-test-" + core::crypto::toHex(core::crypto::randomBytes(6)));
        if (std::filesystem::create_directory(candidate)) {
            m_path = candidate;
            return;
        }
    }
    throw std::runtime_error("cannot create a temporary directory");
}

TempDir::~TempDir()
{
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
}

std::string readFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::map<std::string, std::string> hashTree(const std::filesystem::path& dir)
{
    std::map<std::string, std::string> out;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
        if (!entry.is_regular_file())
            continue;
        const auto bytes = readFile(entry.path());
        out[std::filesystem::relative(entry.path(), dir).string()] = core::crypto::toHex(core::crypto::sha256(core::crypto::view(bytes)));
    }
    return out;
}

bool fileContains(const std::filesystem::path& path, std::string_view needle)
{
    return readFile(path).find(needle) != std::string::npos;
}

} // namespace caseledger::test
