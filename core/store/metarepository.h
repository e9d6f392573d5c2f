#pragma once

#include "core/base/crypto.h"

#include <optional>
#include <string>
#include <string_view>

namespace caseledger::core {

class Database;

// The database's own facts: its id, the audit key, when and by whom it was created.
class MetaRepository
{
public:
    explicit MetaRepository(Database& db)
        : m_db(db)
    {
    }
    std::optional<crypto::Bytes> get(std::string_view key);
    std::optional<std::string> getText(std::string_view key);
    void set(std::string_view key, crypto::ByteView value);
    void setText(std::string_view key, std::string_view value);

private:
    Database& m_db;
};

// Typed settings stored in the database, each declared once with its default (STYLE:
// "Settings are declared once, typed").
class SettingsRepository
{
public:
    explicit SettingsRepository(Database& db)
        : m_db(db)
    {
    }
    std::optional<std::string> get(std::string_view key);
    void set(std::string_view key, std::string_view value);

private:
    Database& m_db;
};

} // namespace caseledger::core
