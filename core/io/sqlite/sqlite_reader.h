// The SQLite reader: one table, view or read-only SELECT of a SQLite database into a Table,
// with column types taken from the values. Used by importFile(), the import dialog and mlwb-cli.
#pragma once

#include "core/base/job_context.h"
#include "core/io/import_types.h"

#include <string>
#include <vector>

namespace mlwb::core {

// The tables and views of the database, sorted by name (SQLite's internal tables left out).
Result<std::vector<std::string>> listSqliteTables(const std::string& path);

// Reads options.sqliteTable, or the result of options.sqliteQuery (one SELECT/WITH statement,
// run on a read-only connection), or, when neither is set, the file's only table or view.
// Types: all INTEGER -> Int64; INTEGER/REAL -> Float64; text -> Categorical when it has at
// most max(20, rows/20) distinct values, else Text; ISO text in a column declared DATE,
// DATETIME or TIMESTAMP -> DateTime; NULL -> missing. options.typeOverrides force a type
// (values that do not convert become missing, with a warning). Honours maxRows.
Result<ImportResult> readSqliteFile(const std::string& path, const ImportOptions& options, JobContext& job);

}  // namespace mlwb::core
