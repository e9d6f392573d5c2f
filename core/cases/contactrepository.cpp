#include "core/cases/contactrepository.h"

#include "core/cases/columns.h"

namespace caseledger::core {

using namespace columns;

namespace {

constexpr const char* kSelectAddress
    = "SELECT id, person_id, kind, line1, line2, city, state, zip, from_date, "
      "to_date, verified, hlc FROM address ";

Address readAddress(const Statement& s)
{
    Address a;
    a.id = s.uuid(0);
    a.personId = s.uuid(1);
    a.kind = code<AddressKind>(s, 2);
    a.line1 = s.text(3);
    a.line2 = s.text(4);
    a.city = s.text(5);
    a.state = s.text(6);
    a.zip = s.text(7);
    a.from = date(s, 8);
    a.to = optionalDate(s, 9);
    a.verified = s.int64(10) != 0;
    a.hlc = hlc(s, 11);
    return a;
}

void bindAddress(Statement& s, const Address& a, const Uuid& device)
{
    s.bind(1, a.id).bind(2, a.personId);
    bindCode(s, 3, a.kind);
    s.bind(4, a.line1).bind(5, a.line2).bind(6, a.city).bind(7, a.state).bind(8, a.zip);
    bindDate(s, 9, a.from);
    bindDate(s, 10, a.to);
    s.bind(11, a.verified).bind(12, a.hlc.asInt64()).bind(13, device);
}

} // namespace

void ContactRepository::insertAddress(const Address& a, const Uuid& device)
{
    auto s = m_db.prepare(
        "INSERT INTO address (id, person_id, kind, line1, line2, city, state, zip, from_date, "
        "to_date, verified, hlc, device) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
        "?12, ?13)");
    bindAddress(s, a, device);
    s.run();
}

void ContactRepository::updateAddress(const Address& a, const Uuid& device)
{
    auto s = m_db.prepare(
        "UPDATE address SET person_id = ?2, kind = ?3, line1 = ?4, line2 = ?5, city = ?6, "
        "state = ?7, zip = ?8, from_date = ?9, to_date = ?10, verified = ?11, hlc = ?12, "
        "device = ?13 WHERE id = ?1");
    bindAddress(s, a, device);
    s.run();
}

std::optional<Address> ContactRepository::findAddress(const Uuid& id)
{
    auto s = m_db.prepare(std::string(kSelectAddress) + "WHERE id = ?1");
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return readAddress(s);
}

std::vector<Address> ContactRepository::addresses(const Uuid& personId)
{
    auto s = m_db.prepare(
        std::string(kSelectAddress) + "WHERE person_id = ?1 ORDER BY from_date DESC, id");
    s.bind(1, personId);
    std::vector<Address> out;
    while (s.step())
        out.push_back(readAddress(s));
    return out;
}

bool ContactRepository::hasCurrentAddress(const Uuid& personId, Date day)
{
    auto s = m_db.prepare("SELECT 1 FROM address WHERE person_id = ?1 AND from_date <= ?2 "
                          "AND (to_date IS NULL OR to_date >= ?2) LIMIT 1");
    s.bind(1, personId);
    bindDate(s, 2, day);
    return s.step();
}

void ContactRepository::insertPhone(const Phone& p, const Uuid& device)
{
    auto s = m_db.prepare("INSERT INTO phone (id, person_id, kind, number, hlc, device) VALUES "
                          "(?1, ?2, ?3, ?4, ?5, ?6)");
    s.bind(1, p.id).bind(2, p.personId);
    bindCode(s, 3, p.kind);
    s.bind(4, p.number).bind(5, p.hlc.asInt64()).bind(6, device);
    s.run();
}

std::vector<Phone> ContactRepository::phones(const Uuid& personId)
{
    auto s = m_db.prepare(
        "SELECT id, person_id, kind, number, hlc FROM phone WHERE person_id = ?1 ORDER BY id");
    s.bind(1, personId);
    std::vector<Phone> out;
    while (s.step())
        out.push_back({s.uuid(0), s.uuid(1), code<PhoneKind>(s, 2), s.text(3), hlc(s, 4)});
    return out;
}

} // namespace caseledger::core
