#pragma once

#include "core/access/permissions.h"
#include "core/base/hlc.h"
#include "core/base/uuid.h"

#include <string>

namespace caseledger::core {

struct User
{
    Uuid id;
    std::string name;        // sign-in name: lower-case ASCII letters, digits, '.', '_', '-'
    std::string displayName; // any Unicode, NFC
    Role role = Role::Caseworker;
    Grants grants = 0;
    bool disabled = false;
    bool mustChangePassword = false;
    bool hasKeySlot = false; // filled from the key file, not stored in the database
    std::string createdAt;
    Hlc hlc;
};

// Validates and normalizes a sign-in name; Failure(Validation, field "name") when bad.
std::string normalizeUserName(std::string_view name);

} // namespace caseledger::core
