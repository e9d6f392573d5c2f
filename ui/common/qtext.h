#pragma once

#include <QString>

#include <filesystem>
#include <string>
#include <string_view>

namespace caseledger::ui {

// Core speaks UTF-8 std::string; Qt speaks QString. The two conversions, in one place.
inline QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

inline std::string toStdString(const QString& text)
{
    return text.toStdString();
}

// Paths through UTF-16, which std::filesystem::path understands on Windows and Linux alike.
inline std::filesystem::path toPath(const QString& text)
{
    return std::filesystem::path(text.toStdU16String());
}

inline QString fromPath(const std::filesystem::path& path)
{
    return QString::fromStdU16String(path.u16string());
}

} // namespace caseledger::ui
