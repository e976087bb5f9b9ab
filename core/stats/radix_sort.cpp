#include "core/stats/radix_sort.h"

#include "core/base/job_context.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <utility>
#include <vector>

namespace mlwb::core {

namespace {

// The first pass splits on the (up to) 16 bits below the keys' common prefix, so that the
// buckets are small enough to finish in cache with byte-wise LSD passes; one long scatter
// over memory instead of six or eight (a VM's scatter costs more than its bandwidth suggests).
constexpr unsigned kTopBits = 16;
constexpr size_t kSmallBucket = 48;      // insertion sort below this
constexpr size_t kByteDigitsBelow = 4096;  // 8-bit digits below this, 11-bit ones (fewer passes) above

struct Span {
    uint64_t* keys;
    uint32_t* rows;  // null when sorting keys alone
};

void insertionSort(uint64_t* keys, uint32_t* rows, size_t n)
{
    for (size_t i = 1; i < n; ++i) {
        const uint64_t key = keys[i];
        const uint32_t row = rows ? rows[i] : 0;
        size_t j = i;
        while (j > 0 && keys[j - 1] > key) {
            keys[j] = keys[j - 1];
            if (rows) rows[j] = rows[j - 1];
            --j;
        }
        keys[j] = key;
        if (rows) rows[j] = row;
    }
}

// Sorts n entries on their low `bits` bits (the higher ones being equal) by stable LSD passes
// over kDigitBits-wide digits, ping-ponging between `data` and `other`; leaves the result in
// `result` (either of the two).
template <unsigned kDigitBits>
void lsdSort(Span data, Span other, size_t n, unsigned bits, Span result)
{
    constexpr size_t kDigits = size_t{1} << kDigitBits;
    const unsigned passes = (bits + kDigitBits - 1) / kDigitBits;
    std::array<std::array<uint32_t, kDigits>, (64 + kDigitBits - 1) / kDigitBits> counts;
    for (unsigned p = 0; p < passes; ++p) counts[p].fill(0);
    for (size_t i = 0; i < n; ++i) {
        const uint64_t key = data.keys[i];
        for (unsigned p = 0; p < passes; ++p) ++counts[p][(key >> (p * kDigitBits)) & (kDigits - 1)];
    }
    Span from = data;
    Span to = other;
    for (unsigned p = 0; p < passes; ++p) {
        const unsigned shift = p * kDigitBits;
        const auto& count = counts[p];
        if (count[(from.keys[0] >> shift) & (kDigits - 1)] == n) continue;  // all share this digit
        std::array<uint32_t, kDigits> offset;
        uint32_t sum = 0;
        for (size_t d = 0; d < kDigits; ++d) {
            offset[d] = sum;
            sum += count[d];
        }
        if (from.rows) {
            for (size_t i = 0; i < n; ++i) {
                const uint64_t key = from.keys[i];
                const uint32_t at = offset[(key >> shift) & (kDigits - 1)]++;
                to.keys[at] = key;
                to.rows[at] = from.rows[i];
            }
        } else {
            for (size_t i = 0; i < n; ++i) {
                const uint64_t key = from.keys[i];
                to.keys[offset[(key >> shift) & (kDigits - 1)]++] = key;
            }
        }
        std::swap(from, to);
    }
    if (from.keys != result.keys) {
        std::memcpy(result.keys, from.keys, n * sizeof(uint64_t));
        if (from.rows) std::memcpy(result.rows, from.rows, n * sizeof(uint32_t));
    }
}

}  // namespace

void SortBuffers::prepare(size_t capacity, bool wantRows)
{
    size = 0;
    withRows = wantRows;
    if (keys.size() < capacity) {
        keys = LargeBuffer<uint64_t>(capacity);
        scratchKeys = LargeBuffer<uint64_t>(capacity);
    }
    if (withRows && rows.size() < capacity) {
        rows = LargeBuffer<uint32_t>(capacity);
        scratchRows = LargeBuffer<uint32_t>(capacity);
    }
}

bool radixSort(SortBuffers& buffers, const JobContext& job)
{
    const size_t n = buffers.size;
    if (n < 2) return true;
    const bool withRows = buffers.withRows;
    uint64_t* keys = buffers.keys.data();
    uint32_t* rows = withRows ? buffers.rows.data() : nullptr;
    uint64_t* scratchKeys = buffers.scratchKeys.data();
    uint32_t* scratchRows = withRows ? buffers.scratchRows.data() : nullptr;

    uint64_t lo = keys[0];
    uint64_t hi = keys[0];
    for (size_t i = 1; i < n; ++i) {
        lo = std::min(lo, keys[i]);
        hi = std::max(hi, keys[i]);
    }
    if (lo == hi) return true;
    // Bits above the highest one where lo and hi differ are common to all keys.
    const unsigned prefixEnd = 64 - static_cast<unsigned>(std::countl_zero(lo ^ hi));
    const unsigned low = prefixEnd > kTopBits ? prefixEnd - kTopBits : 0;
    const size_t buckets = size_t{1} << (prefixEnd - low);
    const uint64_t mask = buckets - 1;

    // MSD pass: scatter into scratch by the top digit.
    std::vector<uint32_t> start(buckets + 1, 0);
    for (size_t i = 0; i < n; ++i) ++start[((keys[i] >> low) & mask) + 1];
    for (size_t b = 0; b < buckets; ++b) start[b + 1] += start[b];
    {
        std::vector<uint32_t> offset(start.begin(), start.end() - 1);
        if (withRows) {
            for (size_t i = 0; i < n; ++i) {
                const uint32_t at = offset[(keys[i] >> low) & mask]++;
                scratchKeys[at] = keys[i];
                scratchRows[at] = rows[i];
            }
        } else {
            for (size_t i = 0; i < n; ++i) scratchKeys[offset[(keys[i] >> low) & mask]++] = keys[i];
        }
    }
    if (job.isCancelled()) return false;

    // Each bucket: sort its low bits in cache, ending in keys/rows at the same place.
    size_t sinceCheck = 0;
    for (size_t b = 0; b < buckets; ++b) {
        const size_t begin = start[b];
        const size_t m = start[b + 1] - begin;
        if (m == 0) continue;
        const Span source{scratchKeys + begin, withRows ? scratchRows + begin : nullptr};
        const Span target{keys + begin, withRows ? rows + begin : nullptr};
        if (m < kSmallBucket || low == 0) {
            std::memcpy(target.keys, source.keys, m * sizeof(uint64_t));
            if (withRows) std::memcpy(target.rows, source.rows, m * sizeof(uint32_t));
            if (low > 0) insertionSort(target.keys, target.rows, m);
        } else if (m < kByteDigitsBelow) {
            lsdSort<8>(source, target, m, low, target);
        } else {
            lsdSort<11>(source, target, m, low, target);
        }
        sinceCheck += m;
        if (sinceCheck >= (size_t{1} << 18)) {
            if (job.isCancelled()) return false;
            sinceCheck = 0;
        }
    }
    return true;
}

}  // namespace mlwb::core
