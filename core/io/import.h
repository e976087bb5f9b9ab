// importFile(): opens any supported data file (CSV/TSV, ARFF, SQLite) by looking at its
// name and first bytes, and dispatches to the right reader. The GUI and CLI import through it.
#pragma once

#include "core/base/job_context.h"
#include "core/io/import_types.h"

#include <string>

namespace mlwb::core {

// "csv", "tsv", "arff" or "sqlite", from the extension and the file's first bytes.
std::string detectFormat(const std::string& path);

Result<ImportResult> importFile(const std::string& path, const ImportOptions& options, JobContext& job);

}  // namespace mlwb::core
