// Column names for imported data: header cells made usable as Table column names (empty ones
// named column_N, duplicates made unique). Used by the CSV reader; makeNamesUnique() also by
// the SQLite reader, so both name repeated columns the same way.
#pragma once

#include <string>
#include <vector>

namespace mlwb::core::csv {

// raw: the trimmed header cells, or empty strings when there is no header. Adds one warning
// per kind of repair made (renamed duplicates, named empty cells) unless there is no header.
std::vector<std::string> makeColumnNames(const std::vector<std::string>& raw, bool hasHeader,
                                         std::vector<std::string>& warnings);

// Renames repeated names in place, left to right: a later "x" becomes the first of x_2, x_3, ...
// that no column has, so a name the source itself uses is never taken ("a, a, a_2" gives
// "a, a_3, a_2"). Adds one warning listing the renames, when there are any.
void makeNamesUnique(std::vector<std::string>& names, std::vector<std::string>& warnings);

}  // namespace mlwb::core::csv
