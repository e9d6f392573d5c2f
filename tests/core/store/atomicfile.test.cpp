// SECURITY S22: files are written to a temporary file and renamed; a failure leaves the
// old file intact and no temporary file behind.
#include "core/base/error.h"
#include "core/services/userservice.h"
#include "core/store/atomicfile.h"
#include "tests/support/testworkspace.h"

#include <catch2/catch_test_macros.hpp>
#include <csignal>
#include <sys/resource.h>

using namespace caseledger;
using namespace caseledger::core;

namespace {
// Makes every write beyond `bytes` fail with EFBIG while alive (the file-size limit).
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_old);
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit{bytes, m_old.rlim_max};
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }

private:
    rlimit m_old{};
    void (*m_oldHandler)(int);
};

std::size_t fileCount(const std::filesystem::path& dir)
{
    return static_cast<std::size_t>(std::distance(std::filesystem::directory_iterator(dir), {}));
}
} // namespace

TEST_CASE("S22: an atomic write replaces the file or leaves it alone", "[store][S22]")
{
    test::TempDir dir;
    const auto path = dir / "slots.keys";
    writeFileAtomically(path, std::string("first version"));
    CHECK(test::readFile(path) == "first version");
    writeFileAtomically(path, std::string("second version"));
    CHECK(test::readFile(path) == "second version");
    {
        FileSizeLimit limit(8);
        CHECK_THROWS_AS(writeFileAtomically(path, std::string(5000, 'z')), Failure);
    }
    CHECK(test::readFile(path) == "second version");
    CHECK(fileCount(dir.path()) == 1);
    CHECK_THROWS_AS(writeFileAtomically(dir / "no-such-folder" / "x", std::string("x")), Failure);
}

TEST_CASE("S22: a user whose key slot cannot be written is not created", "[store][S22][S12]")
{
    test::TestWorkspace t;
    const auto keysBefore = test::readFile(t.ws().keyringPath());
    Result<User> added = Error{ErrorCode::Internal, "not run"};
    {
        FileSizeLimit limit(64);
        added = UserService(t.ws()).add(t.admin(), {"clerk", "Clerk", Role::Caseworker, 0, test::kUserPassword});
    }
    REQUIRE_FALSE(added);
    CHECK(test::readFile(t.ws().keyringPath()) == keysBefore);
    auto list = UserService(t.ws()).list(t.admin());
    REQUIRE(list);
    CHECK(list->size() == 1);
}
