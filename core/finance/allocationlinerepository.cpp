#include "core/finance/allocationlinerepository.h"

#include "core/cases/columns.h"
#include "core/finance/bucketsql.h"

#include <map>
#include <tuple>

namespace caseledger::core {

using namespace columns;

namespace {

constexpr const char* kSelect
    = "SELECT l.id, l.collection_id, l.seq, l.entry, l.case_id, l.period, l.bucket, l.payee, "
      "l.disposition, l.amount_cents, l.ura_cents, l.county_cents, l.installment_due, l.rule, "
      "c.case_number FROM allocation_line l JOIN cases c ON c.id = l.case_id ";

} // namespace

void AllocationLineRepository::insert(const LedgerLine& l, Hlc hlc, const Uuid& device)
{
    auto s = m_db.prepare(
        "INSERT INTO allocation_line (id, collection_id, seq, entry, case_id, period, bucket, "
        "payee, disposition, amount_cents, ura_cents, county_cents, installment_due, rule, hlc, "
        "device) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)");
    s.bind(1, l.id).bind(2, l.collectionId).bind(3, l.seq);
    bindCode(s, 4, l.entry);
    s.bind(5, l.caseId);
    bindDate(s, 6, l.period);
    s.bind(7, l.line.bucket.code());
    bindCode(s, 8, l.line.payee);
    s.bind(9, dispositionCode(l.line.disposition));
    s.bind(10, l.line.amount.cents()).bind(11, l.line.uraReduction.cents());
    s.bind(12, l.line.countyPart.cents());
    bindDate(s, 13, l.line.installmentDue);
    s.bind(14, l.line.rule).bind(15, hlc.asInt64()).bind(16, device);
    s.run();
}

std::vector<LedgerLine> AllocationLineRepository::read(Statement& s)
{
    std::vector<LedgerLine> out;
    while (s.step()) {
        LedgerLine l;
        l.id = s.uuid(0);
        l.collectionId = s.uuid(1);
        l.seq = s.int32(2);
        l.entry = code<LineEntry>(s, 3);
        l.caseId = s.uuid(4);
        l.period = date(s, 5);
        l.line.bucket = Bucket::parseStored(s.text(6));
        l.line.payee = code<Payee>(s, 7);
        const auto d = parseDisposition(s.text(8));
        if (!d)
            throw Failure(ErrorCode::Damaged, "a stored disposition is unknown");
        l.line.disposition = *d;
        l.line.amount = money(s, 9);
        l.line.uraReduction = money(s, 10);
        l.line.countyPart = money(s, 11);
        l.line.installmentDue = optionalDate(s, 12);
        l.line.rule = s.text(13);
        l.line.caseNumber = s.text(14);
        out.push_back(std::move(l));
    }
    return out;
}

std::vector<LedgerLine> AllocationLineRepository::forCollection(const Uuid& collectionId)
{
    auto s = m_db.prepare(std::string(kSelect) + "WHERE l.collection_id = ?1 ORDER BY l.seq");
    s.bind(1, collectionId);
    return read(s);
}

std::vector<LedgerLine> AllocationLineRepository::forCase(const Uuid& caseId, Date from, Date to)
{
    auto s = m_db.prepare(std::string(kSelect)
        + "JOIN collection k ON k.id = l.collection_id WHERE l.case_id = ?1 AND "
          "k.collected_on >= ?2 AND k.collected_on < ?3 ORDER BY k.collected_on, k.id, l.seq");
    s.bind(1, caseId);
    bindDate(s, 2, from);
    bindDate(s, 3, to);
    return read(s);
}

int AllocationLineRepository::nextSeq(const Uuid& collectionId)
{
    auto s = m_db.prepare(
        "SELECT coalesce(max(seq), 0) + 1 FROM allocation_line WHERE collection_id = ?1");
    s.bind(1, collectionId);
    s.step();
    return s.int32(0);
}

// Both sums are added up here rather than by GROUP BY: SQLite's sorter allocates per row, and
// with SQLCipher's memory security every allocation is an mlock/munlock pair (issue 4).
std::vector<std::pair<std::pair<Date, Bucket>, Money>> AllocationLineRepository::currentPaid(
    const Uuid& caseId, std::optional<Date> from)
{
    auto s = m_db.prepare(
        "SELECT period, bucket, amount_cents FROM allocation_line WHERE case_id = ?1 AND "
        + (from ? bucketsFromSql(true) + "?2" : "bucket LIKE 'current%'"));
    s.bind(1, caseId);
    if (from)
        bindDate(s, 2, *from);
    std::map<std::pair<std::string, std::string>, std::pair<std::pair<Date, Bucket>, Money>> sums;
    while (s.step()) {
        auto [it, added] = sums.try_emplace({s.text(0), s.text(1)});
        if (added)
            it->second.first = {date(s, 0), Bucket::parseStored(s.text(1))};
        it->second.second += money(s, 2);
    }
    std::vector<std::pair<std::pair<Date, Bucket>, Money>> out;
    out.reserve(sums.size());
    for (auto& [key, sum] : sums)
        out.push_back(std::move(sum));
    return out;
}

std::vector<PrincipalPaid> AllocationLineRepository::principalPaid(
    const Uuid& caseId, std::optional<Date> from)
{
    // The principal buckets named one by one, so that the index by case (case_id, bucket,
    // period, installment_due, ...) is sought per bucket and, with `from`, from that month.
    static const std::string buckets = [] {
        std::string list;
        for (const auto c : kArrearsCategories)
            list += (list.empty() ? "'" : ", '") + Bucket::principal(c).code() + "'";
        return list;
    }();
    auto s = m_db.prepare("SELECT bucket, installment_due, period, amount_cents FROM "
                          "allocation_line WHERE case_id = ?1 AND bucket IN ("
        + buckets + ") AND installment_due IS NOT NULL" + (from ? " AND period >= ?2" : ""));
    s.bind(1, caseId);
    if (from)
        bindDate(s, 2, *from);
    std::map<std::tuple<std::string, std::string, std::string>, PrincipalPaid> sums;
    while (s.step()) {
        auto [it, added] = sums.try_emplace({s.text(0), s.text(1), s.text(2)});
        if (added)
            it->second = {Bucket::parseStored(s.text(0)), date(s, 1), date(s, 2), Money()};
        it->second.amount += money(s, 3);
    }
    std::vector<PrincipalPaid> out;
    out.reserve(sums.size());
    for (auto& [key, sum] : sums)
        out.push_back(sum);
    return out;
}

std::vector<PaidAhead> AllocationLineRepository::paidAhead(const Uuid& caseId)
{
    // Oldest first; on the same day by receipt, not by the id's random bits, so that the same
    // collections are applied in the same order on every desktop and in every replay.
    auto s = m_db.prepare(
        "SELECT l.collection_id, l.payee, sum(l.amount_cents) FROM allocation_line l "
        "JOIN collection c ON c.id = l.collection_id WHERE l.case_id = ?1 AND l.bucket = ?2 "
        "AND l.disposition = ?3 GROUP BY l.collection_id, l.payee "
        "HAVING sum(l.amount_cents) > 0 ORDER BY min(c.collected_on), min(c.receipt_id)");
    s.bind(1, caseId).bind(2, Bucket::future().code());
    s.bind(3, dispositionCode(Disposition::Prepayment));
    std::vector<PaidAhead> out;
    while (s.step())
        out.push_back({s.uuid(0), code<Payee>(s, 1), money(s, 2)});
    return out;
}

bool AllocationLineRepository::hasPaidAhead(const Uuid& caseId)
{
    auto s = m_db.prepare("SELECT EXISTS (SELECT 1 FROM allocation_line WHERE case_id = ?1 AND "
                          "bucket = ?2 AND disposition = ?3)");
    s.bind(1, caseId).bind(2, Bucket::future().code());
    s.bind(3, dispositionCode(Disposition::Prepayment));
    return s.step() && s.int64(0) != 0;
}

} // namespace caseledger::core
