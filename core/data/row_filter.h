// Row filters: the rows of a table whose cells contain a piece of text, as a RowOrder
// that keeps a given order (e.g. a sort). Used by the table view's filter box.
#pragma once

#include "core/base/job_context.h"
#include "core/data/row_order.h"
#include "core/data/table.h"

#include <string_view>

namespace mlwb::core {

// Rows (taken from `order`, or all rows in table order when it is null) in which any cell,
// as the table view shows it, contains `needle`, ignoring ASCII case. Parallel and
// cancellable; the result does not depend on the thread count.
Result<RowOrder> rowsContaining(const Table& table, std::string_view needle, const RowOrder* order, JobContext& job);

}  // namespace mlwb::core
