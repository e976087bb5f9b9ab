// Knobs of the CSV reader that the public API leaves at their defaults: chunk size and thread
// pool. Used by the CSV tests (tiny chunks, one-thread pool) and the load benchmark.
#pragma once

#include "core/base/job_context.h"
#include "core/base/thread_pool.h"
#include "core/io/import_types.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace mlwb::core {

struct CsvReadTuning {
    size_t chunkBytes = 0;       // 0 = default (kDefaultCsvChunkBytes)
    ThreadPool* pool = nullptr;  // nullptr = ThreadPool::global()
};

// Big enough that per-chunk overhead vanishes, small enough for load balance on many cores,
// for prompt cancellation and for the per-chunk page release of mapped files.
inline constexpr size_t kDefaultCsvChunkBytes = size_t{1} << 20;

Result<ImportResult> readCsvFileTuned(const std::string& path, const ImportOptions& options, JobContext& job,
                                      const CsvReadTuning& tuning);
Result<ImportResult> readCsvBufferTuned(std::string_view bytes, const std::string& sourceName,
                                        const ImportOptions& options, JobContext& job, const CsvReadTuning& tuning);

}  // namespace mlwb::core
