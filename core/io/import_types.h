// ImportOptions and ImportResult: what the user asks of a reader (dialect overrides, NA
// tokens, leniency, type overrides) and what comes back (the table, the detected dialect,
// warnings). Shared by the CSV, ARFF and SQLite readers, the import dialog and `mlwb-cli inspect`.
#pragma once

#include "core/data/table.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace mlwb::core {

struct ImportOptions {
    // Delimited text. Unset fields are sniffed from the file.
    std::optional<char> delimiter;
    std::optional<bool> hasHeader;
    std::string encoding;                              // "" = detect; otherwise "utf-8", "latin-1" or "windows-1252"
    std::optional<std::vector<std::string>> naTokens;  // unset = defaultNaTokens()
    bool lenient = false;                              // skip and count malformed rows instead of failing
    std::map<std::string, ColumnType> typeOverrides;   // column name -> type to force
    size_t maxRows = 0;                                // 0 = all rows; the import dialog's preview reads a few

    // SQLite: a table name, or a SELECT statement; neither = the only table in the file.
    std::string sqliteTable;
    std::string sqliteQuery;
};

// Empty, NA, N/A, NaN, null, ? (compared case-sensitively, after trimming spaces).
inline std::vector<std::string> defaultNaTokens()
{
    return {"", "NA", "N/A", "NaN", "nan", "null", "NULL", "?"};
}

struct ImportResult {
    TablePtr table;
    std::string format;    // "csv", "tsv", "arff" or "sqlite"
    std::string encoding;  // "utf-8", "utf-16le", "utf-16be", "latin-1", "windows-1252" ("" when not text)
    char delimiter = 0;    // 0 when the format is not delimited
    char quote = '"';
    bool hasHeader = true;
    bool decimalComma = false;
    size_t skippedRows = 0;  // malformed rows skipped in lenient mode
    std::vector<std::string> warnings;
};

}  // namespace mlwb::core
