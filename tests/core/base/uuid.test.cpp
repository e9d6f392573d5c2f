#include "core/base/uuid.h"

#include "core/base/clock.h"

#include <catch2/catch_test_macros.hpp>
#include <set>

#ifndef _WIN32
#include <sys/wait.h>
#include <unistd.h>
#endif

using namespace caseledger::core;

TEST_CASE("Record ids are unique within a millisecond and version 7", "[base][uuid]")
{
    const FakeClock clock(Date::fromYmd(2026, 11, 2)); // a clock that never moves
    std::set<std::string> seen;
    for (int i = 0; i < 20'000; ++i) { // several refills of the per-thread pool
        const auto id = Uuid::v7(clock);
        CHECK(seen.insert(id.toString()).second);
        CHECK(id.toString()[14] == '7');
    }
}

TEST_CASE("Record ids of one thread ascend, even when the clock stands still or steps back",
    "[base][uuid]")
{
    FakeClock clock(Date::fromYmd(2026, 11, 2));
    std::string last = Uuid::v7(clock).toString();
    for (int i = 0; i < 5'000; ++i) {
        if (i == 2'500) // an NTP correction: the clock goes back a minute
            clock.set(clock.now() - std::chrono::minutes(1));
        if (i == 4'000) // and later moves on past where it was
            clock.set(clock.now() + std::chrono::minutes(2));
        const auto id = Uuid::v7(clock).toString();
        CHECK(id > last); // the hex text sorts as the bytes do
        CHECK(id[14] == '7');
        CHECK(std::string("89ab").find(id[19]) != std::string::npos); // RFC 9562 variant
        last = id;
    }
}

#ifndef _WIN32
TEST_CASE("A forked process does not hand out its parent's next ids", "[base][uuid]")
{
    const FakeClock clock(Date::fromYmd(2026, 11, 2));
    (void)Uuid::v7(clock); // the pool is filled before the fork
    int fds[2];
    REQUIRE(pipe(fds) == 0);
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        const auto text = Uuid::v7(clock).toString();
        const auto written = write(fds[1], text.data(), text.size());
        _exit(written == static_cast<ssize_t>(text.size()) ? 0 : 1);
    }
    close(fds[1]);
    const auto mine = Uuid::v7(clock).toString();
    std::string theirs(36, '\0');
    const auto got = read(fds[0], theirs.data(), theirs.size());
    close(fds[0]);
    int status = 0;
    waitpid(child, &status, 0);
    REQUIRE(got == 36);
    CHECK(theirs != mine);
}
#endif
