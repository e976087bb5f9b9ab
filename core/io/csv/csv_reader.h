// The CSV/TSV reader: sniffs the dialect, encoding, header and column types, then parses
// in parallel chunks into an immutable Table. Used by importFile(), the import dialog's
// preview and `mlwb-cli inspect`.
#pragma once

#include "core/base/job_context.h"
#include "core/io/import_types.h"

#include <string>
#include <string_view>

namespace mlwb::core {

// Reads a delimited text file. Errors name the file and the line (and column count).
Result<ImportResult> readCsvFile(const std::string& path, const ImportOptions& options, JobContext& job);

// Same, over bytes already in memory; sourceName is used in messages.
Result<ImportResult> readCsvBuffer(std::string_view bytes, const std::string& sourceName, const ImportOptions& options,
                                   JobContext& job);

}  // namespace mlwb::core
