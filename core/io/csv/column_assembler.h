// Column assembler: merges the per-chunk column buffers of a parsed file into whole Columns,
// settling each column's type over all its rows (re-reading only the chunks whose guess was
// too narrow). Used by the CSV reader after the parallel parse.
#pragma once

#include "core/base/job_context.h"
#include "core/base/status.h"
#include "core/base/thread_pool.h"
#include "core/data/column.h"
#include "core/io/csv/chunk_parser.h"
#include "core/io/csv/column_slab.h"

#include <optional>
#include <string>
#include <vector>

namespace mlwb::core::csv {

struct ColumnSpec {
    std::string name;
    std::optional<ColumnType> forcedType;
};

// Consumes the chunks (their buffers are freed column by column as they are copied) and the
// slabs (per column, possibly unallocated; empty when the parse used none). Warnings (values
// rejected by a forced type) are appended to warnings.
Result<std::vector<ColumnPtr>> assembleColumns(std::vector<ChunkResult>& chunks, std::vector<ColumnSlab>& slabs,
                                               const std::vector<ColumnSpec>& specs, const ChunkParser& parser,
                                               ThreadPool& pool, JobContext& job, std::vector<std::string>& warnings);

}  // namespace mlwb::core::csv
