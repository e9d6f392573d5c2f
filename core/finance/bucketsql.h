#pragma once

#include <string>

namespace caseledger::core {

// The condition, for the ledger's repositories, that reads a case's entries from a month on:
// "bucket IN (every bucket code) AND period >= " (the caller appends the parameter), so that
// the read seeks each bucket's range of the index by case (case_id, bucket, period, ...) instead
// of reading the case's whole ledger. `currentOnly`: the current-support buckets alone. Built
// from Bucket::code() at first use; constant text, never values. A bucket left out of the lists
// would drop its rows from the reads: tests/core/finance/bucketsql.test.cpp checks that they
// hold every code Bucket::parse() accepts.
const std::string& bucketsFromSql(bool currentOnly);

// The quoted codes, comma-separated, of the current-support buckets, and of every other bucket
// (arrears principal and interest, future), for an IN list.
const std::string& currentBucketCodes();
const std::string& otherBucketCodes();

} // namespace caseledger::core
