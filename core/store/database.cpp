#include "core/store/database.h"

#include "core/base/crypto.h"
#include "core/base/error.h"
#include "core/base/uuid.h"
#include "core/store/secureheap.h"

#include <algorithm>
#include <cstring>
#include <openssl/crypto.h>
#include <sqlcipher/sqlite3.h>

namespace caseledger::core {

namespace {

ErrorCode codeFor(int rc)
{
    switch (rc & 0xFF) {
    case SQLITE_FULL:
        return ErrorCode::DiskFull;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return ErrorCode::Io;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return ErrorCode::Damaged;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return ErrorCode::Busy;
    case SQLITE_CONSTRAINT:
        return ErrorCode::Conflict;
    case SQLITE_INTERRUPT:
        return ErrorCode::Cancelled;
    default:
        return ErrorCode::Internal;
    }
}

std::string messageFor(ErrorCode code, std::string_view context, const char* sqliteMessage)
{
    switch (code) {
    case ErrorCode::DiskFull:
        return "the disk is full; nothing was changed";
    case ErrorCode::Io:
        return "the database file could not be read or written (" + std::string(sqliteMessage)
            + ")";
    case ErrorCode::Damaged:
        return "the database file is damaged";
    case ErrorCode::Busy:
        return "the database is in use by another program; try again";
    default:
        return std::string(context) + ": " + sqliteMessage;
    }
}

} // namespace

// ---- BoundValues --------------------------------------------------------------------------

// A pooled statement's own copies of its text and blob parameters, bound SQLITE_STATIC.
// Binding SQLITE_TRANSIENT made SQLite copy each value into a fresh allocation and free it
// again when the bindings were cleared; under memory security (S4) every allocation is an
// mlock() and every free an munlock(), so a ledger row's dozen parameters cost two dozen system
// calls (a third of posting time in perf). These buffers come from sqlite3_malloc64 -- locked
// and wiped on free exactly like SQLite's own copies -- grow only when a longer value comes,
// and are wiped each time the statement goes back to the pool.
class BoundValues
{
public:
    explicit BoundValues(int count)
        : m_slots(static_cast<std::size_t>(std::max(count, 0)))
    { }
    ~BoundValues()
    {
        for (auto& slot : m_slots)
            sqlite3_free(slot.data); // SQLCipher wipes and unlocks it
    }
    BoundValues(const BoundValues&) = delete;
    BoundValues& operator=(const BoundValues&) = delete;

    // A stable copy of `size` bytes for parameter `index` (1-based), for a statement that is
    // not running; null when the index is out of range (SQLite then reports the bad index) or
    // memory runs out. A slot that must grow gets a new buffer; the old one is returned in
    // `replaced` to be freed once the new value is bound.
    const void* store(int index, const void* data, std::size_t size, void** replaced)
    {
        *replaced = nullptr;
        if (index < 1 || static_cast<std::size_t>(index) > m_slots.size())
            return nullptr;
        Slot& slot = m_slots[static_cast<std::size_t>(index) - 1];
        if (size > slot.capacity || !slot.data) {
            const std::size_t capacity = std::max({size, slot.capacity * 2, std::size_t {32}});
            auto* grown = static_cast<unsigned char*>(sqlite3_malloc64(capacity));
            if (!grown)
                return nullptr;
            *replaced = slot.data;
            slot = {grown, capacity, 0};
        }
        if (size > 0)
            std::memcpy(slot.data, data, size);
        slot.used = std::max(slot.used, size);
        return slot.data;
    }

    // Zeroes every byte a value occupied since the last wipe; a buffer grown past 4 KiB (a
    // note's text) is given back rather than kept locked for the session.
    void wipe()
    {
        for (auto& slot : m_slots) {
            if (slot.used > 0) {
                OPENSSL_cleanse(slot.data, slot.used);
                slot.used = 0;
            }
            if (slot.capacity > kKeptBytes) {
                sqlite3_free(slot.data);
                slot = {};
            }
        }
    }

private:
    static constexpr std::size_t kKeptBytes = 4096;
    struct Slot
    {
        unsigned char* data = nullptr;
        std::size_t capacity = 0;
        std::size_t used = 0;
    };
    std::vector<Slot> m_slots;
};

// ---- Statement ----------------------------------------------------------------------------

Statement::Statement(
    Database* db, sqlite3_stmt* stmt, std::string sql, std::unique_ptr<BoundValues> values)
    : m_db(db)
    , m_stmt(stmt)
    , m_sql(std::move(sql))
    , m_values(std::move(values))
{ }

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db)
    , m_stmt(other.m_stmt)
    , m_sql(std::move(other.m_sql))
    , m_values(std::move(other.m_values))
{
    other.m_stmt = nullptr;
}

Statement::~Statement()
{
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_values->wipe();
    m_db->giveBack(m_sql, {m_stmt, std::move(m_values)});
}

Statement& Statement::bind(int index, std::int64_t value)
{
    const int rc = sqlite3_bind_int64(m_stmt, index, value);
    if (rc != SQLITE_OK)
        m_db->throwError(rc, "bind");
    return *this;
}

Statement& Statement::bind(int index, std::string_view value)
{
    return bindBytes(index, value.data(), value.size(), true);
}

Statement& Statement::bind(int index, std::span<const std::uint8_t> blob)
{
    return bindBytes(index, blob.data(), blob.size(), false);
}

// Binds the statement's own copy (BoundValues) without SQLite copying it again. A running
// statement (SQLite refuses the bind anyway) or a failed copy falls back to SQLite's copy, so
// that a value the statement may still read is never overwritten.
Statement& Statement::bindBytes(int index, const void* data, std::size_t size, bool text)
{
    static const char empty = '\0';
    void* replaced = nullptr;
    const void* copy
        = sqlite3_stmt_busy(m_stmt) ? nullptr : m_values->store(index, data, size, &replaced);
    const void* bytes = copy ? copy : (size > 0 ? data : &empty);
    const auto keep = copy ? SQLITE_STATIC : SQLITE_TRANSIENT;
    const int rc = text ? sqlite3_bind_text64(
                       m_stmt, index, static_cast<const char*>(bytes), size, keep, SQLITE_UTF8)
                        : sqlite3_bind_blob64(m_stmt, index, bytes, size, keep);
    sqlite3_free(replaced); // the slot's old buffer, no longer bound
    if (rc != SQLITE_OK)
        m_db->throwError(rc, "bind");
    return *this;
}

Statement& Statement::bind(int index, const Uuid& id)
{
    return bind(index, id.span());
}

Statement& Statement::bindNull(int index)
{
    const int rc = sqlite3_bind_null(m_stmt, index);
    if (rc != SQLITE_OK)
        m_db->throwError(rc, "bind");
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    m_db->throwError(rc, "statement");
}

void Statement::run()
{
    while (step()) { }
    sqlite3_reset(m_stmt);
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_values->wipe();
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::int64_t Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

std::string Statement::text(int column) const
{
    const auto* p = sqlite3_column_text(m_stmt, column);
    const int n = sqlite3_column_bytes(m_stmt, column);
    return p ? std::string(reinterpret_cast<const char*>(p), static_cast<std::size_t>(n))
             : std::string();
}

std::string_view Statement::textView(int column) const
{
    const auto* p = sqlite3_column_text(m_stmt, column);
    const int n = sqlite3_column_bytes(m_stmt, column);
    return p ? std::string_view(reinterpret_cast<const char*>(p), static_cast<std::size_t>(n))
             : std::string_view();
}

std::optional<std::string> Statement::optionalText(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return text(column);
}

std::vector<std::uint8_t> Statement::blob(int column) const
{
    const auto* p = static_cast<const std::uint8_t*>(sqlite3_column_blob(m_stmt, column));
    const int n = sqlite3_column_bytes(m_stmt, column);
    return p ? std::vector<std::uint8_t>(p, p + n) : std::vector<std::uint8_t>();
}

Uuid Statement::uuid(int column) const
{
    const auto* p = static_cast<const std::uint8_t*>(sqlite3_column_blob(m_stmt, column));
    const int n = sqlite3_column_bytes(m_stmt, column);
    auto id = p ? Uuid::fromBytes({p, static_cast<std::size_t>(n)}) : std::nullopt;
    if (!id)
        throw Failure(ErrorCode::Damaged, "a record id in the database is malformed");
    return *id;
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

// ---- Database -----------------------------------------------------------------------------

Database::Database(sqlite3* db, std::filesystem::path path, bool readOnly)
    : m_db(db)
    , m_path(std::move(path))
    , m_readOnly(readOnly)
{ }

Database::~Database()
{
    for (auto& [sql, statements] : m_pool)
        for (auto& pooled : statements)
            sqlite3_finalize(pooled.stmt);
    sqlite3_close_v2(m_db);
}

namespace {

sqlite3* openHandle(const std::filesystem::path& path, Database::Mode mode)
{
    if (mode != Database::Mode::Create && !std::filesystem::exists(path))
        throw Failure(ErrorCode::NotFound, "there is no database at " + path.string());
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    flags |= mode == Database::Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (mode == Database::Mode::Create)
        flags |= SQLITE_OPEN_CREATE;
    installSecureHeap(); // S4: before SQLite initialises, at the first open
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(path.string().c_str(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const std::string message = db ? sqlite3_errmsg(db) : "out of memory";
        sqlite3_close_v2(db);
        const auto code = codeFor(rc);
        throw Failure(code, messageFor(code, "open", message.c_str()));
    }
    sqlite3_extended_result_codes(db, 1);
#ifndef _WIN32
    // Only the owner may read the file; SQLite gives its WAL and shared-memory files the
    // same permissions.
    if (mode == Database::Mode::Create)
        std::filesystem::permissions(path,
            std::filesystem::perms::owner_read | std::filesystem::perms::owner_write,
            std::filesystem::perm_options::replace);
#endif
    return db;
}

// SQLCipher's raw-key form: the 64 hex digits of the key inside x'…' (never SQL text).
SecureBytes rawKeyForm(const SecureBytes& key)
{
    static constexpr char digits[] = "0123456789abcdef";
    SecureBytes form(3 + key.size() * 2);
    auto* out = form.data();
    *out++ = 'x';
    *out++ = '\'';
    for (std::size_t i = 0; i < key.size(); ++i) {
        *out++ = static_cast<std::uint8_t>(digits[key.data()[i] >> 4]);
        *out++ = static_cast<std::uint8_t>(digits[key.data()[i] & 0xF]);
    }
    *out = '\'';
    return form;
}

} // namespace

std::unique_ptr<Database> Database::open(
    const std::filesystem::path& path, const SecureBytes& key, Mode mode)
{
    if (key.size() != 32)
        throw Failure(ErrorCode::Internal, "a database key must be 32 bytes");
    std::unique_ptr<Database> db(
        new Database(openHandle(path, mode), path, mode == Mode::ReadOnly));
    // Silence SQLCipher's own logging to stderr and wipe its key buffers when freed (S4).
    // Memory security wipes, mlock()s and munlock()s every allocation SQLite makes, and Debian's
    // build omits the lookaside allocator (compile option OMIT_LOOKASIDE), so every statement
    // run allocates its cursors afresh. On Linux the locking and the wipe it calls are this
    // program's (core/store/securememory.h): a page is locked once while blocks live on it, and
    // the wipe goes a word at a time. Measured on the finance bench (4,000 collections, 300
    // cases, three runs): system time 14.5 -> 2.4 s, accrual of the history 16.3 -> 4.8-6.8 s,
    // posting 791 -> 1,382-1,829 collections/s. A bulk page-cache allocation changed nothing.
    // Then SQLite's own heap, locked a chunk at a time (core/store/secureheap.h, installed by
    // openHandle() above): 3.5 million system calls -> 144 in the same bench run (20,000
    // collections, 1,000 cases), posting 1,261 -> 3,282 collections/s, history accrual
    // 24.7 -> 12.5 s.
    // Before that, parameters bound without a copy (BoundValues above) gave posting +59 %;
    // multi-row INSERTs (32 rows per statement) made it slower (1,047 -> 729 collections/s): a row
    // with text columns still allocates about 4.4 times inside one against 4.7 in its own, and the
    // queue costs more than it saves.
    db->exec("PRAGMA cipher_log_source = NONE");
    db->exec("PRAGMA cipher_memory_security = ON");
    {
        const SecureBytes form = rawKeyForm(key);
        const int rc = sqlite3_key(db->m_db, form.data(), static_cast<int>(form.size()));
        if (rc != SQLITE_OK)
            db->throwError(rc, "key");
    }
    // A wrong key shows only at the first read, as SQLITE_NOTADB. The key itself was
    // authenticated by its key slot, so here that means a damaged file (S20).
    db->queryInt64("SELECT count(*) FROM sqlite_master");
    db->applyPragmas();
    return db;
}

std::unique_ptr<Database> Database::openUnencrypted(const std::filesystem::path& path, Mode mode)
{
    std::unique_ptr<Database> db(
        new Database(openHandle(path, mode), path, mode == Mode::ReadOnly));
    db->queryInt64("SELECT count(*) FROM sqlite_master");
    db->applyPragmas();
    return db;
}

void Database::applyPragmas()
{
    sqlite3_busy_timeout(m_db, 5000);
    // DESIGN §3: a committed payment survives power loss; no plaintext temp files;
    // deleted content is overwritten.
    exec("PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY; PRAGMA secure_delete = ON; "
         "PRAGMA synchronous = FULL; PRAGMA cache_size = -65536");
    if (!m_readOnly)
        exec("PRAGMA journal_mode = WAL");
}

void Database::throwError(int rc, std::string_view context) const
{
    const auto code = codeFor(rc);
    throw Failure(code, messageFor(code, context, sqlite3_errmsg(m_db)));
}

Statement Database::prepare(std::string_view sql)
{
    std::string key(sql);
    auto it = m_pool.find(key);
    if (it != m_pool.end() && !it->second.empty()) {
        Pooled pooled = std::move(it->second.back());
        it->second.pop_back();
        return Statement(this, pooled.stmt, std::move(key), std::move(pooled.values));
    }
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v3(
        m_db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK)
        throwError(rc, "prepare");
    return Statement(this, stmt, std::move(key),
        std::make_unique<BoundValues>(sqlite3_bind_parameter_count(stmt)));
}

void Database::giveBack(const std::string& sql, Pooled pooled)
{
    auto& pool = m_pool[sql];
    if (pool.size() < 4)
        pool.push_back(std::move(pooled));
    else
        sqlite3_finalize(pooled.stmt);
}

void Database::exec(std::string_view sql)
{
    const std::string text(sql);
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        throwError(rc, "exec");
}

std::int64_t Database::queryInt64(std::string_view sql)
{
    auto stmt = prepare(sql);
    if (!stmt.step())
        return 0;
    return stmt.int64(0);
}

std::string Database::queryText(std::string_view sql)
{
    auto stmt = prepare(sql);
    if (!stmt.step())
        return {};
    return stmt.text(0);
}

std::int64_t Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

int Database::userVersion()
{
    return static_cast<int>(queryInt64("PRAGMA user_version"));
}

void Database::setUserVersion(int version)
{
    exec("PRAGMA user_version = " + std::to_string(version));
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

void Database::rekey(const SecureBytes& newKey)
{
    if (newKey.size() != 32)
        throw Failure(ErrorCode::Internal, "a database key must be 32 bytes");
    const SecureBytes form = rawKeyForm(newKey);
    const int rc = sqlite3_rekey(m_db, form.data(), static_cast<int>(form.size()));
    if (rc != SQLITE_OK)
        throwError(rc, "rekey");
}

void Database::checkpoint()
{
    auto rc
        = sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
    if (rc != SQLITE_OK && rc != SQLITE_BUSY)
        throwError(rc, "checkpoint");
}

// ---- Transaction --------------------------------------------------------------------------

Transaction::Transaction(Database& db)
    : m_db(db)
{
    if (db.inTransaction())
        throw Failure(ErrorCode::Internal, "transactions do not nest");
    db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_done && m_db.inTransaction())
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

namespace {

int stopWhenCancelled(void* flag)
{
    return static_cast<const std::atomic<bool>*>(flag)->load() ? 1 : 0;
}

} // namespace

CancelScope::CancelScope(Database& db, const std::atomic<bool>* flag)
    : m_db(db)
    , m_active(flag != nullptr)
{
    if (!m_active)
        return;
    if (flag->load()) // pressed before the work began
        throw Failure(ErrorCode::Cancelled, "cancelled");
    constexpr int kStepsBetweenChecks = 256;
    sqlite3_progress_handler(db.handle(), kStepsBetweenChecks, stopWhenCancelled,
        const_cast<void*>(static_cast<const void*>(flag)));
}

CancelScope::~CancelScope()
{
    if (m_active)
        sqlite3_progress_handler(m_db.handle(), 0, nullptr, nullptr);
}

} // namespace caseledger::core
