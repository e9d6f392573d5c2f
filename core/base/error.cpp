#include "core/base/error.h"

namespace caseledger::core {

const char* errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Usage: return "usage";
    case ErrorCode::PermissionDenied: return "permission_denied";
    case ErrorCode::Validation: return "validation";
    case ErrorCode::NotFound: return "not_found";
    case ErrorCode::WrongPassword: return "wrong_password";
    case ErrorCode::AccountLocked: return "account_locked";
    case ErrorCode::Damaged: return "damaged";
    case ErrorCode::Conflict: return "conflict";
    case ErrorCode::Io: return "io";
    case ErrorCode::DiskFull: return "disk_full";
    case ErrorCode::Busy: return "busy";
    case ErrorCode::Cancelled: return "cancelled";
    case ErrorCode::Internal: return "internal";
    }
    return "internal";
}

} // namespace caseledger::core
