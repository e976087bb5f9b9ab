#include "core/io/sqlite/sqlite_reader.h"

#include "core/base/memory_budget.h"
#include "core/base/text.h"
#include "core/data/column_builder.h"
#include "core/io/csv/column_names.h"
#include "core/io/csv/file_check.h"

#include <sqlite3.h>

#include <algorithm>
#include <bit>
#include <cctype>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstring>
#include <fstream>
#include <memory>
#include <optional>
#include <unordered_set>

namespace mlwb::core {

namespace {

constexpr size_t progressEveryRows = 4096;
constexpr char sqliteMagic[] = "SQLite format 3";  // plus its terminating NUL: 16 bytes

struct DatabaseCloser {
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using DatabasePtr = std::unique_ptr<sqlite3, DatabaseCloser>;

struct StatementFinalizer {
    void operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }
};
using StatementPtr = std::unique_ptr<sqlite3_stmt, StatementFinalizer>;

// Errors that mean the file itself is not a (sound) database, as opposed to bad SQL.
bool isFileError(int rc)
{
    const int primary = rc & 0xFF;
    return primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT;
}

Status fileError(const std::string& path, sqlite3* db)
{
    return Status::parseError(trf("{} is not a SQLite database, or it is damaged ({})", fileNameOf(path),
                                  db ? sqlite3_errmsg(db) : "unknown error"));
}

Result<DatabasePtr> openReadOnly(const std::string& path)
{
    // Before opening: opening a FIFO blocks, and a device such as /dev/zero is no database.
    MLWB_RETURN_IF_ERROR(checkReadableFile(path));

    // SQLite opens anything lazily and only fails at the first query; checking the header
    // gives a clear message for the common mistake of picking a CSV or ARFF file.
    {
        std::ifstream in(path, std::ios::binary);
        if (!in) return Status::ioError(trf("Cannot open {}: {}", path, std::strerror(errno)));
        char header[16] = {};
        in.read(header, sizeof header);
        const auto got = in.gcount();
        if (got > 0 && (got < 16 || std::memcmp(header, sqliteMagic, sizeof sqliteMagic) != 0))
            return Status::parseError(
                trf("{} is not a SQLite database (it does not start with \"SQLite format 3\")", fileNameOf(path)));
    }

    sqlite3* raw = nullptr;
    // No SQLITE_OPEN_URI: the path is a plain file name, never "file:...?mode=rwc".
    const int rc = sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
    DatabasePtr db(raw);
    if (rc != SQLITE_OK)
        return Status::ioError(trf("Cannot open {}: {}", path, raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc)));
    sqlite3_extended_result_codes(db.get(), 1);
    // The file comes from anywhere: do not let its views or triggers call functions with
    // side effects, and keep extension loading off.
    sqlite3_db_config(db.get(), SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(db.get(), SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db.get(), SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_busy_timeout(db.get(), 2000);  // another program may be writing to it
    return db;
}

Result<std::vector<std::string>> listTables(sqlite3* db, const std::string& path)
{
    sqlite3_stmt* raw = nullptr;
    int rc = sqlite3_prepare_v2(db,
                                "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
                                "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
                                -1, &raw, nullptr);
    StatementPtr statement(raw);
    if (rc != SQLITE_OK) {
        if (isFileError(rc)) return fileError(path, db);
        return Status::ioError(trf("Cannot read {}: {}", path, sqlite3_errmsg(db)));
    }
    std::vector<std::string> names;
    while ((rc = sqlite3_step(statement.get())) == SQLITE_ROW) {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement.get(), 0));
        names.emplace_back(text ? text : "");
    }
    if (rc != SQLITE_DONE) {
        if (isFileError(rc)) return fileError(path, db);
        return Status::ioError(trf("Cannot read {}: {}", path, sqlite3_errmsg(db)));
    }
    return names;
}

// "name" with embedded quotes doubled: safe for any table name.
std::string quoteIdentifier(std::string_view name)
{
    std::string out = "\"";
    for (const char c : name) {
        if (c == '"') out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
    return out;
}

std::string joinNames(const std::vector<std::string>& names)
{
    std::string out;
    for (const auto& name : names) {
        if (!out.empty()) out += ", ";
        out += name;
    }
    return out;
}

// The first keyword of a statement, skipping spaces and -- and /* */ comments.
std::string firstKeyword(std::string_view sql)
{
    size_t pos = 0;
    while (pos < sql.size()) {
        const char c = sql[pos];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '(') {
            ++pos;
        } else if (sql.substr(pos, 2) == "--") {
            pos = sql.find('\n', pos);
            if (pos == std::string_view::npos) return {};
        } else if (sql.substr(pos, 2) == "/*") {
            pos = sql.find("*/", pos + 2);
            if (pos == std::string_view::npos) return {};
            pos += 2;
        } else {
            break;
        }
    }
    size_t end = pos;
    while (end < sql.size() && std::isalpha(static_cast<unsigned char>(sql[end]))) ++end;
    return toLower(sql.substr(pos, end - pos));
}

bool parseDouble(std::string_view text, double& out)
{
    text = trimmed(text);
    if (!text.empty() && text.front() == '+') text.remove_prefix(1);
    if (text.empty() || text.front() == '+') return false;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && end == text.data() + text.size();
}

bool parseInt64(std::string_view text, int64_t& out)
{
    text = trimmed(text);
    if (!text.empty() && text.front() == '+') text.remove_prefix(1);
    if (text.empty() || text.front() == '+') return false;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && end == text.data() + text.size();
}

bool readDigits(std::string_view text, size_t& pos, size_t count, int& value)
{
    if (pos + count > text.size()) return false;
    value = 0;
    for (size_t i = 0; i < count; ++i) {
        const char c = text[pos + i];
        if (c < '0' || c > '9') return false;
        value = value * 10 + (c - '0');
    }
    pos += count;
    return true;
}

// The ISO forms SQLite's date functions use: "YYYY-MM-DD", optionally followed by
// "[T ]HH:MM[:SS[.fff]]" and "Z" or "+HH:MM". Returns ms since the epoch, UTC.
std::optional<int64_t> parseIsoDateTime(std::string_view text)
{
    text = trimmed(text);
    size_t pos = 0;
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, millis = 0, offset = 0;
    if (!readDigits(text, pos, 4, year) || pos >= text.size() || text[pos++] != '-' ||
        !readDigits(text, pos, 2, month) || pos >= text.size() || text[pos++] != '-' || !readDigits(text, pos, 2, day))
        return std::nullopt;
    if (pos < text.size() && (text[pos] == 'T' || text[pos] == ' ')) {
        ++pos;
        if (!readDigits(text, pos, 2, hour) || pos >= text.size() || text[pos++] != ':' ||
            !readDigits(text, pos, 2, minute))
            return std::nullopt;
        if (pos < text.size() && text[pos] == ':') {
            ++pos;
            if (!readDigits(text, pos, 2, second)) return std::nullopt;
            if (pos < text.size() && text[pos] == '.') {
                ++pos;
                const size_t start = pos;
                int scale = 100;
                while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
                    millis += (text[pos] - '0') * scale;  // digits past milliseconds are dropped
                    scale /= 10;
                    ++pos;
                }
                if (pos == start) return std::nullopt;
            }
        }
        if (pos < text.size() && text[pos] == 'Z') {
            ++pos;
        } else if (pos < text.size() && (text[pos] == '+' || text[pos] == '-')) {
            const int sign = text[pos++] == '-' ? -1 : 1;
            int offsetHours = 0, offsetMinutes = 0;
            if (!readDigits(text, pos, 2, offsetHours)) return std::nullopt;
            if (pos < text.size() && text[pos] == ':') ++pos;
            if (!readDigits(text, pos, 2, offsetMinutes)) return std::nullopt;
            offset = sign * (offsetHours * 60 + offsetMinutes);
        }
    }
    if (pos != text.size() || hour > 23 || minute > 59 || second > 59) return std::nullopt;
    using namespace std::chrono;
    const year_month_day date{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)},
                              std::chrono::day{static_cast<unsigned>(day)}};
    if (!date.ok()) return std::nullopt;
    const int64_t days = sys_days{date}.time_since_epoch().count();
    return (days * 86400 + hour * 3600 + minute * 60 + second - int64_t{offset} * 60) * 1000 + millis;
}

bool isValidUtf8(std::string_view bytes)
{
    size_t i = 0;
    while (i < bytes.size()) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        size_t length = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
        if (length == 0 || i + length > bytes.size() || (length == 2 && c < 0xC2)) return false;
        for (size_t k = 1; k < length; ++k)
            if ((static_cast<unsigned char>(bytes[i + k]) & 0xC0) != 0x80) return false;
        i += length;
    }
    return true;
}

std::string toHex(std::string_view bytes)
{
    static constexpr char digits[] = "0123456789abcdef";
    std::string out = "x'";
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        out.push_back(digits[c >> 4]);
        out.push_back(digits[c & 15]);
    }
    out.push_back('\'');
    return out;
}

// One result column as SQLite returned it, before its type is decided. Numbers share one
// 8-byte slot (REAL bit-cast), text and blobs live in one character buffer.
struct RawColumn {
    enum Kind : uint8_t { Null, Integer, Real, Text };

    std::string name;
    std::string declaredType;  // upper case; "" for expressions
    std::vector<uint8_t> kinds;
    std::vector<int64_t> numbers;
    std::vector<uint64_t> offsets{0};
    std::string chars;
    size_t integers = 0, reals = 0, texts = 0, nulls = 0;
    bool hadBinaryBlob = false;

    std::string_view text(size_t row) const
    {
        return std::string_view(chars).substr(offsets[row], offsets[row + 1] - offsets[row]);
    }
    double real(size_t row) const { return std::bit_cast<double>(numbers[row]); }

    // The value as text, for Categorical and Text columns.
    std::string display(size_t row) const
    {
        switch (kinds[row]) {
        case Integer: return std::to_string(numbers[row]);
        case Real: return formatDouble(real(row));
        case Text: return std::string(text(row));
        default: return {};
        }
    }
};

bool isDateDeclaration(const std::string& declaredType)
{
    return declaredType.find("DATE") != std::string::npos || declaredType.find("TIMESTAMP") != std::string::npos;
}

ColumnType typeForDeclaration(const std::string& declaredType)
{
    // SQLite's affinity rules, for columns that hold nothing but NULL.
    if (declaredType.find("INT") != std::string::npos) return ColumnType::Int64;
    if (isDateDeclaration(declaredType)) return ColumnType::DateTime;
    for (const char* real : {"REAL", "FLOA", "DOUB", "NUMERIC", "DECIMAL"})
        if (declaredType.find(real) != std::string::npos) return ColumnType::Float64;
    return ColumnType::Text;
}

ColumnType inferType(const RawColumn& column, size_t rows, std::vector<std::string>& warnings)
{
    if (column.integers + column.reals + column.texts == 0) return typeForDeclaration(column.declaredType);
    if (column.texts == 0) return column.reals == 0 ? ColumnType::Int64 : ColumnType::Float64;

    if (isDateDeclaration(column.declaredType)) {
        bool allDates = column.integers + column.reals == 0;
        size_t badRow = rows;
        for (size_t row = 0; allDates && row < rows; ++row) {
            if (column.kinds[row] == RawColumn::Text && !parseIsoDateTime(column.text(row))) {
                allDates = false;
                badRow = row;
            }
        }
        if (allDates) return ColumnType::DateTime;
        if (badRow < rows)
            warnings.push_back(
                trf("Column {} is declared {} but holds {}, which is not an ISO date; it was read as text.",
                    column.name, column.declaredType, quoteForMessage(column.display(badRow))));
        else
            warnings.push_back(trf("Column {} is declared {} but holds numbers as well as dates; it was read as text.",
                                   column.name, column.declaredType));
    }

    const size_t limit = std::max<size_t>(20, rows / 20);
    std::unordered_set<std::string_view> distinct;
    std::unordered_set<std::string> numbersAsText;  // node-based: views into it stay valid
    for (size_t row = 0; row < rows && distinct.size() <= limit; ++row) {
        switch (column.kinds[row]) {
        case RawColumn::Text: distinct.insert(column.text(row)); break;
        case RawColumn::Integer:
        case RawColumn::Real: distinct.insert(*numbersAsText.insert(column.display(row)).first); break;
        default: break;
        }
    }
    return distinct.size() <= limit ? ColumnType::Categorical : ColumnType::Text;
}

bool parseBoolean(std::string_view text, bool& out)
{
    const std::string lower = toLower(trimmed(text));
    if (lower == "true" || lower == "t" || lower == "yes" || lower == "y" || lower == "1") {
        out = true;
        return true;
    }
    if (lower == "false" || lower == "f" || lower == "no" || lower == "n" || lower == "0") {
        out = false;
        return true;
    }
    return false;
}

// Appends row `row` of `raw` to `builder`; false when the value does not convert (a forced type).
bool appendConverted(const RawColumn& raw, size_t row, ColumnBuilder& builder)
{
    const uint8_t kind = raw.kinds[row];
    if (kind == RawColumn::Null) {
        builder.appendNull();
        return true;
    }
    switch (builder.type()) {
    case ColumnType::Int64: {
        int64_t value = 0;
        if (kind == RawColumn::Integer) {
            value = raw.numbers[row];
        } else {
            double real = 0.0;
            if (kind == RawColumn::Real)
                real = raw.real(row);
            else if (parseInt64(raw.text(row), value)) {
                builder.appendInt64(value);
                return true;
            } else if (!parseDouble(raw.text(row), real)) {
                return false;
            }
            if (!std::isfinite(real) || std::trunc(real) != real || std::fabs(real) >= 9.2e18) return false;
            value = static_cast<int64_t>(real);
        }
        builder.appendInt64(value);
        return true;
    }
    case ColumnType::Float64: {
        double value = 0.0;
        if (kind == RawColumn::Integer)
            value = static_cast<double>(raw.numbers[row]);
        else if (kind == RawColumn::Real)
            value = raw.real(row);
        else if (!parseDouble(raw.text(row), value))
            return false;
        builder.appendFloat64(value);
        return true;
    }
    case ColumnType::Boolean: {
        bool value = false;
        if (!parseBoolean(raw.display(row), value)) return false;
        builder.appendBoolean(value);
        return true;
    }
    case ColumnType::DateTime: {
        if (kind != RawColumn::Text) return false;
        const auto ms = parseIsoDateTime(raw.text(row));
        if (!ms) return false;
        builder.appendDateTime(*ms);
        return true;
    }
    case ColumnType::Categorical:
        if (kind == RawColumn::Text)
            builder.appendCategory(raw.text(row));
        else
            builder.appendCategory(raw.display(row));
        return true;
    case ColumnType::Text:
        if (kind == RawColumn::Text)
            builder.appendText(raw.text(row));
        else
            builder.appendText(raw.display(row));
        return true;
    }
    return false;
}

struct Query {
    std::string sql;
    bool countable = false;  // a table: its row count gives real progress
    std::string table;
};

Result<Query> chooseQuery(sqlite3* db, const std::string& path, const ImportOptions& options)
{
    if (!options.sqliteTable.empty() && !options.sqliteQuery.empty())
        return Status::invalidArgument(tr("Give either a table or a query, not both."));
    if (!options.sqliteQuery.empty()) return Query{options.sqliteQuery, false, {}};

    auto tables = listTables(db, path);
    if (!tables.isOk()) return tables.status();
    const std::string name = fileNameOf(path);
    if (!options.sqliteTable.empty()) {
        // SQLite compares identifiers case-insensitively (ASCII); prefer an exact match.
        auto it = std::find(tables->begin(), tables->end(), options.sqliteTable);
        if (it == tables->end())
            it = std::find_if(tables->begin(), tables->end(),
                              [&](const std::string& table) { return equalsIgnoreCase(table, options.sqliteTable); });
        if (it == tables->end()) {
            if (tables->empty())
                return Status::invalidArgument(
                    trf("{} has no table named {}; it contains no tables at all.", name, options.sqliteTable));
            return Status::invalidArgument(
                trf("{} has no table named {}; its tables are: {}.", name, options.sqliteTable, joinNames(*tables)));
        }
        return Query{"SELECT * FROM " + quoteIdentifier(*it), true, *it};
    }
    if (tables->empty()) return Status::parseError(trf("{} contains no tables.", name));
    if (tables->size() > 1)
        return Status::invalidArgument(
            trf("{} contains several tables ({}); pick one with --table or --query.", name, joinNames(*tables)));
    return Query{"SELECT * FROM " + quoteIdentifier(tables->front()), true, tables->front()};
}

// What the load needs at its peak once totalRows rows are read, projected from the first
// `rows`: the raw values of every column, plus the one column being built from them at a time.
uint64_t projectedBytes(const std::vector<RawColumn>& columns, size_t rows, size_t totalRows)
{
    constexpr double kRawCellBytes = 17;   // its kind (1), number slot (8) and text offset (8)
    constexpr double kBuiltCellBytes = 8;  // the widest fixed-size value of a built column
    double chars = 0;
    double widestChars = 0;
    for (const RawColumn& column : columns) {
        chars += static_cast<double>(column.chars.size());
        widestChars = std::max(widestChars, static_cast<double>(column.chars.size()));
    }
    const double scale = rows > 0 ? static_cast<double>(totalRows) / static_cast<double>(rows) : 1.0;
    const double fixed =
        (kRawCellBytes * static_cast<double>(columns.size()) + kBuiltCellBytes) * static_cast<double>(totalRows);
    return static_cast<uint64_t>(fixed + (chars + widestChars) * scale);
}

int progressHandler(void* context)
{
    // Lets a cancel interrupt SQLite even while it sorts or scans before the first row.
    return static_cast<JobContext*>(context)->isCancelled() ? 1 : 0;
}

}  // namespace

Result<std::vector<std::string>> listSqliteTables(const std::string& path)
{
    auto db = openReadOnly(path);
    if (!db.isOk()) return db.status();
    return listTables(db->get(), path);
}

namespace {

// readSqliteFile() without its catch; estimatedBytes: the last projection of the memory the
// load needs, for the message of a std::bad_alloc.
Result<ImportResult> readSqlite(const std::string& path, const ImportOptions& options, JobContext& job,
                                uint64_t& estimatedBytes)
{
    auto opened = openReadOnly(path);
    if (!opened.isOk()) return opened.status();
    sqlite3* db = opened->get();

    auto query = chooseQuery(db, path, options);
    if (!query.isOk()) return query.status();

    sqlite3_progress_handler(db, 10000, progressHandler, &job);
    const std::string progressMessage = tr("Reading SQLite data");
    job.setProgress(0.0, progressMessage);

    size_t expectedRows = 0;
    if (query->countable) {
        sqlite3_stmt* raw = nullptr;
        const std::string countSql = "SELECT count(*) FROM " + quoteIdentifier(query->table);
        if (sqlite3_prepare_v2(db, countSql.c_str(), -1, &raw, nullptr) == SQLITE_OK) {
            StatementPtr count(raw);
            if (sqlite3_step(count.get()) == SQLITE_ROW)
                expectedRows = static_cast<size_t>(std::max<sqlite3_int64>(0, sqlite3_column_int64(count.get(), 0)));
        } else {
            sqlite3_finalize(raw);
        }
        MLWB_RETURN_IF_ERROR(job.checkCancelled());
        if (options.maxRows > 0) expectedRows = std::min(expectedRows, options.maxRows);
    }

    sqlite3_stmt* raw = nullptr;
    const char* tail = nullptr;
    int rc = sqlite3_prepare_v2(db, query->sql.c_str(), static_cast<int>(query->sql.size()), &raw, &tail);
    StatementPtr statement(raw);
    if (rc != SQLITE_OK) {
        if (isFileError(rc)) return fileError(path, db);
        return Status::invalidArgument(trf("The query failed: {}", sqlite3_errmsg(db)));
    }
    if (!statement) return Status::invalidArgument(tr("The query is empty."));
    if (!query->countable) {
        // Whatever follows the first statement must be nothing but spaces, ';' and comments.
        sqlite3_stmt* rawNext = nullptr;
        const int nextRc = sqlite3_prepare_v2(db, tail, -1, &rawNext, nullptr);
        StatementPtr next(rawNext);
        if (nextRc != SQLITE_OK || next)
            return Status::invalidArgument(
                tr("Only a single SELECT statement can be imported; the query has more "
                   "than one statement."));
        const std::string keyword = firstKeyword(query->sql);
        if ((keyword != "select" && keyword != "with") || !sqlite3_stmt_readonly(statement.get()) ||
            sqlite3_column_count(statement.get()) == 0)
            return Status::invalidArgument(trf("Only a SELECT (or WITH ... SELECT) statement can be imported, not {}.",
                                               quoteForMessage(trimmed(query->sql))));
    }

    const int columnCount = sqlite3_column_count(statement.get());
    std::vector<RawColumn> columns(static_cast<size_t>(columnCount));
    ImportResult result;
    for (int c = 0; c < columnCount; ++c) {
        RawColumn& column = columns[static_cast<size_t>(c)];
        const char* name = sqlite3_column_name(statement.get(), c);
        column.name = name ? name : "";
        const char* declared = sqlite3_column_decltype(statement.get(), c);
        column.declaredType = declared ? declared : "";
        std::transform(column.declaredType.begin(), column.declaredType.end(), column.declaredType.begin(),
                       [](unsigned char ch) { return static_cast<char>(std::toupper(ch)); });
    }
    // A query may return two columns of one name ("SELECT a, a"); a Table may not. Renamed as
    // the CSV reader renames a header's duplicates, so a real column "a_2" keeps its name.
    {
        std::vector<std::string> names;
        names.reserve(columns.size());
        for (const auto& column : columns) names.push_back(column.name.empty() ? "column" : column.name);
        csv::makeNamesUnique(names, result.warnings);
        for (size_t c = 0; c < columns.size(); ++c) columns[c].name = std::move(names[c]);
    }

    // Checked against the memory there is before the values are read: a table's row count
    // gives the need of its numbers up front, and the first rows tell how much text follows;
    // a query's result is checked as it grows.
    const MemoryBudget budget = currentMemoryBudget();
    const std::string name = fileNameOf(path);
    auto checkProjection = [&](size_t rowsSoFar) {
        const size_t totalRows = query->countable ? std::max(expectedRows, rowsSoFar) : rowsSoFar;
        estimatedBytes = projectedBytes(columns, rowsSoFar, totalRows);
        return estimatedBytes <= budget.available() ? Status::ok() : memoryShortage(name, estimatedBytes, budget);
    };
    if (query->countable) {
        MLWB_RETURN_IF_ERROR(checkProjection(0));
        // Room for every row at once: grown by doubling, a vector would hold up to three
        // times its size while it moves.
        for (RawColumn& column : columns) {
            column.kinds.reserve(expectedRows);
            column.numbers.reserve(expectedRows);
            column.offsets.reserve(expectedRows + 1);
        }
    }

    size_t rows = 0;
    while (options.maxRows == 0 || rows < options.maxRows) {
        rc = sqlite3_step(statement.get());
        if (rc != SQLITE_ROW) break;
        for (int c = 0; c < columnCount; ++c) {
            RawColumn& column = columns[static_cast<size_t>(c)];
            const int type = sqlite3_column_type(statement.get(), c);
            switch (type) {
            case SQLITE_INTEGER:
                column.kinds.push_back(RawColumn::Integer);
                column.numbers.push_back(sqlite3_column_int64(statement.get(), c));
                ++column.integers;
                break;
            case SQLITE_FLOAT:
                column.kinds.push_back(RawColumn::Real);
                column.numbers.push_back(std::bit_cast<int64_t>(sqlite3_column_double(statement.get(), c)));
                ++column.reals;
                break;
            case SQLITE_TEXT: {
                const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement.get(), c));
                const int bytes = sqlite3_column_bytes(statement.get(), c);
                column.kinds.push_back(RawColumn::Text);
                column.numbers.push_back(0);
                if (text) column.chars.append(text, static_cast<size_t>(bytes));
                ++column.texts;
                break;
            }
            case SQLITE_BLOB: {
                const auto* blob = static_cast<const char*>(sqlite3_column_blob(statement.get(), c));
                const std::string_view bytes(blob ? blob : "",
                                             static_cast<size_t>(sqlite3_column_bytes(statement.get(), c)));
                column.kinds.push_back(RawColumn::Text);
                column.numbers.push_back(0);
                if (isValidUtf8(bytes)) {
                    column.chars.append(bytes);
                } else {
                    column.chars.append(toHex(bytes));
                    column.hadBinaryBlob = true;
                }
                ++column.texts;
                break;
            }
            default:
                column.kinds.push_back(RawColumn::Null);
                column.numbers.push_back(0);
                ++column.nulls;
                break;
            }
            column.offsets.push_back(column.chars.size());
        }
        ++rows;
        if (rows % progressEveryRows == 0) {
            MLWB_RETURN_IF_ERROR(job.checkCancelled());
            MLWB_RETURN_IF_ERROR(checkProjection(rows));
            job.setProgress(
                expectedRows > 0 ? 0.9 * static_cast<double>(rows) / static_cast<double>(expectedRows) : 0.0,
                trf("Reading SQLite data: {} rows", rows));
        }
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        if ((rc & 0xFF) == SQLITE_INTERRUPT || job.isCancelled()) return Status::cancelled();
        if (isFileError(rc)) return fileError(path, db);
        if ((rc & 0xFF) == SQLITE_BUSY || (rc & 0xFF) == SQLITE_LOCKED)
            return Status::ioError(trf("Cannot read {}: {}", path, sqlite3_errmsg(db)));
        return Status::invalidArgument(trf("The query failed: {}", sqlite3_errmsg(db)));
    }
    MLWB_RETURN_IF_ERROR(job.checkCancelled());

    std::vector<ColumnPtr> built;
    built.reserve(columns.size());
    for (auto& column : columns) {
        const auto forced = options.typeOverrides.find(column.name);
        const ColumnType type =
            forced != options.typeOverrides.end() ? forced->second : inferType(column, rows, result.warnings);
        ColumnBuilder builder(column.name, type);
        builder.reserve(rows);
        size_t failed = 0;
        std::string firstFailure;
        for (size_t row = 0; row < rows; ++row) {
            if (!appendConverted(column, row, builder)) {
                if (failed++ == 0) firstFailure = column.display(row);
                builder.appendNull();
            }
        }
        if (failed > 0)
            result.warnings.push_back(
                trf("Column {}: {} values could not be read as {} (such as {}); they are missing.", column.name, failed,
                    columnTypeName(type), quoteForMessage(firstFailure)));
        if (column.hadBinaryBlob && (type == ColumnType::Text || type == ColumnType::Categorical))
            result.warnings.push_back(
                trf("Column {} holds binary data; it is shown as hexadecimal (x'...').", column.name));
        built.push_back(builder.finish());
        column = RawColumn{};  // free the raw values as soon as the column is built
    }
    auto table = Table::make(std::move(built));
    if (!table.isOk()) return table.status().withContext(fileNameOf(path));

    result.table = std::move(table).value();
    result.format = "sqlite";
    result.encoding = "";
    result.delimiter = 0;
    result.hasHeader = true;
    job.setProgress(1.0, progressMessage);
    return result;
}

}  // namespace

Result<ImportResult> readSqliteFile(const std::string& path, const ImportOptions& options, JobContext& job)
{
    // The reader's entry: a std::bad_alloc below (a buffer the projection did not foresee)
    // comes back as the same ResourceExhausted as a refused projection.
    uint64_t estimatedBytes = 0;
    try {
        return readSqlite(path, options, job, estimatedBytes);
    } catch (const std::bad_alloc&) {
        return outOfMemory(fileNameOf(path), estimatedBytes);
    }
}

}  // namespace mlwb::core
