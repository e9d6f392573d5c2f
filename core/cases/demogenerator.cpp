#include "core/cases/demogenerator.h"

#include "core/cases/caserepository.h"
#include "core/cases/democasehistory.h"
#include "core/cases/demopeople.h"
#include "core/cases/participantrepository.h"
#include "core/cases/searchrepository.h"
#include "core/store/database.h"

#include <deque>

namespace caseledger::core {

namespace {

constexpr int kClosureWeights[]
    = {25, 2, 1, 3, 8, 4, 10, 4, 5, 2, 3, 20, 1, 2, 10, 10, 1, 1, 4, 1, 1};

// The generator's state across cases: the people who may turn up in another family.
class FamilyMaker
{
public:
    explicit FamilyMaker(DemoContext& ctx)
        : m_ctx(ctx)
        , m_people(ctx)
        , m_history(ctx)
    { }
    void make(const std::string& number);

private:
    void decideStatus(DemoFamily& f);
    void addParents(DemoFamily& f, const NameCulture& culture);
    void addChildren(DemoFamily& f, const NameCulture& culture);
    void writeCase(DemoFamily& f);

    DemoContext& m_ctx;
    DemoPeople m_people;
    DemoCaseHistory m_history;
    std::deque<Person> m_recentNcps; // a noncustodial parent can have cases in several families
    std::deque<Person> m_recentCps;
    std::size_t m_nextWorker = 0;
};

void FamilyMaker::decideStatus(DemoFamily& f)
{
    auto& rng = m_ctx.rng;
    Case& c = f.record;
    const Date today = m_ctx.today();
    c.openedOn = rng.dateBetween(today.addYears(-12), today);
    // 45 CFR 303.2(b): most applications become cases within 20 days; some take longer.
    c.applicationDate
        = c.openedOn.addDays(-(rng.chance(94) ? rng.between(0, 19) : rng.between(21, 45)));
    c.source = static_cast<CaseSource>(rng.weighted({46, 30, 16, 3, 5}));
    const std::size_t status = rng.weighted({85, 2, 13});
    c.status = static_cast<CaseStatus>(status);
    c.phase = static_cast<CasePhase>(rng.weighted({2, 9, 6, 12, 71}));
    if (c.status == CaseStatus::Closed) {
        c.closedOn = rng.dateBetween(c.openedOn, today);
        c.closureReason
            = closureReasonFromNumber(static_cast<int>(rng.weighted(kClosureWeights)) + 1);
    } else if (c.status == CaseStatus::ClosePending) {
        c.closureReason = ClosureReason::NoOrderArrearsUnder500;
        c.closureNoticeOn = std::max(c.openedOn, today.addDays(-rng.between(0, 75)));
    }
    if (!m_ctx.settings.workers.empty() && !rng.chance(3)) {
        const auto& w = m_ctx.settings.workers[m_nextWorker++ % m_ctx.settings.workers.size()];
        c.assignedWorker = w.id;
        f.workerName = w.displayName;
    }
}

void FamilyMaker::addParents(DemoFamily& f, const NameCulture& culture)
{
    auto& rng = m_ctx.rng;
    const Date opened = f.record.openedOn;
    if (!m_recentCps.empty() && rng.chance(6)) {
        f.custodialParty = m_recentCps[static_cast<std::size_t>(
            rng.between(0, static_cast<int>(m_recentCps.size()) - 1))];
    } else {
        f.custodialParty
            = m_people.adult(culture, rng.chance(88) ? Sex::Female : Sex::Male, 19, 45, opened);
        m_people.addHome(f.custodialParty, false, opened.addDays(-rng.between(0, 900)));
        if (rng.chance(90))
            m_people.addPhone(f.custodialParty, false);
        m_recentCps.push_back(f.custodialParty);
    }
    // Unknown fathers: parentage unknown, the case looks for him.
    if (rng.chance(9)) {
        f.record.phase
            = f.record.phase == CasePhase::Enforcement ? CasePhase::Locate : f.record.phase;
        return;
    }
    if (!m_recentNcps.empty() && rng.chance(12)) {
        f.noncustodialParent = m_recentNcps[static_cast<std::size_t>(
            rng.between(0, static_cast<int>(m_recentNcps.size()) - 1))];
        ++m_ctx.stats.sharedNoncustodialParents;
    } else {
        const auto& c = rng.chance(80) ? culture : m_people.culture();
        const Sex sex = f.custodialParty.sex == Sex::Female
            ? (rng.chance(97) ? Sex::Male : Sex::Female)
            : Sex::Female;
        f.noncustodialParent = m_people.adult(c, sex, 19, 55, opened);
        const bool located
            = f.record.phase != CasePhase::Locate && f.record.phase != CasePhase::Intake;
        if (located || rng.chance(20))
            m_people.addHome(
                *f.noncustodialParent, rng.chance(15), opened.addDays(rng.between(-400, 200)));
        if (rng.chance(60))
            m_people.addPhone(*f.noncustodialParent, false);
        if (rng.chance(55))
            m_people.addJob(*f.noncustodialParent, opened.addDays(rng.between(-700, 700)));
        m_recentNcps.push_back(*f.noncustodialParent);
    }
    if (m_recentNcps.size() > 5000)
        m_recentNcps.pop_front();
    if (m_recentCps.size() > 5000)
        m_recentCps.pop_front();
    const auto phase = f.record.phase;
    f.parentageEstablished = phase == CasePhase::Enforcement || phase == CasePhase::Establishment
        || (phase != CasePhase::Parentage && rng.chance(40));
}

void FamilyMaker::addChildren(DemoFamily& f, const NameCulture& culture)
{
    auto& rng = m_ctx.rng;
    const int count = static_cast<int>(rng.weighted({45, 30, 15, 7, 3})) + 1;
    const Date motherBorn = *f.custodialParty.dateOfBirth;
    const Date earliest = std::max(motherBorn.addYears(16), f.record.openedOn.addYears(-9));
    const Date latest = std::min(m_ctx.today().addDays(-30), f.record.openedOn.addYears(1));
    const std::string family = m_people.childFamilyName(
        f.custodialParty, f.noncustodialParent ? &*f.noncustodialParent : nullptr);
    for (int i = 0; i < count; ++i)
        f.children.push_back(
            m_people.child(culture, family, rng.dateBetween(earliest, std::max(earliest, latest))));
}

void FamilyMaker::writeCase(DemoFamily& f)
{
    const auto& s = m_ctx.settings;
    Case& c = f.record;
    c.originCountyFips = c.managingCountyFips = s.countyFips;
    c.hlc = m_ctx.hlc();
    CaseRepository cases(m_ctx.db);
    cases.insert(c, m_ctx.device());
    ParticipantRepository participants(m_ctx.db);
    const auto add = [&](const Person& p, ParticipantRole role, bool student = false) {
        Participant part;
        part.id = m_ctx.ids.next();
        part.caseId = c.id;
        part.personId = p.id;
        part.role = role;
        part.from = c.openedOn;
        part.fullTimeHighSchoolStudent = student;
        part.hlc = m_ctx.hlc();
        participants.insert(part, m_ctx.device());
    };
    add(f.custodialParty, ParticipantRole::CustodialParty);
    if (f.noncustodialParent)
        add(*f.noncustodialParent,
            f.parentageEstablished ? ParticipantRole::NoncustodialParent
                                   : ParticipantRole::AllegedFather);
    for (const auto& child : f.children) {
        // A few 18-year-olds are still in high school (Family Code §3901).
        const bool student
            = child.dateOfBirth->yearsUntil(m_ctx.today()) == 18 && m_ctx.rng.chance(40);
        add(child, ParticipantRole::Child, student);
    }
    const Person* ncp = f.noncustodialParent ? &*f.noncustodialParent : nullptr;
    cases.setParties(c.id, ncp ? std::optional<Uuid>(ncp->id) : std::nullopt,
        ncp ? ncp->name.sortKey() : std::string(), f.custodialParty.id,
        f.custodialParty.name.sortKey());
}

void FamilyMaker::make(const std::string& number)
{
    DemoFamily f;
    f.record.id = m_ctx.ids.next();
    f.record.number = number;
    decideStatus(f);
    const NameCulture& culture = m_people.culture();
    addParents(f, culture);
    addChildren(f, culture);
    writeCase(f);
    m_history.write(f);
    ++m_ctx.stats.cases;
    ++(f.record.status == CaseStatus::Closed ? m_ctx.stats.closedCases : m_ctx.stats.openCases);
}

} // namespace

DemoGenerator::DemoGenerator(Database& db, DemoSettings settings)
    : m_db(db)
    , m_settings(std::move(settings))
{ }

DemoStats DemoGenerator::run(const DemoProgress& progress)
{
    const County* county = countyByFips(m_settings.countyFips);
    if (!county)
        throw Failure(ErrorCode::Validation, "is not a California county FIPS code", "county");
    DemoStats stats;
    DemoRandom rng(m_settings.seed);
    DemoIds ids(m_settings.idMillis, m_settings.idStart);
    DemoContext ctx {m_db, m_settings, rng, ids, stats};
    FamilyMaker maker(ctx);
    // A large page cache while the indexes grow; put back afterwards.
    struct CacheSize
    {
        Database& db;
        std::int64_t before = db.queryInt64("PRAGMA cache_size");
        ~CacheSize()
        {
            try {
                db.exec("PRAGMA cache_size = " + std::to_string(before));
            } catch (const Failure&) {
                // The connection keeps the larger cache; nothing is lost.
            }
        }
    } cache {m_db};
    m_db.exec("PRAGMA cache_size = -524288");
    const int batch = std::max(1, m_settings.casesPerTransaction);
    bool cancelled = false;
    for (std::int64_t done = 0; done < m_settings.cases;) {
        const std::int64_t n = std::min<std::int64_t>(batch, m_settings.cases - done);
        Transaction tx(m_db);
        const std::int64_t first = CaseRepository(m_db).reserveSequence(county->fips, n);
        for (std::int64_t i = 0; i < n; ++i)
            maker.make(formatCaseNumber(*county, first + i));
        tx.commit();
        done += n;
        if (progress && !progress(done, m_settings.cases)) {
            cancelled = true;
            break;
        }
    }
    // Thousands of batches leave the name index in many small segments, and a search reads a
    // doclist from each; merged into one (as migration v6 does), name search at county scale
    // reads one per prefix. Not after a cancel: the user asked to stop, not to wait longer.
    if (!cancelled)
        SearchRepository(m_db).optimize();
    // The planner needs statistics to choose the caseload indexes well.
    m_db.exec("PRAGMA analysis_limit = 1000; ANALYZE");
    return stats;
}

} // namespace caseledger::core
