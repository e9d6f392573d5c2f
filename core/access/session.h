#pragma once

#include "core/access/permissions.h"
#include "core/base/clock.h"
#include "core/base/uuid.h"

#include <string>

namespace caseledger::core {

// Who is acting, in which role, on which device (DESIGN §2). Every service takes one.
struct Session
{
    Uuid userId;
    std::string userName;
    std::string displayName;
    Role role = Role::Caseworker;
    Grants grants = 0;
    Uuid deviceId;
    Clock::TimePoint startedAt{};
    bool mustChangePassword = false;

    bool has(Grant g) const { return hasGrant(grants, g); }
    bool may(Action action) const { return isAllowed(role, grants, action); }
};

} // namespace caseledger::core
