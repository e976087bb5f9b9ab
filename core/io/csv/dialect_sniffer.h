// Dialect sniffer: guesses the delimiter (, ; tab |), quote character, line ending, header
// row and decimal comma of delimited text from a sample of its first rows. Used by the CSV reader.
#pragma once

#include "core/io/csv/csv_dialect.h"
#include "core/io/csv/type_inference.h"
#include "core/io/import_types.h"

#include <string_view>
#include <vector>

namespace mlwb::core::csv {

class NaMatcher;

struct SniffResult {
    CsvDialect dialect;
    double averageRowBytes = 64;  // for reserving column buffers before parsing
    // Per column, the kind of the sample's data rows: a hint for choosing buffers only; the
    // column types come from all rows.
    std::vector<ValueKind> sampleKinds;
    // Per column, over the sample's present values: their average length in bytes and the
    // share of them that are distinct. For the reader's memory estimate, which must tell a
    // text column (a string per row) from a categorical one (a code per row) before parsing.
    std::vector<double> sampleValueBytes;
    std::vector<double> sampleDistinctShare;
};

// sample: the start of the (UTF-8) text; complete: the sample is the whole text, so its last
// row is not cut off. Options that are set (delimiter, hasHeader) win over the guesses.
SniffResult sniffDialect(std::string_view sample, bool complete, const ImportOptions& options, const NaMatcher& na);

}  // namespace mlwb::core::csv
