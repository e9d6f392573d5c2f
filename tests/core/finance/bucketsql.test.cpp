// The bucket lists the ledger's reads seek by (core/finance/bucketsql.h): together they hold every
// bucket code there is, each once, and the current list holds exactly the current-support ones.
// A bucket missing from both would drop its rows from a case's balances without a word.
#include "core/finance/bucketsql.h"

#include "core/finance/bucket.h"

#include <catch2/catch_test_macros.hpp>
#include <set>
#include <sstream>
#include <string>

using namespace caseledger::core;

namespace {

std::set<std::string> codesIn(const std::string& list)
{
    std::set<std::string> codes;
    std::istringstream in(list);
    std::string item;
    while (std::getline(in, item, ',')) {
        const auto first = item.find('\'');
        const auto last = item.rfind('\'');
        REQUIRE(first != std::string::npos);
        REQUIRE(last > first);
        const bool added = codes.insert(item.substr(first + 1, last - first - 1)).second;
        REQUIRE(added); // each code once
    }
    return codes;
}

} // namespace

TEST_CASE("The bucket lists hold every bucket code, the current ones apart", "[finance]")
{
    // Every bucket the type can name. A new kind after Future must be added here and to the lists.
    static_assert(static_cast<int>(BucketKind::Future) == 5);
    std::set<std::string> current, other;
    for (int k = 0; k <= static_cast<int>(BucketKind::Future); ++k)
        for (const auto c : kArrearsCategories) {
            const Bucket b {static_cast<BucketKind>(k), c};
            const auto parsed = Bucket::parse(b.code());
            REQUIRE(parsed);
            REQUIRE(parsed->code() == b.code());
            (b.isCurrent() ? current : other).insert(b.code());
        }
    const auto currentListed = codesIn(currentBucketCodes());
    const auto otherListed = codesIn(otherBucketCodes());
    CHECK(currentListed == current);
    CHECK(otherListed == other);
    CHECK(bucketsFromSql(true) == "bucket IN (" + currentBucketCodes() + ") AND period >= ");
}
