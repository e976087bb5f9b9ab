// The memory a CSV load will need at its peak, estimated from the row count (the newline
// count of the reader's first scan) and what the sniffed sample shows of each column. Used by
// the CSV reader to refuse a file too large for the memory at hand before it allocates.
#pragma once

#include "core/data/column.h"
#include "core/io/csv/dialect_sniffer.h"
#include "core/io/csv/type_inference.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace mlwb::core::csv {

// What one column costs per row at the peak of a load: in its slab (the one buffer allocated
// for the whole file, rounded up as LargeBuffer rounds it) and elsewhere (chunk buffers,
// dictionaries, a text column's offsets and characters).
struct ColumnCost {
    double slabBytesPerRow = 0;
    double otherBytesPerRow = 0;
};

// kind: what the column's buffers are chosen by (forced or sampled); forcedType: the type the
// user forced, if any; sampleValueBytes, sampleDistinctShare: from the sniffed sample.
ColumnCost columnCost(ValueKind kind, std::optional<ColumnType> forcedType, double sampleValueBytes,
                      double sampleDistinctShare);

// The whole table for `rows` rows: every column's cost, validity bitmaps included.
uint64_t estimateCsvLoadBytes(size_t rows, const std::vector<ValueKind>& kinds,
                              const std::vector<std::optional<ColumnType>>& forcedTypes, const SniffResult& sniff);

}  // namespace mlwb::core::csv
