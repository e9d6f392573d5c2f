#include "ui/common/errortext.h"

#include "ui/common/qtext.h"

namespace caseledger::ui {

QString ErrorText::sentence(std::string_view clause)
{
    QString text = toQString(clause).trimmed();
    if (text.isEmpty())
        return text;
    text[0] = text[0].toUpper();
    if (!text.endsWith(QLatin1Char('.')) && !text.endsWith(QLatin1Char('?'))
        && !text.endsWith(QLatin1Char('!')))
        text += QLatin1Char('.');
    return text;
}

QString ErrorText::forError(const core::Error& error)
{
    using core::ErrorCode;
    switch (error.code) {
    case ErrorCode::WrongPassword:
        // SECURITY S3: the same words whether the name or the password was wrong.
        if (error.message == "wrong user name or password")
            return tr("Wrong user name or password.");
        return sentence(error.message);
    case ErrorCode::AccountLocked:
        // S7: the core message says until when, or that an administrator disabled it.
        return sentence(error.message);
    case ErrorCode::Damaged:
        // S20: damage is never reported as a wrong password, and the file is left as it is.
        return tr("The database cannot be opened: %1 It has not been changed; restore it from a "
                  "backup or "
                  "ask your administrator.")
            .arg(sentence(error.message));
    case ErrorCode::PermissionDenied:
        return tr("Not allowed: %1").arg(sentence(error.message));
    case ErrorCode::DiskFull:
        return tr("The disk is full: %1").arg(sentence(error.message));
    case ErrorCode::Io:
        return tr("The file could not be read or written: %1").arg(sentence(error.message));
    case ErrorCode::Cancelled:
        return tr("Cancelled.");
    default:
        return sentence(error.message);
    }
}

} // namespace caseledger::ui
