#pragma once

#include "core/base/securebytes.h"

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace caseledger::core {

class BoundValues;
class Database;
class Uuid;

// A prepared statement. Bind indexes are 1-based (as in SQLite), column indexes 0-based.
// Statements obtained from Database::prepare() return to the database's pool when they die,
// so a statement in a loop is prepared once.
class Statement
{
public:
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    ~Statement();

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, bool value)
    {
        return bind(index, static_cast<std::int64_t>(value ? 1 : 0));
    }
    Statement& bind(int index, std::string_view value);
    Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
    Statement& bind(int index, const std::string& value)
    {
        return bind(index, std::string_view(value));
    }
    Statement& bind(int index, std::span<const std::uint8_t> blob);
    Statement& bind(int index, const Uuid& id);
    Statement& bindNull(int index);
    template<class T>
    Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    // Advances to the next row; false when done. Throws Failure on error.
    bool step();
    // Runs a statement that returns no rows.
    void run();
    void reset();

    bool isNull(int column) const;
    std::int64_t int64(int column) const;
    int int32(int column) const { return static_cast<int>(int64(column)); }
    std::string text(int column) const;
    // The column's text without a copy; valid until the next step(), reset() or column call
    // that converts the value.
    std::string_view textView(int column) const;
    std::optional<std::string> optionalText(int column) const;
    std::vector<std::uint8_t> blob(int column) const;
    Uuid uuid(int column) const;
    int columnCount() const;

private:
    friend class Database;
    Statement(
        Database* db, sqlite3_stmt* stmt, std::string sql, std::unique_ptr<BoundValues> values);
    Statement& bindBytes(int index, const void* data, std::size_t size, bool text);
    Database* m_db;
    sqlite3_stmt* m_stmt;
    std::string m_sql;
    std::unique_ptr<BoundValues> m_values; // this statement's text and blob parameters
};

// One connection to an encrypted database file (DESIGN §3).
class Database
{
public:
    enum class Mode
    {
        OpenExisting,
        Create,
        ReadOnly
    };

    // Opens `path` with a raw 256-bit key. The key reaches SQLCipher only through
    // sqlite3_key in its x'…' form, never as SQL text (SECURITY S4). Throws Failure:
    // Damaged when the file is not a database under this key, Io/NotFound otherwise.
    static std::unique_ptr<Database> open(
        const std::filesystem::path& path, const SecureBytes& key, Mode mode);
    // An unencrypted database: only for benchmarks that compare against plain SQLite.
    static std::unique_ptr<Database> openUnencrypted(const std::filesystem::path& path, Mode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    Statement prepare(std::string_view sql);
    void exec(std::string_view sql); // one or more statements, no parameters
    std::int64_t queryInt64(std::string_view sql);
    std::string queryText(std::string_view sql);

    std::int64_t lastInsertRowId() const;
    int changes() const;
    int userVersion();
    void setUserVersion(int version);
    bool inTransaction() const;
    bool isReadOnly() const { return m_readOnly; }
    const std::filesystem::path& path() const { return m_path; }

    // PRAGMA rekey with the x'…' form, through sqlite3_rekey (SECURITY S5).
    void rekey(const SecureBytes& newKey);
    // Writes the WAL back into the main file.
    void checkpoint();

    sqlite3* handle() const { return m_db; }
    [[noreturn]] void throwError(int rc, std::string_view context) const;

private:
    Database(sqlite3* db, std::filesystem::path path, bool readOnly);
    void applyPragmas();
    friend class Statement;
    struct Pooled
    {
        sqlite3_stmt* stmt;
        std::unique_ptr<BoundValues> values;
    };
    void giveBack(const std::string& sql, Pooled pooled);

    sqlite3* m_db;
    std::filesystem::path m_path;
    bool m_readOnly;
    std::unordered_map<std::string, std::vector<Pooled>> m_pool;
};

// While it lives, a statement of `db` stops with ErrorCode::Cancelled soon after `*flag` turns
// true (SQLite's progress handler, every 256 virtual-machine steps): long reads such as a
// county's report can be cancelled from another thread; a flag already true throws at once.
// A null flag does nothing. Keep it
// inside the work that may stop, so the rollback and the audit record after it run freely.
class CancelScope
{
public:
    CancelScope(Database& db, const std::atomic<bool>* flag);
    ~CancelScope();
    CancelScope(const CancelScope&) = delete;
    CancelScope& operator=(const CancelScope&) = delete;

private:
    Database& m_db;
    bool m_active;
};

// RAII transaction (BEGIN IMMEDIATE … COMMIT); rolls back unless committed.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();
    Database& database() { return m_db; }

private:
    Database& m_db;
    bool m_done = false;
};

} // namespace caseledger::core
