// Summary of one Float64, Int64 or DateTime column from a single sort of its present values (and the
// ranks Spearman needs). Used by profileTable(), one column per pool task.
#pragma once

#include "core/base/large_buffer.h"
#include "core/data/column.h"
#include "core/stats/profile.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace mlwb::core {

// What the correlation phase needs from a numeric column once its summary is done.
struct NumericColumnWork {
    // One bit per row, set = usable value: the column's validity with NaN values cleared.
    // nullptr when every row is usable.
    const uint64_t* present = nullptr;
    std::vector<uint64_t> ownedPresent;  // backs `present` when the column held NaN values
    // Twice the average 1-based rank of each row among the present values (an integer even
    // with ties); missing rows hold count + 1, i.e. the mean rank, so they center to zero.
    LargeBuffer<uint32_t> rank2;
};

struct SortBuffers;

// Fills profile.count ... profile.histogram. Present NaN values of a Float64 column count as
// missing. Returns false when the job was cancelled. wantRanks needs size() < 2^31.
// `sortLender` lends sort buffers between the columns of one profile.
bool summarizeNumericColumn(const Column& column, const ProfileOptions& options, bool wantRanks, const JobContext& job,
                            Lender<SortBuffers>& sortLender, ColumnProfile& profile, NumericColumnWork& work);

}  // namespace mlwb::core
