#include "core/guideline/rational.h"

#include "core/base/error.h"
#include "core/base/money.h"

#include <catch2/catch_test_macros.hpp>

using caseledger::core::Failure;
using caseledger::core::Int128;
using caseledger::core::Money;
using caseledger::core::Rational;

TEST_CASE("Rational is exact and always reduced", "[guideline][rational]")
{
    const Rational third = Rational::of(2, 6);
    CHECK(third.numerator() == 1);
    CHECK(third.denominator() == 3);
    CHECK(Rational::of(3, -9) == Rational::of(-1, 3));
    CHECK(third + third + third == Rational(1));
    CHECK(
        Rational::of(1, 10) + Rational::of(2, 10) == Rational::of(3, 10)); // no 0.30000000000000004
    CHECK(Rational::of(3, 4) * Rational::of(2, 3) == Rational::of(1, 2));
    CHECK(Rational(1) / Rational(82857) * Rational(82857) == Rational(1));
    CHECK(Rational::of(1, 3) < Rational::of(34, 100));
    CHECK(Rational::fromCents(Money::fromCents(290040)) == Rational::of(290040, 100));
    CHECK_THROWS_AS(Rational::of(1, 0), Failure);
    CHECK_THROWS_AS(Rational(1) / Rational(0), Failure);
}

TEST_CASE("Rational parses strict decimals", "[guideline][rational]")
{
    CHECK(*Rational::parseDecimal("33.5") == Rational::of(67, 2));
    CHECK(*Rational::parseDecimal("-0.25") == Rational::of(-1, 4));
    CHECK(*Rational::parseDecimal("20") == Rational(20));
    CHECK_FALSE(Rational::parseDecimal(""));
    CHECK_FALSE(Rational::parseDecimal("1e3"));
    CHECK_FALSE(Rational::parseDecimal("12."));
    CHECK_FALSE(Rational::parseDecimal(".5"));
    CHECK_FALSE(Rational::parseDecimal(" 1"));
    CHECK_FALSE(Rational::parseDecimal("1,5"));
}

TEST_CASE("Rational rounds half away from zero", "[guideline][rational]")
{
    CHECK(Rational::of(5, 2).roundHalfAwayFromZero() == 3);
    CHECK(Rational::of(-5, 2).roundHalfAwayFromZero() == -3);
    CHECK(Rational::of(249999, 100000).roundHalfAwayFromZero() == 2);
    CHECK(Rational::of(-249999, 100000).roundHalfAwayFromZero() == -2);
    CHECK(Rational::of(1, 200).roundToCents().cents() == 1); // $0.005 -> $0.01
    CHECK(Rational::of(-1, 200).roundToCents().cents() == -1); // -$0.005 -> -$0.01
    CHECK(Rational::of(1, 201).roundToCents().cents() == 0);
    CHECK(Rational::of(1, 4).toFixed(6) == "0.250000");
    CHECK(Rational::of(2, 3).toFixed(6) == "0.666667");
    CHECK(Rational::of(-1, 8).toFixed(2) == "-0.13");
    CHECK(Rational::of(2813, 1000).toShortDecimal() == "2.813");
    CHECK(Rational::of(8, 5).toShortDecimal() == "1.6");
    CHECK(Rational(1).toShortDecimal() == "1");
    CHECK(Rational::of(1, 3).toShortDecimal(4) == "0.3333");
}

TEST_CASE("Rational refuses to overflow instead of wrapping", "[guideline][rational]")
{
    const Rational big = Rational::of(static_cast<Int128>(1) << 100, 1);
    CHECK_THROWS_AS(big * big, Failure);
    CHECK_THROWS_AS(big * Rational(1 << 30) + big * Rational(1 << 30), Failure);
    CHECK_NOTHROW(big + big);
}
