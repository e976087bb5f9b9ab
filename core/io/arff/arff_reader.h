// The ARFF reader: Weka's attribute-relation file format (dense and sparse rows, numeric,
// integer, nominal, string and date attributes) into a Table. Used by importFile().
#pragma once

#include "core/base/job_context.h"
#include "core/io/import_types.h"

#include <string>
#include <string_view>

namespace mlwb::core {

// Reads an ARFF file. numeric/real -> Float64, integer -> Int64 (Float64 with a warning if a
// value has a fraction), nominal -> Categorical in declared order, string -> Text, date ->
// DateTime (UTC). Errors are ParseErrors naming the file and line. Honours maxRows, lenient
// (malformed rows are skipped and counted) and encoding ("" = UTF-8, else windows-1252).
Result<ImportResult> readArffFile(const std::string& path, const ImportOptions& options, JobContext& job);

// Same, over bytes already in memory; sourceName is used in messages.
Result<ImportResult> readArffBuffer(std::string_view bytes, const std::string& sourceName, const ImportOptions& options,
                                    JobContext& job);

}  // namespace mlwb::core
