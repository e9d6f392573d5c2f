#include "core/finance/disbursementrepository.h"

#include "core/cases/columns.h"

namespace caseledger::core {

using namespace columns;

void DisbursementRepository::insert(const Disbursement& d, Hlc hlc, const Uuid& device)
{
    auto s = m_db.prepare("INSERT INTO disbursement (id, collection_id, case_id, amount_cents, "
                          "due_on, status, hlc, device) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    s.bind(1, d.id).bind(2, d.collectionId).bind(3, d.caseId).bind(4, d.amount.cents());
    bindDate(s, 5, d.dueOn);
    s.bind(6, d.status).bind(7, hlc.asInt64()).bind(8, device);
    s.run();
}

void DisbursementRepository::insertHeld(const HeldMoney& h, Hlc hlc, const Uuid& device)
{
    auto s = m_db.prepare("INSERT INTO undistributed (id, collection_id, case_id, amount_cents, "
                          "reason, since, hlc, device) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    s.bind(1, h.id).bind(2, h.collectionId);
    bindId(s, 3, h.caseId);
    s.bind(4, h.amount.cents()).bind(5, h.reason);
    bindDate(s, 6, h.since);
    s.bind(7, hlc.asInt64()).bind(8, device);
    s.run();
}

void DisbursementRepository::insertReceivable(
    const OverpaymentReceivable& r, Hlc hlc, const Uuid& device)
{
    auto s = m_db.prepare(
        "INSERT INTO overpayment_receivable (id, collection_id, case_id, amount_cents, reason, "
        "created_on, hlc, device) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    s.bind(1, r.id).bind(2, r.collectionId).bind(3, r.caseId).bind(4, r.amount.cents());
    s.bind(5, r.reason);
    bindDate(s, 6, r.createdOn);
    s.bind(7, hlc.asInt64()).bind(8, device);
    s.run();
}

std::vector<Disbursement> DisbursementRepository::netForCollection(const Uuid& collectionId)
{
    auto s = m_db.prepare("SELECT case_id, due_on, sum(amount_cents) FROM disbursement WHERE "
                          "collection_id = ?1 GROUP BY case_id, due_on ORDER BY due_on");
    s.bind(1, collectionId);
    std::vector<Disbursement> out;
    while (s.step())
        out.push_back({{}, collectionId, s.uuid(0), money(s, 2), date(s, 1), "net"});
    return out;
}

std::vector<Disbursement> DisbursementRepository::forCase(const Uuid& caseId)
{
    auto s = m_db.prepare("SELECT id, collection_id, amount_cents, due_on, status FROM "
                          "disbursement WHERE case_id = ?1 ORDER BY due_on, id");
    s.bind(1, caseId);
    std::vector<Disbursement> out;
    while (s.step())
        out.push_back({s.uuid(0), s.uuid(1), caseId, money(s, 2), date(s, 3), s.text(4)});
    return out;
}

std::vector<HeldMoney> DisbursementRepository::netHeldForCollection(const Uuid& collectionId)
{
    auto s = m_db.prepare(
        "SELECT case_id, reason, sum(amount_cents), min(since) FROM undistributed WHERE "
        "collection_id = ?1 GROUP BY case_id, reason HAVING sum(amount_cents) <> 0");
    s.bind(1, collectionId);
    std::vector<HeldMoney> out;
    while (s.step())
        out.push_back({{}, collectionId, optionalId(s, 0), money(s, 2), s.text(1), date(s, 3)});
    return out;
}

std::vector<OverpaymentReceivable> DisbursementRepository::receivablesForCase(const Uuid& caseId)
{
    auto s = m_db.prepare("SELECT id, collection_id, amount_cents, reason, created_on FROM "
                          "overpayment_receivable WHERE case_id = ?1 ORDER BY created_on, id");
    s.bind(1, caseId);
    std::vector<OverpaymentReceivable> out;
    while (s.step())
        out.push_back({s.uuid(0), s.uuid(1), caseId, money(s, 2), s.text(3), date(s, 4)});
    return out;
}

Money DisbursementRepository::netReceivable(const Uuid& collectionId, const Uuid& caseId)
{
    auto s = m_db.prepare("SELECT coalesce(sum(amount_cents), 0) FROM overpayment_receivable "
                          "WHERE case_id = ?1 AND collection_id = ?2");
    s.bind(1, caseId).bind(2, collectionId);
    return s.step() ? money(s, 0) : Money();
}

std::vector<HeldItem> DisbursementRepository::queue()
{
    auto s = m_db.prepare(
        "SELECT u.collection_id, k.receipt_id, u.case_id, coalesce(c.case_number, ''), "
        "sum(u.amount_cents), u.reason, min(u.since) FROM undistributed u "
        "JOIN collection k ON k.id = u.collection_id LEFT JOIN cases c ON c.id = u.case_id "
        "GROUP BY u.collection_id, u.case_id, u.reason HAVING sum(u.amount_cents) > 0 "
        "ORDER BY min(u.since), k.receipt_id");
    std::vector<HeldItem> out;
    while (s.step())
        out.push_back({s.uuid(0), s.text(1), optionalId(s, 2), s.text(3), money(s, 4), s.text(5),
            date(s, 6)});
    return out;
}

} // namespace caseledger::core
