// CancelScope: a long statement stops soon after another thread raises the flag, with
// ErrorCode::Cancelled, and the connection works normally once the scope is gone.
#include "core/store/database.h"
#include "tests/support/testworkspace.h"

#include <atomic>
#include <catch2/catch_test_macros.hpp>
#include <chrono>
#include <thread>

using namespace caseledger;
using namespace caseledger::core;

TEST_CASE("A statement under a CancelScope stops when the flag is raised", "[store][cancel]")
{
    test::TestWorkspace t;
    Database& db = t.ws().db();
    // Counting to a billion takes minutes; Cancel is pressed 100 ms in.
    constexpr const char* kLong = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                  "WHERE i < 1000000000) SELECT count(*) FROM n";
    std::atomic<bool> cancel {false};
    std::thread presser([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        cancel = true;
    });
    const auto start = std::chrono::steady_clock::now();
    ErrorCode code = ErrorCode::Internal;
    try {
        const CancelScope stoppable(db, &cancel);
        (void)db.queryInt64(kLong);
    } catch (const Failure& f) {
        code = f.error().code;
    }
    presser.join();
    const auto took = std::chrono::steady_clock::now() - start;
    CHECK(code == ErrorCode::Cancelled);
    CHECK(took < std::chrono::seconds(5));

    // The scope is gone: the same connection runs to the end.
    CHECK(db.queryInt64("SELECT count(*) FROM sqlite_master") > 0);
    const CancelScope idle(db, nullptr); // no flag: nothing installed
    CHECK(db.queryInt64("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                        "100000) SELECT count(*) FROM n")
        == 100000);
}
