#include "core/ml/trees/grouped_bins.h"

#include "core/base/thread_pool.h"

#include <algorithm>
#include <cstring>

namespace mlwb::core::ml::trees {

namespace {

constexpr size_t kBinSlots = 256;  // value bins and the missing bin

using Slot = double __attribute__((vector_size(kGradientStride * sizeof(double))));
static_assert(sizeof(Slot) == kGradientStride * sizeof(double));

// A node's scattered rows cost one cache line per four features instead of one per feature,
// and each row's payload is loaded once for all four.
template <bool Indexed>
inline __attribute__((always_inline)) void sumRows(const uint32_t* packed, const uint32_t* rows, size_t count,
                                                   const double* ordered, double* const* hists)
{
    for (size_t i = 0; i < count; ++i) {
        const uint32_t bins = packed[Indexed ? rows[i] : i];
        Slot value;
        std::memcpy(&value, ordered + i * kGradientStride, sizeof(Slot));
        for (int j = 0; j < GroupedBins::kWidth; ++j) {
            double* at = hists[j] + static_cast<size_t>((bins >> (8 * j)) & 0xffu) * kGradientStride;
            Slot sum;
            std::memcpy(&sum, at, sizeof(Slot));
            sum += value;
            std::memcpy(at, &sum, sizeof(Slot));
        }
    }
}

// The kernel is store-bound: with AVX2 a bin's four doubles are one 32-byte store instead of
// two, so x86-64 builds carry both versions and the loader picks one for the processor.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define MLWB_KERNEL_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define MLWB_KERNEL_CLONES
#endif

MLWB_KERNEL_CLONES void sumIndexedRows(const uint32_t* packed, const uint32_t* rows, size_t count,
                                       const double* ordered, double* const* hists)
{
    sumRows<true>(packed, rows, count, ordered, hists);
}

MLWB_KERNEL_CLONES void sumAllRows(const uint32_t* packed, size_t count, const double* ordered, double* const* hists)
{
    sumRows<false>(packed, nullptr, count, ordered, hists);
}

}  // namespace

GroupedBins::GroupedBins(const BinnedMatrix& X)
    : m_rows(static_cast<size_t>(X.rows)), m_features(static_cast<int>(X.cols()))
{
    m_groups = (m_features + kWidth - 1) / kWidth;
    for (const auto& feature : X.features) m_binCounts.push_back(feature.binCount);
    m_packed.assign(static_cast<size_t>(m_groups) * m_rows, 0);
    ThreadPool::global().parallelFor(static_cast<size_t>(m_groups), [&](size_t g) {
        uint32_t* packed = m_packed.data() + g * m_rows;
        for (int j = 0; j < kWidth; ++j) {
            const int f = static_cast<int>(g) * kWidth + j;
            if (f >= m_features) break;
            const uint8_t* column = X.column(f);
            for (size_t r = 0; r < m_rows; ++r) packed[r] |= static_cast<uint32_t>(column[r]) << (8 * j);
        }
    });
}

void GroupedBins::accumulate(int group, const uint32_t* rows, size_t count, const double* ordered,
                             double* const* hists) const
{
    // Unwanted slots still receive sums (the kernel has no branch per feature): into a
    // buffer of this thread's own.
    thread_local std::vector<double> discard(kWidth * kBinSlots * kGradientStride);
    double* targets[kWidth];
    for (int j = 0; j < kWidth; ++j) {
        const int f = group * kWidth + j;
        targets[j] = hists[j] ? hists[j] : discard.data() + static_cast<size_t>(j) * kBinSlots * kGradientStride;
        // Only the bins a feature uses (its values and the missing bin; bin 0 for padding)
        // can receive rows.
        const size_t used = f < m_features ? static_cast<size_t>(m_binCounts[static_cast<size_t>(f)]) : 1;
        std::fill(targets[j], targets[j] + used * kGradientStride, 0.0);
        std::fill(targets[j] + (kBinSlots - 1) * kGradientStride, targets[j] + kBinSlots * kGradientStride, 0.0);
    }
    const uint32_t* packed = m_packed.data() + static_cast<size_t>(group) * m_rows;
    if (rows)
        sumIndexedRows(packed, rows, count, ordered, targets);
    else
        sumAllRows(packed, count, ordered, targets);
}

}  // namespace mlwb::core::ml::trees
