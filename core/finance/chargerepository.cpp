#include "core/finance/chargerepository.h"

#include "core/cases/columns.h"
#include "core/finance/bucketsql.h"
#include "core/finance/chargesums.h"

#include <algorithm>

namespace caseledger::core {

using namespace columns;

void ChargeRepository::insert(
    const Charge& c, const std::string& createdAt, Hlc hlc, const Uuid& device)
{
    auto s = m_db.prepare(
        "INSERT INTO charge (id, case_id, order_version_id, period, effective_on, kind, bucket, "
        "installment_due, amount_cents, reason, created_at, hlc, device) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    s.bind(1, c.id).bind(2, c.caseId);
    bindId(s, 3, c.orderVersionId);
    bindDate(s, 4, c.period);
    bindDate(s, 5, c.effectiveOn);
    bindCode(s, 6, c.kind);
    s.bind(7, c.bucket.code());
    bindDate(s, 8, c.installmentDue);
    s.bind(9, c.amount.cents()).bind(10, c.reason).bind(11, createdAt);
    s.bind(12, hlc.asInt64()).bind(13, device);
    s.run();
}

std::vector<Charge> ChargeRepository::sums(const Uuid& caseId, std::optional<Date> from)
{
    // Summed here rather than by GROUP BY: SQLite's sorter allocates per row, and with
    // SQLCipher's memory security every allocation is an mlock/munlock pair (issue 4,
    // "Performance"). The order is unspecified (planAccrual does not depend on it).
    auto s = m_db.prepare("SELECT period, kind, bucket, installment_due, amount_cents, "
                          "effective_on FROM charge WHERE case_id = ?1"
        + (from ? " AND " + bucketsFromSql(false) + "?2" : std::string()));
    s.bind(1, caseId);
    if (from)
        bindDate(s, 2, *from);
    std::vector<std::pair<std::string, Bucket>> buckets; // a case's codes are few: parsed once
    auto bucketOf = [&](std::string_view code) {
        for (const auto& [known, bucket] : buckets)
            if (known == code)
                return bucket;
        return buckets.emplace_back(std::string(code), Bucket::parseStored(code)).second;
    };
    std::vector<Charge> out;
    ChargeSums sums;
    while (s.step()) {
        Charge c;
        c.caseId = caseId;
        c.period = date(s, 0);
        c.kind = code<ChargeKind>(s, 1);
        c.bucket = bucketOf(s.textView(2));
        c.installmentDue = optionalDate(s, 3);
        c.amount = money(s, 4);
        c.effectiveOn = date(s, 5);
        sums.add(out, c);
    }
    return out;
}

std::vector<Charge> ChargeRepository::forCase(const Uuid& caseId, Date from, Date to)
{
    auto s = m_db.prepare(
        "SELECT id, order_version_id, period, effective_on, kind, bucket, installment_due, "
        "amount_cents, reason FROM charge WHERE case_id = ?1 AND effective_on >= ?2 AND "
        "effective_on < ?3");
    s.bind(1, caseId);
    bindDate(s, 2, from);
    bindDate(s, 3, to);
    std::vector<Charge> out;
    while (s.step()) {
        Charge c;
        c.id = s.uuid(0);
        c.caseId = caseId;
        c.orderVersionId = optionalId(s, 1);
        c.period = date(s, 2);
        c.effectiveOn = date(s, 3);
        c.kind = code<ChargeKind>(s, 4);
        c.bucket = Bucket::parseStored(s.text(5));
        c.installmentDue = optionalDate(s, 6);
        c.amount = money(s, 7);
        c.reason = s.text(8);
        out.push_back(std::move(c));
    }
    // Sorted here, not by ORDER BY (see sums()): effective date, period, id.
    std::sort(out.begin(), out.end(), [](const Charge& a, const Charge& b) {
        return std::tie(a.effectiveOn, a.period, a.id) < std::tie(b.effectiveOn, b.period, b.id);
    });
    return out;
}

std::optional<Date> ChargeRepository::latestAccruedMonth(const Uuid& caseId)
{
    // Accruals and adjustments are current support: per current bucket, the index by case is
    // read backwards from its latest month to the first such entry (a few entries), instead of
    // every entry of the case.
    static const std::string sql = [] {
        std::string latest;
        for (const Bucket b :
            {Bucket::currentChild(), Bucket::currentMedical(), Bucket::currentSpousal()})
            latest += std::string(latest.empty() ? "" : " UNION ALL ")
                + "SELECT (SELECT period FROM charge WHERE case_id = ?1 AND bucket = '" + b.code()
                + "' AND kind IN ('accrual', 'adjustment') ORDER BY period DESC LIMIT 1) AS p";
        // The aggregate max() skips the buckets with no entry (NULL).
        return "SELECT max(p) FROM (" + latest + ")";
    }();
    auto s = m_db.prepare(sql);
    s.bind(1, caseId);
    if (!s.step() || s.isNull(0))
        return std::nullopt;
    return date(s, 0);
}

std::vector<InstallmentBalance> ChargeRepository::installmentBalances(const Uuid& caseId)
{
    auto s = m_db.prepare("SELECT bucket, installment_due, unpaid_cents, entered_on FROM "
                          "installment_balance WHERE case_id = ?1 AND unpaid_cents <> 0 "
                          "ORDER BY bucket, installment_due");
    s.bind(1, caseId);
    std::vector<InstallmentBalance> out;
    std::string code;
    Bucket bucket;
    while (s.step()) {
        if (s.textView(0) != code) { // rows come by bucket: each code is parsed once
            code = s.text(0);
            bucket = Bucket::parseStored(code);
        }
        out.push_back({bucket, date(s, 1), money(s, 2), optionalDate(s, 3)});
    }
    return out;
}

std::optional<Date> ChargeRepository::settledBefore(const Uuid& caseId)
{
    auto s = m_db.prepare("SELECT settled_before FROM accrual_mark WHERE case_id = ?1");
    s.bind(1, caseId);
    if (!s.step())
        return std::nullopt;
    return date(s, 0);
}

void ChargeRepository::markSettled(const Uuid& caseId, Date month)
{
    auto s = m_db.prepare(
        "INSERT INTO accrual_mark (case_id, settled_before) VALUES (?1, ?2) ON CONFLICT (case_id) "
        "DO UPDATE SET settled_before = max(settled_before, excluded.settled_before)");
    s.bind(1, caseId);
    bindDate(s, 2, month);
    s.run();
}

std::vector<Uuid> ChargeRepository::casesWithOrders()
{
    auto s = m_db.prepare("SELECT DISTINCT case_id FROM support_order ORDER BY case_id");
    std::vector<Uuid> out;
    while (s.step())
        out.push_back(s.uuid(0));
    return out;
}

} // namespace caseledger::core
