#include "ui/common/secret.h"

#include <QByteArray>

namespace caseledger::ui {

core::SecureBytes secretFromText(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    core::SecureBytes bytes(reinterpret_cast<const std::uint8_t*>(utf8.constData()),
        static_cast<std::size_t>(utf8.size()));
    utf8.fill('\0');
    return bytes;
}

} // namespace caseledger::ui
