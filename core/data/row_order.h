// Row orders: permutations of a table's rows for sorting and filtering views without
// copying data. Used by the table view (sort by a column) and later by filters and splits.
#pragma once

#include "core/base/job_context.h"
#include "core/data/column.h"

#include <cstdint>
#include <vector>

namespace mlwb::core {

using RowOrder = std::vector<uint32_t>;

// Rows ordered by the column's values (stable; missing values last in both directions).
// Numbers, booleans and datetimes compare numerically, categories and text by UTF-8 bytes.
Result<RowOrder> sortedRowOrder(const Column& column, bool ascending, JobContext& job);

}  // namespace mlwb::core
