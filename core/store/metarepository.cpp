#include "core/store/metarepository.h"

#include "core/store/database.h"

namespace caseledger::core {

std::optional<crypto::Bytes> MetaRepository::get(std::string_view key)
{
    auto s = m_db.prepare("SELECT value FROM meta WHERE key = ?1");
    s.bind(1, key);
    if (!s.step())
        return std::nullopt;
    return s.blob(0);
}

std::optional<std::string> MetaRepository::getText(std::string_view key)
{
    auto bytes = get(key);
    if (!bytes)
        return std::nullopt;
    return std::string(bytes->begin(), bytes->end());
}

void MetaRepository::set(std::string_view key, crypto::ByteView value)
{
    auto s = m_db.prepare("INSERT INTO meta (key, value) VALUES (?1, ?2) "
                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    s.bind(1, key).bind(2, value).run();
}

void MetaRepository::setText(std::string_view key, std::string_view value)
{
    set(key, crypto::view(value));
}

std::optional<std::string> SettingsRepository::get(std::string_view key)
{
    auto s = m_db.prepare("SELECT value FROM settings WHERE key = ?1");
    s.bind(1, key);
    if (!s.step())
        return std::nullopt;
    return s.text(0);
}

void SettingsRepository::set(std::string_view key, std::string_view value)
{
    auto s = m_db.prepare("INSERT INTO settings (key, value) VALUES (?1, ?2) "
                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    s.bind(1, key).bind(2, value).run();
}

} // namespace caseledger::core
