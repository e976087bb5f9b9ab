#include "core/stats/correlation.h"

#include "core/base/job_context.h"
#include "core/base/large_buffer.h"
#include "core/base/thread_pool.h"
#include "core/stats/pairwise_sums.h"

#include <algorithm>
#include <atomic>
#include <bit>
#include <cmath>
#include <limits>
#include <memory>

namespace mlwb::core {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The presence word `word` of a column; all ones (cut at the last row) when it has no bitmap.
inline uint64_t presentWord(const uint64_t* present, size_t word, size_t rows)
{
    if (present) return present[word];
    const size_t left = rows - word * 64;
    return left >= 64 ? ~uint64_t{0} : (uint64_t{1} << left) - 1;
}

// Calls f(row) for every row where both a and b are present, in row order.
template <class F>
void forRowsInBoth(const uint64_t* a, const uint64_t* b, size_t rows, F&& f)
{
    const size_t words = (rows + 63) / 64;
    for (size_t w = 0; w < words; ++w) {
        uint64_t bits = presentWord(a, w, rows) & presentWord(b, w, rows);
        while (bits) {
            f(w * 64 + static_cast<size_t>(std::countr_zero(bits)));
            bits &= bits - 1;
        }
    }
}

double valueAt(const Column& column, size_t row)
{
    return column.type() == ColumnType::Float64 ? column.float64Values()[row]
                                                : static_cast<double>(column.int64Values()[row]);
}

double diagonal(const CorrelationColumn& column)
{
    return column.count >= 2 && column.varies ? 1.0 : kNaN;
}

// Two-pass Pearson over the rows both columns have; for the rare pairs whose fast sums
// cancelled too much (e.g. a column constant on the rows the other one has).
double directPearson(const CorrelationColumn& a, const CorrelationColumn& b, size_t rows)
{
    size_t n = 0;
    double sumA = 0.0;
    double sumB = 0.0;
    forRowsInBoth(a.present, b.present, rows, [&](size_t row) {
        ++n;
        sumA += valueAt(*a.column, row);
        sumB += valueAt(*b.column, row);
    });
    if (n < 2) return kNaN;
    const double meanA = sumA / static_cast<double>(n);
    const double meanB = sumB / static_cast<double>(n);
    double aa = 0.0, bb = 0.0, ab = 0.0;
    forRowsInBoth(a.present, b.present, rows, [&](size_t row) {
        const double da = valueAt(*a.column, row) - meanA;
        const double db = valueAt(*b.column, row) - meanB;
        aa += da * da;
        bb += db * db;
        ab += da * db;
    });
    if (aa == 0.0 || bb == 0.0) return kNaN;
    return std::clamp(ab / std::sqrt(aa * bb), -1.0, 1.0);
}

// Re-ranking `self` over the rows `other` also has only removes values, so each kept value's
// average rank drops by (removed values below it) + (removed values tied with it) / 2. In
// units of twice the rank that is L[k] + L[k + 1], where k = rank2 / 2 (distinct per tie
// group) and L[k] counts removed values whose group index is below k. Returns that sum as a
// table indexed by k (one lookup per row), or null when nothing is removed (other has no
// missing rows where self has values). `table` is scratch.
const uint32_t* rankCorrection(const CorrelationColumn& self, const CorrelationColumn& other, size_t rows,
                               LargeBuffer<uint32_t>& table)
{
    if (!other.present) return nullptr;
    const size_t size = self.count + 2;
    if (table.size() < size) table = LargeBuffer<uint32_t>(size);
    std::fill_n(table.data(), size, 0u);
    bool any = false;
    const size_t words = (rows + 63) / 64;
    for (size_t w = 0; w < words; ++w) {
        uint64_t removed = presentWord(self.present, w, rows) & ~other.present[w];
        while (removed) {
            const size_t row = w * 64 + static_cast<size_t>(std::countr_zero(removed));
            removed &= removed - 1;
            ++table[(self.rank2[row] >> 1) + 1];
            any = true;
        }
    }
    if (!any) return nullptr;
    uint32_t previous = table[0];  // L[0] = 0: no group index is table 0
    for (size_t k = 1; k < size; ++k) {
        const uint32_t current = previous + table[k];  // L[k]
        table[k - 1] = previous + current;             // L[k - 1] + L[k]
        previous = current;
    }
    return table.data();
}

template <bool Corrected>
inline double centeredRank(const uint32_t* rank2, const uint32_t* correction, size_t row, int64_t center)
{
    int64_t r = rank2[row];
    if constexpr (Corrected) r -= correction[r >> 1];
    return static_cast<double>(r - center);
}

struct RankSums {
    double aa = 0.0, bb = 0.0, ab = 0.0;
};

template <bool CorrectA, bool CorrectB>
RankSums rankSums(const CorrelationColumn& a, const uint32_t* correctionA, const CorrelationColumn& b,
                  const uint32_t* correctionB, size_t rows, int64_t center)
{
    RankSums sums;
    auto add = [&](size_t row) {
        const double da = centeredRank<CorrectA>(a.rank2, correctionA, row, center);
        const double db = centeredRank<CorrectB>(b.rank2, correctionB, row, center);
        sums.aa += da * da;
        sums.bb += db * db;
        sums.ab += da * db;
    };
    const size_t words = (rows + 63) / 64;
    for (size_t w = 0; w < words; ++w) {
        uint64_t bits = presentWord(a.present, w, rows) & presentWord(b.present, w, rows);
        if (bits == ~uint64_t{0}) {
            for (size_t row = w * 64; row < w * 64 + 64; ++row) add(row);  // most words: no bit games
            continue;
        }
        while (bits) {
            add(w * 64 + static_cast<size_t>(std::countr_zero(bits)));
            bits &= bits - 1;
        }
    }
    return sums;
}

// Spearman of a pair where at least one column misses values: Pearson of the ranks re-ranked
// over the rows both have. Centered exactly (the mean of twice the ranks of n values is n + 1).
double spearmanPairWithMissing(const CorrelationColumn& a, const CorrelationColumn& b, size_t rows,
                               LargeBuffer<uint32_t>& scratchA, LargeBuffer<uint32_t>& scratchB)
{
    size_t n = 0;
    const size_t words = (rows + 63) / 64;
    for (size_t w = 0; w < words; ++w)
        n += static_cast<size_t>(std::popcount(presentWord(a.present, w, rows) & presentWord(b.present, w, rows)));
    if (n < 2) return kNaN;
    const uint32_t* correctionA = rankCorrection(a, b, rows, scratchA);
    const uint32_t* correctionB = rankCorrection(b, a, rows, scratchB);
    const auto center = static_cast<int64_t>(n + 1);
    RankSums sums;
    if (correctionA && correctionB)
        sums = rankSums<true, true>(a, correctionA, b, correctionB, rows, center);
    else if (correctionA)
        sums = rankSums<true, false>(a, correctionA, b, correctionB, rows, center);
    else if (correctionB)
        sums = rankSums<false, true>(a, correctionA, b, correctionB, rows, center);
    else
        sums = rankSums<false, false>(a, correctionA, b, correctionB, rows, center);
    if (sums.aa == 0.0 || sums.bb == 0.0) return kNaN;
    return std::clamp(sums.ab / std::sqrt(sums.aa * sums.bb), -1.0, 1.0);
}

}  // namespace

Status pearsonMatrix(const std::vector<CorrelationColumn>& columns, size_t rows, ThreadPool& pool,
                     const JobContext& job, const std::function<void(double)>& progress, std::vector<double>& out)
{
    const size_t p = columns.size();
    out.assign(p * p, kNaN);
    if (p == 0) return Status::ok();
    std::vector<const uint64_t*> present(p);
    std::vector<size_t> count(p);
    for (size_t v = 0; v < p; ++v) {
        present[v] = columns[v].present;
        count[v] = columns[v].count;
    }
    const FillBlock fill = [&](size_t v, size_t begin, size_t end, double* x) {
        const CorrelationColumn& c = columns[v];
        const double center = c.center;
        if (c.column->type() == ColumnType::Float64) {
            const double* values = c.column->float64Values().data() + begin;
            for (size_t i = 0; i < end - begin; ++i) x[i] = values[i] - center;
        } else {
            const int64_t* values = c.column->int64Values().data() + begin;
            for (size_t i = 0; i < end - begin; ++i) x[i] = static_cast<double>(values[i]) - center;
        }
        // Then zero the (few) missing rows, whatever their stored value, NaN included.
        if (const uint64_t* bits = c.present) {
            for (size_t w = begin / 64; w * 64 < end; ++w) {
                uint64_t missing = ~bits[w];
                while (missing) {
                    const size_t row = w * 64 + static_cast<size_t>(std::countr_zero(missing));
                    missing &= missing - 1;
                    if (row >= begin && row < end) x[row - begin] = 0.0;
                }
            }
        }
    };
    PairwiseSums sums;
    MLWB_RETURN_IF_ERROR(computePairwiseSums(rows, present, count, fill, pool, job, progress, sums));

    std::vector<std::pair<size_t, size_t>> direct;
    for (size_t i = 0; i < p; ++i) {
        out[i * p + i] = diagonal(columns[i]);
        for (size_t j = 0; j < i; ++j) {
            if (!columns[i].varies || !columns[j].varies) continue;  // stays NaN
            if (const auto r = sums.correlation(i, j))
                out[i * p + j] = out[j * p + i] = *r;
            else
                direct.emplace_back(i, j);
        }
    }
    pool.parallelFor(direct.size(), [&](size_t k) {
        if (job.isCancelled()) return;
        const auto [i, j] = direct[k];
        out[i * p + j] = out[j * p + i] = directPearson(columns[i], columns[j], rows);
    });
    return job.checkCancelled();
}

Status spearmanMatrix(const std::vector<CorrelationColumn>& columns, size_t rows, ThreadPool& pool,
                      const JobContext& job, const std::function<void(double)>& progress, std::vector<double>& out)
{
    const size_t p = columns.size();
    out.assign(p * p, kNaN);
    if (p == 0) return Status::ok();
    for (size_t i = 0; i < p; ++i) out[i * p + i] = diagonal(columns[i]);

    // Complete columns: their global ranks are already the pairwise ranks -> one Gram product.
    std::vector<size_t> complete;
    for (size_t v = 0; v < p; ++v) {
        if (!columns[v].present) complete.push_back(v);
    }
    std::vector<std::pair<size_t, size_t>> pairs;  // the others, pair by pair
    for (size_t i = 0; i < p; ++i) {
        for (size_t j = 0; j < i; ++j) {
            if ((columns[i].present || columns[j].present) && columns[i].varies && columns[j].varies)
                pairs.emplace_back(i, j);
        }
    }
    const double gramShare = pairs.empty() ? 1.0 : 0.3;
    if (complete.size() >= 2) {
        const FillBlock fill = [&](size_t v, size_t begin, size_t end, double* x) {
            const CorrelationColumn& c = columns[complete[v]];
            const auto center = static_cast<double>(c.count + 1);
            for (size_t row = begin; row < end; ++row) x[row - begin] = static_cast<double>(c.rank2[row]) - center;
        };
        const std::vector<const uint64_t*> present(complete.size(), nullptr);
        const std::vector<size_t> count(complete.size(), rows);
        PairwiseSums sums;
        auto gramProgress = [&](double f) {
            if (progress) progress(f * gramShare);
        };
        MLWB_RETURN_IF_ERROR(computePairwiseSums(rows, present, count, fill, pool, job, gramProgress, sums));
        for (size_t a = 0; a < complete.size(); ++a) {
            for (size_t b = 0; b < a; ++b) {
                const size_t i = complete[a];
                const size_t j = complete[b];
                if (!columns[i].varies || !columns[j].varies) continue;
                // Centered integers: the sums are exact enough that no direct fallback is needed.
                const double r = sums.correlation(a, b).value_or(kNaN);
                out[i * p + j] = out[j * p + i] = r;
            }
        }
    }

    std::atomic<size_t> done{0};
    using Scratch = std::pair<LargeBuffer<uint32_t>, LargeBuffer<uint32_t>>;
    Lender<Scratch> lender;
    pool.parallelFor(pairs.size(), [&](size_t k) {
        if (job.isCancelled()) return;
        const auto [i, j] = pairs[k];
        Scratch scratch = lender.borrow([] { return Scratch{}; });
        out[i * p + j] = out[j * p + i] =
            spearmanPairWithMissing(columns[i], columns[j], rows, scratch.first, scratch.second);
        lender.giveBack(std::move(scratch));
        if (progress)
            progress(gramShare + (1.0 - gramShare) * static_cast<double>(++done) / static_cast<double>(pairs.size()));
    });
    return job.checkCancelled();
}

}  // namespace mlwb::core
