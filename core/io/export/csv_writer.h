// The CSV writer: a Table as RFC 4180 delimited UTF-8 text, written atomically (temporary file
// renamed over the target). Used by "Export as CSV" in the GUI and `mlwb-cli convert`.
#pragma once

#include "core/base/job_context.h"
#include "core/data/table.h"

#include <ostream>
#include <string>

namespace mlwb::core {

struct CsvWriteOptions {
    char delimiter = ',';           // any single byte but '"', CR and LF
    std::string naRepresentation;   // written for missing values; "" = an empty field
    bool header = true;             // a first line with the column names
    std::string lineEnding = "\n";  // "\r\n" for strict RFC 4180
};

// Fields containing the delimiter, a quote, CR or LF, or with a leading or trailing space or
// tab, are quoted (quotes doubled); so is a present value that would read back as missing
// (equal to naRepresentation). Doubles are written the shortest way that reads back exactly
// (NaN, inf, -inf for the non-finite), datetimes as ISO-8601 (UTC), booleans as true/false.
Status writeCsv(const Table& table, std::ostream& out, const CsvWriteOptions& options, JobContext& job);

// Writes to a temporary file next to `path`, then renames it over `path`: a crash, a full disk
// or a cancel leaves the old file (or no file) rather than a half-written one.
Status writeCsvFile(const Table& table, const std::string& path, const CsvWriteOptions& options, JobContext& job);

}  // namespace mlwb::core
