#include "core/audit/deviceidentity.h"

#include "core/base/error.h"
#include "core/store/database.h"

namespace caseledger::core {

DeviceIdentity DeviceIdentity::create(std::string name)
{
    DeviceIdentity d;
    d.id = Uuid::random();
    d.name = std::move(name);
    return d;
}

void DeviceIdentity::store(Database& db, const std::string& enrolledAt) const
{
    auto dev = db.prepare("INSERT INTO device (id, name, public_key, enrolled_at) VALUES (?1, ?2, ?3, ?4)");
    dev.bind(1, id).bind(2, name).bind(3, key.publicDer()).bind(4, enrolledAt).run();
    const SecureBytes secret = key.privateDer();
    auto sec = db.prepare("INSERT INTO device_secret (id, device_id, private_key) VALUES (1, ?1, ?2)");
    sec.bind(1, id).bind(2, secret.span()).run();
}

DeviceIdentity DeviceIdentity::load(Database& db)
{
    auto s = db.prepare("SELECT d.id, d.name, s.private_key FROM device_secret s JOIN device d ON d.id = s.device_id");
    if (!s.step())
        throw Failure(ErrorCode::Damaged, "this database has no device identity");
    DeviceIdentity d;
    d.id = s.uuid(0);
    d.name = s.text(1);
    const auto der = s.blob(2);
    d.key = crypto::EcdsaKey::fromPrivateDer(der);
    return d;
}

} // namespace caseledger::core
