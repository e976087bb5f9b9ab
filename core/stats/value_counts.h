// Summary of one categorical, text or boolean column from one counting scan: counts, distinct, top
// values, category histogram (and 0/1 moments for booleans). Used by profileTable(), one task per column.
#pragma once

#include "core/data/column.h"
#include "core/stats/profile.h"

namespace mlwb::core {

// Returns false when the job was cancelled. Ties in frequency keep first-appearance order
// (dictionary order for categories, false before true), as computeHistogram does.
bool summarizeCountedColumn(const Column& column, const ProfileOptions& options, const JobContext& job,
                            ColumnProfile& profile);

}  // namespace mlwb::core
