// Figures for casework at county scale (issue 3, "Performance"): generation, search p50/p95
// for each kind of query, opening a case with all its tabs' data, the first page of a filtered
// caseload, and the database size -- each on the encrypted database and on a plain SQLite copy
// generated from the same seed, reported as a ratio. Prints figures; asserts nothing.
//
//   caseledger_bench_casework --cases 350000 [--seed 1] [--queries 300] [--generate 10000]
//
// Generating through the service under SQLCipher's memory security (SECURITY S4) ran at about
// 150 cases/s on the 2-core machine, so a Los Angeles county took most of a day; since
// core/store/securememory.h it runs at about 950 (six minutes), and loading the plain copy
// still takes half that. So above
// `--generate` cases the service generates that many in a workspace of their own (the rate,
// and the time a whole county would take), and the county the queries run on is the plain
// copy (generated in a child process from the same seed) loaded table by table into the
// encrypted workspace: the same rows, indexes and statistics, encrypted page by page.
#include "core/access/disclosureguard.h"
#include "core/access/userrepository.h"
#include "core/base/text.h"
#include "core/cases/caserepository.h"
#include "core/cases/demogenerator.h"
#include "core/services/caseservice.h"
#include "core/services/demoservice.h"
#include "core/services/searchservice.h"
#include "core/store/migrations.h"
#include "tests/support/plaincopy.h"
#include "tests/support/process.h"
#include "tests/support/sqlcolumn.h"
#include "tests/support/testworkspace.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <functional>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

using namespace caseledger;
using namespace caseledger::core;
using Steady = std::chrono::steady_clock;

namespace {

struct Options
{
    std::int64_t cases = 10000;
    std::uint64_t seed = 1;
    int queries = 300;
    std::int64_t generate = 10000; // cases generated through the service, at most
    std::string plainGenerate; // child: generate a plain database here
    std::string plainQuery; // child: time the queries on this plain database
    std::string samples; // child: the query inputs
    std::vector<std::string> workers;
};

Options parse(int argc, char** argv)
{
    Options o;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string key = argv[i], value = argv[i + 1];
        if (key == "--cases")
            o.cases = std::atoll(value.c_str());
        else if (key == "--seed")
            o.seed = std::strtoull(value.c_str(), nullptr, 10);
        else if (key == "--queries")
            o.queries = std::atoi(value.c_str());
        else if (key == "--generate")
            o.generate = std::atoll(value.c_str());
        else if (key == "--plain-generate")
            o.plainGenerate = value;
        else if (key == "--plain-query")
            o.plainQuery = value;
        else if (key == "--samples")
            o.samples = value;
        else if (key == "--worker")
            o.workers.push_back(value);
    }
    return o;
}

double elapsed(Steady::time_point since)
{
    return std::chrono::duration<double>(Steady::now() - since).count();
}

struct Stats
{
    double p50 = 0, p95 = 0, max = 0;
};

// Milliseconds per call over the inputs.
template<class T>
Stats measure(const std::vector<T>& inputs, const std::function<void(const T&)>& call)
{
    std::vector<double> ms;
    for (const auto& in : inputs) {
        const auto start = Steady::now();
        call(in);
        ms.push_back(elapsed(start) * 1000.0);
    }
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) {
        return ms[std::min(
            ms.size() - 1, static_cast<std::size_t>(q * static_cast<double>(ms.size())))];
    };
    return {at(0.50), at(0.95), ms.back()};
}

// A caseworker's typo: one letter swapped for one that sounds alike, accents dropped.
std::string misspell(const std::string& name)
{
    std::string out;
    for (unsigned char c : text::fold(name))
        out += static_cast<char>(c);
    for (auto& c : out) {
        if (c == 'z') {
            c = 's';
            return out;
        }
        if (c == 'v') {
            c = 'b';
            return out;
        }
    }
    if (out.size() > 3 && out[0] == 'h')
        return out.substr(1); // "Ernandez"
    if (out.size() > 4)
        out.insert(out.size() - 2, 1, out[out.size() - 2]); // a doubled letter
    return out;
}

struct Samples
{
    std::vector<std::string> names, misspelt, numbers, ssnDob, phones, caseIds;
};

Samples sample(Database& db, int n, std::uint64_t seed)
{
    Samples s;
    const std::string limit = " ORDER BY random() LIMIT " + std::to_string(n);
    (void)seed;
    for (const auto& row :
        test::textColumn(db, "SELECT given_name || ' ' || family_name FROM person" + limit))
        s.names.push_back(row);
    for (const auto& row :
        test::textColumn(db, "SELECT family_name || ' ' || given_name FROM person" + limit))
        s.misspelt.push_back(misspell(row.substr(0, row.find(' '))) + row.substr(row.find(' ')));
    s.numbers = test::textColumn(db, "SELECT case_number FROM cases" + limit);
    s.caseIds = test::textColumn(db, "SELECT hex(id) FROM cases" + limit);
    s.ssnDob = test::textColumn(db,
        "SELECT substr(ssn, 6, 4) || ' ' || date_of_birth FROM person WHERE ssn IS NOT NULL"
            + limit);
    for (const auto& p : test::textColumn(db, "SELECT number FROM phone" + limit))
        s.phones.push_back("(" + p.substr(0, 3) + ") " + p.substr(3, 3) + "-" + p.substr(6));
    return s;
}

std::uintmax_t sizeOf(const std::filesystem::path& db)
{
    std::uintmax_t total = 0;
    for (const char* suffix : {"", "-wal"}) {
        auto p = db;
        p += suffix;
        std::error_code ec;
        const auto n = std::filesystem::file_size(p, ec);
        total += ec ? 0 : n;
    }
    return total;
}

using Results = std::vector<std::pair<std::string, Stats>>;

void saveSamples(const Samples& s, const std::filesystem::path& path)
{
    std::ofstream out(path);
    const std::pair<const char*, const std::vector<std::string>*> kinds[]
        = {{"name", &s.names}, {"misspelt", &s.misspelt}, {"number", &s.numbers},
            {"ssndob", &s.ssnDob}, {"phone", &s.phones}};
    for (const auto& [kind, values] : kinds)
        for (const auto& v : *values)
            out << kind << '\t' << v << '\n';
}

Samples loadSamples(const std::filesystem::path& path)
{
    Samples s;
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
        const auto tab = line.find('\t');
        const std::string kind = line.substr(0, tab), value = line.substr(tab + 1);
        (kind == "name"              ? s.names
                : kind == "misspelt" ? s.misspelt
                : kind == "number"   ? s.numbers
                : kind == "ssndob"   ? s.ssnDob
                                     : s.phones)
            .push_back(value);
    }
    return s;
}

const std::pair<const char*, const std::vector<std::string> Samples::*> kSearchKinds[]
    = {{"search: name (as written)", &Samples::names},
        {"search: name (misspelt, sound-alike)", &Samples::misspelt},
        {"search: case number", &Samples::numbers},
        {"search: SSN last four + date of birth", &Samples::ssnDob},
        {"search: phone", &Samples::phones}};

std::vector<CaseListQuery> caseloadQueries(int kind, const std::vector<Uuid>& workers)
{
    std::vector<CaseListQuery> out;
    for (std::size_t i = 0; i < 30; ++i) {
        CaseListQuery q;
        if (kind == 0) { // one worker's cases by next due, with the count
            q.worker = workers[i % workers.size()];
            q.sort = CaseSort::NextDue;
            q.withTotal = true;
        } else if (kind == 1) { // enforcement cases with an overdue task, with the count
            q.phase = CasePhase::Enforcement;
            q.overdueOnly = true;
            q.withTotal = true;
        } else { // every open case by the NCP's name
            q.sort = CaseSort::NcpName;
            q.offset = static_cast<int>(i % 3) * 50;
        }
        out.push_back(q);
    }
    return out;
}
constexpr const char* kCaseloadLabels[] = {"caseload: one worker, by next due, +count",
    "caseload: enforcement + overdue, +count", "caseload: all open, by NCP name"};

// The repository-level timings on one database: what the services do inside the door.
Results timeQueries(Database& db, const Samples& s, const std::vector<Uuid>& workers, Date today)
{
    Results r;
    for (const auto& [label, member] : kSearchKinds)
        r.emplace_back(label, measure<std::string>(s.*member, [&](const std::string& q) {
            runSearch(db, parseSearchText(q), 25);
        }));
    r.emplace_back("open a case with all its tabs' data",
        measure<std::string>(s.numbers, [&](const std::string& n) {
            const auto c = CaseRepository(db).findByNumber(n);
            DisclosureGuard guard(db, today);
            loadCaseFile(db, *c, today, guard);
        }));
    for (int k = 0; k < 3; ++k)
        r.emplace_back(kCaseloadLabels[k],
            measure<CaseListQuery>(caseloadQueries(k, workers),
                [&](const CaseListQuery& q) { CaseRepository(db).list(q, today); }));
    return r;
}

// Child process: generates or queries a plain database. It never opens an encrypted one, so
// SQLCipher's process-wide memory security (SECURITY S4) stays off here.
int child(const Options& o)
{
    std::vector<Uuid> workers;
    for (const auto& w : o.workers)
        workers.push_back(*Uuid::parse(w));
    const Date today = Date::fromYmd(2026, 11, 2); // TestWorkspace's day
    if (!o.plainGenerate.empty()) {
        auto db = Database::openUnencrypted(o.plainGenerate, Database::Mode::Create);
        migrate(*db);
        DemoSettings settings;
        settings.cases = o.cases;
        settings.seed = o.seed;
        settings.today = today;
        settings.device = Uuid::random();
        settings.idMillis = 1'790'000'000'000;
        settings.idStart = 1;
        for (const auto& w : workers)
            settings.workers.push_back({w, "Demo worker"});
        const auto start = Steady::now();
        DemoGenerator(*db, settings).run();
        std::printf("%.3f\n", elapsed(start));
        db->checkpoint();
        return 0;
    }
    auto db = Database::openUnencrypted(o.plainQuery, Database::Mode::OpenExisting);
    for (const auto& [label, st] : timeQueries(*db, loadSamples(o.samples), workers, today))
        std::printf("%s\t%.3f\t%.3f\n", label.c_str(), st.p50, st.p95);
    return 0;
}

std::map<std::string, Stats> parseChild(const std::string& out)
{
    std::map<std::string, Stats> m;
    std::istringstream in(out);
    std::string line;
    while (std::getline(in, line)) {
        const auto a = line.find('\t'), b = line.find('\t', a + 1);
        if (a == std::string::npos || b == std::string::npos)
            continue;
        m[line.substr(0, a)]
            = {std::stod(line.substr(a + 1, b - a - 1)), std::stod(line.substr(b + 1)), 0};
    }
    return m;
}

struct Generated
{
    std::vector<Uuid> workers;
    std::vector<std::string> workerArgs; // "--worker ID" for the child processes
    std::filesystem::path plainPath;
};

// The demo caseload through the service, as `caseledger-cli demo` makes it (with its users).
std::optional<DemoResult> serviceGenerate(
    test::TestWorkspace& t, std::int64_t cases, std::uint64_t seed)
{
    DemoRequest request;
    request.cases = cases;
    request.seed = seed;
    request.caseworkers = 25;
    request.supervisors = 1;
    request.financialWorkers = 0;
    request.workerPassword = test::kUserPassword;
    auto lastShown = Steady::now();
    const auto progress = [&](std::int64_t done, std::int64_t total) {
        if (elapsed(lastShown) > 30 || done == total) {
            std::fprintf(stderr, "  %lld / %lld\n", static_cast<long long>(done),
                static_cast<long long>(total));
            lastShown = Steady::now();
        }
        return true;
    };
    auto generated = DemoService(t.ws()).generate(t.admin(), request, progress);
    if (!generated) {
        std::fprintf(stderr, "generation failed: %s\n", generated.error().message.c_str());
        return std::nullopt;
    }
    t.ws().db().checkpoint();
    return *generated;
}

void printStats(const DemoStats& st)
{
    std::printf(
        "generated: %lld cases, %lld people (%lld children), %lld orders, %lld tasks, %lld notes, "
        "%lld FVI cases, %lld NCPs with more than one family\n",
        static_cast<long long>(st.cases), static_cast<long long>(st.people),
        static_cast<long long>(st.children), static_cast<long long>(st.orders),
        static_cast<long long>(st.tasks), static_cast<long long>(st.notes),
        static_cast<long long>(st.familyViolenceCases),
        static_cast<long long>(st.sharedNoncustodialParents));
}

double plainGenerate(const Options& o, const Generated& g, const std::string& self)
{
    std::vector<std::string> args {"--plain-generate", g.plainPath.string(), "--cases",
        std::to_string(o.cases), "--seed", std::to_string(o.seed)};
    args.insert(args.end(), g.workerArgs.begin(), g.workerArgs.end());
    return std::atof(test::runProcess(self, args).out.c_str());
}

// 1. Generation: through the service (the whole county, or `--generate` cases of it), then the
//    plain copy from the same seed in a child process (no memory security there).
std::optional<Generated> generate(test::TestWorkspace& t, const Options& o, const std::string& self)
{
    const bool whole = o.cases <= o.generate;
    std::optional<DemoResult> timed;
    std::optional<test::TestWorkspace> probe;
    if (!whole) {
        probe.emplace();
        timed = serviceGenerate(*probe, o.generate, o.seed);
    }
    const auto generated = serviceGenerate(t, whole ? o.cases : 0, o.seed);
    if (!generated || (!whole && !timed))
        return std::nullopt;
    if (whole)
        timed = generated;
    Generated g;
    DemoRequest names;
    names.caseworkers = 25;
    names.supervisors = 1;
    names.financialWorkers = 0;
    for (const auto& [name, role] : DemoService::accountNames(names))
        if (role == Role::Caseworker)
            if (auto u = UserRepository(t.ws().db()).findByName(name)) {
                g.workers.push_back(u->id);
                g.workerArgs.insert(g.workerArgs.end(), {"--worker", u->id.toString()});
            }
    printStats(timed->stats);
    g.plainPath = t.dir() / "plain.db";
    const double plainSeconds = plainGenerate(o, g, self);
    const double serviceRate = static_cast<double>(timed->stats.cases) / timed->seconds;
    const double plainRate = static_cast<double>(o.cases) / plainSeconds;
    std::printf(
        "generation: encrypted %lld cases in %.1f s (%.0f cases/s%s) | plain %lld in %.1f s "
        "(%.0f cases/s) | ratio %.2fx\n",
        static_cast<long long>(timed->stats.cases), timed->seconds, serviceRate,
        whole ? ""
              : (", a county of " + std::to_string(o.cases) + ": ~"
                  + std::to_string(
                      static_cast<long long>(static_cast<double>(o.cases) / serviceRate / 60.0))
                  + " min")
                    .c_str(),
        static_cast<long long>(o.cases), plainSeconds, plainRate, plainRate / serviceRate);
    if (!whole) {
        const double loaded = test::loadPlainCopy(t.ws().db(), g.plainPath);
        std::printf("county for the queries: the plain copy loaded into the encrypted database in "
                    "%.1f s: %lld cases, %lld people\n",
            loaded, static_cast<long long>(t.ws().db().queryInt64("SELECT count(*) FROM cases")),
            static_cast<long long>(t.ws().db().queryInt64("SELECT count(*) FROM person")));
    }
    const double encBytes = static_cast<double>(sizeOf(t.dbPath()));
    const double plainBytes = static_cast<double>(sizeOf(g.plainPath));
    std::printf("database size: encrypted %.1f MB | plain %.1f MB | ratio %.2fx\n", encBytes / 1e6,
        plainBytes / 1e6, encBytes / plainBytes);
    return g;
}

void printTable(const Results& encrypted, const Results& plain,
    const std::map<std::string, Stats>& noSecurity, const Results& service)
{
    std::printf("\n%-42s %17s %17s %9s %17s %17s\n", "milliseconds, p50 / p95", "encrypted",
        "plain", "ratio p95", "plain, no memsec", "service (door)");
    for (std::size_t i = 0; i < encrypted.size(); ++i) {
        const auto& [label, e] = encrypted[i];
        const auto& p = plain[i].second;
        const auto n = noSecurity.count(label) ? noSecurity.at(label) : Stats {};
        const auto& v = service[i].second;
        std::printf("%-42s %7.2f / %7.2f %7.2f / %7.2f %8.2fx %7.2f / %7.2f %7.2f / %7.2f\n",
            label.c_str(), e.p50, e.p95, p.p50, p.p95, e.p95 / std::max(p.p95, 1e-6), n.p50, n.p95,
            v.p50, v.p95);
    }
    std::printf(
        "\n(encrypted, plain: the repository call in this process, where SQLCipher's memory "
        "security (SECURITY S4, process-wide) is on;\n plain, no memsec: the same call in a "
        "process that never opened an encrypted database;\n service: the call through "
        "Workspace::perform: permission, transaction, one audit record, commit)\n");
}

// One pass of every query over fresh samples, on the three databases and through the door.
void queryPass(test::TestWorkspace& t, const Options& o, const Generated& g,
    const std::string& self, const char* heading)
{
    auto& ws = t.ws();
    const Session worker = t.sessionAs(Role::Caseworker);
    const Session supervisor = t.sessionAs(Role::Supervisor);
    const Samples s = sample(ws.db(), o.queries, o.seed);
    const auto samplesPath = t.dir() / "samples.tsv";
    saveSamples(s, samplesPath);
    std::vector<std::string> queryArgs {
        "--plain-query", g.plainPath.string(), "--samples", samplesPath.string()};
    queryArgs.insert(queryArgs.end(), g.workerArgs.begin(), g.workerArgs.end());
    const auto noSecurity = parseChild(test::runProcess(self, queryArgs).out);
    const Date today = t.clock().today();
    const Results encrypted = timeQueries(ws.db(), s, g.workers, today);
    Results plain;
    {
        auto plainDb = Database::openUnencrypted(g.plainPath, Database::Mode::OpenExisting);
        plain = timeQueries(*plainDb, s, g.workers, today);
    }
    Results service;
    for (const auto& [label, member] : kSearchKinds)
        service.emplace_back(label, measure<std::string>(s.*member, [&](const std::string& q) {
            (void)SearchService(ws).search(worker, q, 25);
        }));
    service.emplace_back("open a case with all its tabs' data",
        measure<std::string>(
            s.numbers, [&](const std::string& n) { (void)CaseService(ws).view(worker, n); }));
    for (int k = 0; k < 3; ++k)
        service.emplace_back(kCaseloadLabels[k],
            measure<CaseListQuery>(caseloadQueries(k, g.workers),
                [&](const CaseListQuery& q) { (void)CaseService(ws).list(supervisor, q); }));
    std::printf("\n%s\n", heading);
    printTable(encrypted, plain, noSecurity, service);
}

// 2. Queries on freshly opened databases, twice over different samples: the first searches
//    after the county is opened read its pages from disk (on this machine the kernel keeps
//    little of a file written minutes before), the second pass is a working session, with
//    the file in the kernel's cache but other people and cases than the first pass asked for.
void runQueries(
    test::TestWorkspace& t, const Options& o, const Generated& g, const std::string& self)
{
    // In this process SQLCipher's memory security is on for both databases (it is process-wide),
    // so their ratio is the cost of encryption alone; the child's column is the plain database
    // without memory security.
    // Generation and the load just wrote some 4 GB; let the kernel write it back first, or the
    // searches measure its writeback (p95 x3) rather than what a caseworker sees.
    ::sync();
    t.reopenAsAdmin();
    queryPass(t, o, g, self, "first pass after opening (cold: pages read from disk)");
    queryPass(t, o, g, self, "second pass, other samples (a working session: warm file cache)");
}

} // namespace

int main(int argc, char** argv)
{
    const Options o = parse(argc, argv);
    if (!o.plainGenerate.empty() || !o.plainQuery.empty())
        return child(o);
    std::printf("casework benchmark: %lld cases, seed %llu, %d queries per kind\n",
        static_cast<long long>(o.cases), static_cast<unsigned long long>(o.seed), o.queries);
    const std::string self = std::filesystem::read_symlink("/proc/self/exe").string();
    test::TestWorkspace t;
    const auto generated = generate(t, o, self);
    if (!generated)
        return 1;
    runQueries(t, o, *generated, self);
    return 0;
}
