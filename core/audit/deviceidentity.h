#pragma once

#include "core/base/crypto.h"
#include "core/base/uuid.h"

#include <string>

namespace caseledger::core {

class Database;

// This desktop: its id and its ECDSA P-256 signing key (DESIGN §4, §6). The private key
// lives only inside the encrypted database.
struct DeviceIdentity
{
    Uuid id;
    std::string name;
    crypto::EcdsaKey key = crypto::EcdsaKey::generate();

    static DeviceIdentity create(std::string name);
    void store(Database& db, const std::string& enrolledAt) const; // inside a transaction
    static DeviceIdentity load(Database& db);
};

} // namespace caseledger::core
