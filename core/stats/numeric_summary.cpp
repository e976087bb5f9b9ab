#include "core/stats/numeric_summary.h"

#include "core/stats/quantiles.h"
#include "core/stats/radix_sort.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace mlwb::core {

namespace {

// Rows between two cancellation checks while filling keys: cheap enough, prompt enough.
constexpr size_t kCheckWords = 1024;  // 65,536 rows

// Builds the keys (and rows) of the present values; returns false when cancelled. No sums
// here: the mean and variance come from the sorted walk, shifted by the median.
template <class Value, class IsNan>
bool fillKeys(const Column& column, const Value* values, IsNan isNan, const JobContext& job, SortBuffers& buffers,
              bool& sawNan)
{
    const size_t rows = column.size();
    const std::vector<uint64_t>& validity = column.validityBits();
    uint64_t* keys = buffers.keys.data();
    uint32_t* rowOut = buffers.withRows ? buffers.rows.data() : nullptr;
    size_t n = 0;
    bool nan = false;
    uint64_t lo = ~uint64_t{0};
    uint64_t hi = 0;
    const size_t words = (rows + 63) / 64;
    for (size_t word = 0; word < words; ++word) {
        if (word % kCheckWords == 0 && job.isCancelled()) return false;
        const size_t begin = word * 64;
        const size_t end = std::min(rows, begin + 64);
        const uint64_t bits = validity.empty() ? ~uint64_t{0} : validity[word];
        if (bits == ~uint64_t{0}) {
            bool anyNan = false;
            for (size_t row = begin; row < end; ++row) anyNan |= isNan(values[row]);
            if (!anyNan) {
                // The common block: every value present and a number. No data-dependent
                // index, so the compiler vectorizes it.
                uint64_t* out = keys + n;
                for (size_t row = begin; row < end; ++row) {
                    const uint64_t key = orderedKey(values[row]);
                    lo = std::min(lo, key);
                    hi = std::max(hi, key);
                    out[row - begin] = key;
                }
                if (rowOut) {
                    for (size_t row = begin; row < end; ++row) rowOut[n + row - begin] = static_cast<uint32_t>(row);
                }
                n += end - begin;
                continue;
            }
            for (size_t row = begin; row < end; ++row) {
                const Value value = values[row];
                const bool skip = isNan(value);
                nan |= skip;
                const uint64_t key = orderedKey(value);
                lo = skip ? lo : std::min(lo, key);
                hi = skip ? hi : std::max(hi, key);
                keys[n] = key;
                if (rowOut) rowOut[n] = static_cast<uint32_t>(row);
                n += !skip;  // a NaN's slot is overwritten by the next value
            }
        } else {
            for (size_t row = begin; row < end; ++row) {
                if (!((bits >> (row - begin)) & 1u)) continue;
                const Value value = values[row];
                const bool skip = isNan(value);
                nan |= skip;
                const uint64_t key = orderedKey(value);
                lo = skip ? lo : std::min(lo, key);
                hi = skip ? hi : std::max(hi, key);
                keys[n] = key;
                if (rowOut) rowOut[n] = static_cast<uint32_t>(row);
                n += !skip;
            }
        }
    }
    buffers.size = n;
    buffers.rangeKnown = n > 0;
    buffers.minKey = lo;
    buffers.maxKey = hi;
    sawNan = nan;
    return true;
}

bool summarizeWith(SortBuffers& buffers, const Column& column, const ProfileOptions& options, bool wantRanks,
                   const JobContext& job, ColumnProfile& profile, NumericColumnWork& work)
{
    const size_t rows = column.size();
    const bool isFloat = column.type() == ColumnType::Float64;
    buffers.prepare(rows - column.nullCount(), wantRanks);

    bool sawNan = false;
    const bool finished =
        isFloat
            ? fillKeys(
                  column, column.float64Values().data(), [](double v) { return std::isnan(v); }, job, buffers, sawNan)
            : fillKeys(
                  column, column.int64Values().data(), [](int64_t) { return false; }, job, buffers, sawNan);
    if (!finished) return false;

    // Correlations must skip NaN rows too, so they get a validity of their own.
    if (sawNan) {
        work.ownedPresent = column.validityBits();
        if (work.ownedPresent.empty()) {
            work.ownedPresent.assign((rows + 63) / 64, ~uint64_t{0});
            if (rows % 64 != 0) work.ownedPresent.back() = (uint64_t{1} << (rows % 64)) - 1;
        }
        const auto values = column.float64Values();
        for (size_t row = 0; row < rows; ++row) {
            if (std::isnan(values[row])) work.ownedPresent[row >> 6] &= ~(uint64_t{1} << (row & 63));
        }
        work.present = work.ownedPresent.data();
    } else {
        work.present = column.validityBits().empty() ? nullptr : column.validityBits().data();
    }

    const size_t n = buffers.size;
    profile.count = n;
    profile.missing = rows - n;
    profile.histogram = Histogram{};
    profile.histogram.missing = profile.missing;
    if (wantRanks) {
        work.rank2 = LargeBuffer<uint32_t>(rows);
        if (n < rows) std::fill_n(work.rank2.data(), rows, static_cast<uint32_t>(n + 1));
    }
    if (n == 0) return !job.isCancelled();

    if (!radixSort(buffers, job)) return false;

    // Tie groups give the ranks (when wanted); then one pass over the sorted keys counts the
    // distinct values and decodes each key in place to the bits of its double, so that quantiles
    // and the histogram can index the sorted values. Sums are of deviations from the median, which lies within one
    // standard deviation of the mean, so the one-pass variance below loses no precision to cancellation.
    uint64_t* keys = buffers.keys.data();
    const uint32_t* sortedRows = buffers.rows.data();
    uint32_t* rank2 = work.rank2.data();
    auto decode = [isFloat](uint64_t key) {
        return isFloat ? doubleFromKey(key) : static_cast<double>(int64FromKey(key));
    };
    const double shift = decode(keys[n / 2]);
    if (rank2) {
        size_t groupStart = 0;
        for (size_t i = 1; i < n; ++i) {
            if (keys[i] == keys[i - 1]) continue;
            // 1-based ranks groupStart+1 .. i average to (groupStart + i + 1) / 2.
            const auto twiceRank = static_cast<uint32_t>(groupStart + i + 1);
            for (size_t k = groupStart; k < i; ++k) rank2[sortedRows[k]] = twiceRank;
            groupStart = i;
            if ((i & 0xFFFFF) == 0 && job.isCancelled()) return false;
        }
        const auto twiceRank = static_cast<uint32_t>(groupStart + n + 1);
        for (size_t k = groupStart; k < n; ++k) rank2[sortedRows[k]] = twiceRank;
    }
    // Four lanes break the floating-point add chains; the combination order is fixed.
    double deviationLanes[4] = {0.0, 0.0, 0.0, 0.0};
    double squaredLanes[4] = {0.0, 0.0, 0.0, 0.0};
    // Distinct values counted in the same pass, without a branch (duplicates are common and
    // unpredictable).
    size_t distinct = 1;
    uint64_t previous = keys[0];
    for (size_t i = 0; i < n; ++i) {
        distinct += keys[i] != previous;
        previous = keys[i];
        const double value = decode(keys[i]);
        const double deviation = value - shift;
        deviationLanes[i & 3] += deviation;
        squaredLanes[i & 3] += deviation * deviation;
        keys[i] = std::bit_cast<uint64_t>(value);
    }
    const double deviationSum = (deviationLanes[0] + deviationLanes[1]) + (deviationLanes[2] + deviationLanes[3]);
    const double squaredSum = (squaredLanes[0] + squaredLanes[1]) + (squaredLanes[2] + squaredLanes[3]);

    auto sortedAt = [keys](size_t i) { return std::bit_cast<double>(keys[i]); };
    profile.distinct = distinct;
    profile.min = sortedAt(0);
    profile.max = sortedAt(n - 1);
    if (*profile.min == *profile.max) {
        // Exact for constant columns, where sum / n could be off by an ulp.
        profile.mean = *profile.min;
        if (n >= 2) profile.std = 0.0;
    } else {
        const double dn = static_cast<double>(n);
        const double mean = shift + deviationSum / dn;
        if (!std::isnan(mean)) profile.mean = mean;
        if (n >= 2) {
            const double m2 = std::max(0.0, squaredSum - deviationSum * deviationSum / dn);
            const double spread = std::sqrt(m2 / (dn - 1.0));
            if (!std::isnan(spread)) profile.std = spread;
        }
    }
    profile.quantiles.clear();
    for (double level : quantileLevels()) profile.quantiles.push_back(quantileOfSorted(n, sortedAt, level));
    profile.histogram =
        histogramOfSorted(n, sortedAt, profile.missing, options.histogramBins, column.type() == ColumnType::Int64);
    return true;
}

}  // namespace

bool summarizeNumericColumn(const Column& column, const ProfileOptions& options, bool wantRanks, const JobContext& job,
                            Lender<SortBuffers>& sortLender, ColumnProfile& profile, NumericColumnWork& work)
{
    SortBuffers buffers = sortLender.borrow([] { return SortBuffers{}; });
    const bool finished = summarizeWith(buffers, column, options, wantRanks, job, profile, work);
    sortLender.giveBack(std::move(buffers));
    return finished;
}

}  // namespace mlwb::core
