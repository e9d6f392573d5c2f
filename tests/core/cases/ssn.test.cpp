#include "core/cases/ssn.h"

#include "core/access/masking.h"
#include "core/base/error.h"

#include <catch2/catch_test_macros.hpp>

using namespace caseledger::core;

TEST_CASE("SSN validation follows the SSA's rules", "[cases][ssn]")
{
    CHECK(checkSsn("512-34-9876") == SsnProblem::None);
    CHECK(checkSsn("512349876") == SsnProblem::None);
    CHECK(checkSsn("512 34 9876") == SsnProblem::None);
    CHECK(checkSsn("001-01-0001") == SsnProblem::None);
    CHECK(checkSsn("665-99-9999") == SsnProblem::None);
    CHECK(checkSsn("667-01-0001") == SsnProblem::None);
    CHECK(checkSsn("899-99-9999") == SsnProblem::None);

    CHECK(checkSsn("000-12-3456") == SsnProblem::Area000);
    CHECK(checkSsn("666-12-3456") == SsnProblem::Area666);
    CHECK(checkSsn("900-12-3456") == SsnProblem::Area9xx);
    CHECK(checkSsn("999-12-3456") == SsnProblem::Area9xx);
    CHECK(checkSsn("512-00-9876") == SsnProblem::Group00);
    CHECK(checkSsn("512-34-0000") == SsnProblem::Serial0000);

    for (const char* bad : {"", "51234987", "5123498765", "512-349876", "512-34 9876",
             "512_34_9876", "51a-34-9876", "512--34-987", " 512349876"})
        CHECK(checkSsn(bad) == SsnProblem::Format);
}

TEST_CASE("A refused SSN names the field and the rule, never the value", "[cases][ssn][S10]")
{
    CHECK(normalizeSsn("512-34-9876") == "512349876");
    CHECK_FALSE(normalizeSsn("666-34-9876"));
    try {
        requireValidSsn("666-34-9876");
        FAIL("accepted area 666");
    } catch (const Failure& f) {
        CHECK(f.error().field == "ssn");
        CHECK(f.error().message.find("666-34") == std::string::npos);
        CHECK(f.error().message.find("9876") == std::string::npos);
    }
}

TEST_CASE("SSNs are masked to the last four everywhere (S13)", "[access][ssn][S13]")
{
    CHECK(maskSsn(std::string_view("512349876")) == "***-**-9876");
    CHECK(maskSsn(std::optional<std::string> {}) == "");
    CHECK(maskSsnsInText("called about SSN 512-34-9876 and 512349876 today")
        == "called about SSN ***-**-9876 and ***-**-9876 today");
    CHECK(maskSsnsInText("512 34 9876") == "***-**-9876");
    // Longer numbers (a phone with extension, a court number) are not SSNs.
    CHECK(maskSsnsInText("ref 1234567890123") == "ref 1234567890123");
    CHECK(maskSsnsInText("case 19-0000123") == "case 19-0000123");
}
