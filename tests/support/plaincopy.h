#pragma once

#include <filesystem>

namespace caseledger::core {
class Database;
}

namespace caseledger::test {

// Benchmarks at county scale: loads a plain (unencrypted) county, generated from a seed by
// `caseledger_bench_casework --plain-generate`, table by table into an open encrypted
// database -- the same rows, indexes (the FTS5 shadow tables too: the name index is copied,
// not rebuilt) and statistics, encrypted page by page. The workspace keeps its own identity,
// users, audit log and change log. Generating 350,000 cases through the service under
// SQLCipher's memory security (SECURITY S4) takes most of an hour; loading takes minutes.
// Returns the seconds taken.
double loadPlainCopy(core::Database& db, const std::filesystem::path& plain);

} // namespace caseledger::test
