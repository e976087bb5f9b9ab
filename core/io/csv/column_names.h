// Column names for a delimited file: header cells made usable as Table column names (empty
// ones named column_N, duplicates made unique). Used by the CSV reader.
#pragma once

#include <string>
#include <vector>

namespace mlwb::core::csv {

// raw: the trimmed header cells, or empty strings when there is no header. Adds one warning
// per kind of repair made (renamed duplicates, named empty cells) unless there is no header.
std::vector<std::string> makeColumnNames(const std::vector<std::string>& raw, bool hasHeader,
                                         std::vector<std::string>& warnings);

}  // namespace mlwb::core::csv
