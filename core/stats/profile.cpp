// profileTable(): one parallel pass over the columns (each summarized by a single sort or a
// single counting scan), then the correlation matrices over row chunks. The per-column work
// lives in numeric_summary.cpp and value_counts.cpp, the matrices in correlation.cpp.
#include "core/stats/profile.h"

#include "core/base/text.h"
#include "core/base/thread_pool.h"
#include "core/stats/correlation.h"
#include "core/stats/numeric_summary.h"
#include "core/stats/radix_sort.h"
#include "core/stats/value_counts.h"

#include <algorithm>
#include <atomic>
#include <new>
#include <numeric>

namespace mlwb::core {

namespace {

bool isSorted(ColumnType type)
{
    return type == ColumnType::Float64 || type == ColumnType::Int64 || type == ColumnType::DateTime;
}

// Rough cost for scheduling: sorts and text hashing first, so that the cheap counting scans
// fill the gaps at the end instead of a big column starting last (results do not depend on it).
int costRank(ColumnType type)
{
    if (isSorted(type)) return 0;
    if (type == ColumnType::Text) return 1;
    return 2;
}

}  // namespace

Result<TableProfile> profileTable(const Table& table, const ProfileOptions& options, JobContext& job)
{
    ThreadPool& pool = options.pool ? *options.pool : ThreadPool::global();
    const size_t rows = table.rowCount();
    const size_t columnCount = table.columnCount();
    // Row numbers travel through the sorts as uint32 and ranks are stored doubled.
    if (rows >= (size_t{1} << 31))
        return Status::unsupported(
            trf("Profiling supports up to {} rows; this table has {}.", (size_t{1} << 31) - 1, rows));

    const bool correlations = options.correlations;
    const bool spearman = correlations && options.spearman;
    TableProfile profile;
    profile.rows = rows;
    profile.columns.resize(columnCount);
    std::vector<NumericColumnWork> work(columnCount);
    Lender<SortBuffers> sortLender;

    try {
        std::vector<size_t> order(columnCount);
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
            return costRank(table.column(a).type()) < costRank(table.column(b).type());
        });

        const double columnsShare = !correlations ? 1.0 : spearman ? 0.6 : 0.8;
        JobContext columnsJob = job.subRange(0.0, columnsShare);
        columnsJob.setProgress(0.0, tr("Profiling columns"));
        std::atomic<size_t> done{0};
        pool.parallelFor(columnCount, [&](size_t task) {
            if (job.isCancelled()) return;
            const size_t index = order[task];
            const Column& column = table.column(index);
            ColumnProfile& out = profile.columns[index];
            out.name = column.name();
            out.type = column.type();
            const bool ranks = spearman && isNumericType(column.type());
            const bool finished = isSorted(column.type()) ? summarizeNumericColumn(column, options, ranks, job,
                                                                                   sortLender, out, work[index])
                                                          : summarizeCountedColumn(column, options, job, out);
            if (!finished) return;
            const size_t count = ++done;
            columnsJob.setProgress(static_cast<double>(count) / static_cast<double>(columnCount),
                                   trf("Profiled {} of {} columns", count, columnCount));
        });
        if (job.isCancelled()) return Status::cancelled();
        if (!correlations) {
            job.setProgress(1.0);
            return profile;
        }

        std::vector<CorrelationColumn> numeric;
        for (size_t index = 0; index < columnCount; ++index) {
            const Column& column = table.column(index);
            if (!isNumericType(column.type())) continue;
            const ColumnProfile& summary = profile.columns[index];
            CorrelationColumn c;
            c.column = &column;
            c.present = work[index].present;
            c.count = summary.count;
            c.center = summary.mean.value_or(0.0);
            c.varies = summary.min && summary.max && *summary.min != *summary.max;
            c.rank2 = work[index].rank2.data();
            numeric.push_back(c);
            profile.pearson.columns.push_back(column.name());
        }
        const double pearsonEnd = spearman ? 0.7 : 1.0;
        JobContext pearsonJob = job.subRange(columnsShare, pearsonEnd);
        pearsonJob.setProgress(0.0, tr("Computing Pearson correlations"));
        MLWB_RETURN_IF_ERROR(pearsonMatrix(
            numeric, rows, pool, job, [&](double f) { pearsonJob.setProgress(f); }, profile.pearson.values));
        if (spearman) {
            profile.spearman.columns = profile.pearson.columns;
            JobContext spearmanJob = job.subRange(pearsonEnd, 1.0);
            spearmanJob.setProgress(0.0, tr("Computing Spearman correlations"));
            MLWB_RETURN_IF_ERROR(spearmanMatrix(
                numeric, rows, pool, job, [&](double f) { spearmanJob.setProgress(f); }, profile.spearman.values));
        }
    } catch (const std::bad_alloc&) {
        return Status::unsupported(tr("Not enough memory to profile this table."));
    }
    job.setProgress(1.0);
    return profile;
}

}  // namespace mlwb::core
