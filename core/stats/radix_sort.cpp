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
// buckets are small enough to finish in cache; one long scatter over memory instead of six or
// eight (a VM's scatter costs more than its bandwidth suggests).
constexpr unsigned kTopBits = 16;
constexpr size_t kSmallBucket = 48;  // insertion sort below this

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

// Sorts n entries on their low `bits` bits (the higher ones being equal), stably, from `source`
// into `target` (`source` serves as scratch). Most significant digit first, with a digit about
// as wide as the bucket is large, so a bucket of uniformly spread values is split into runs of
// one or two in a single scatter; runs that stay large (clustered values) are split again on the
// next bits. The digit is at most 12 bits, so the counts stay in L1.
void msdSort(Span source, Span target, size_t n, unsigned bits)
{
    while (true) {
        if (n < kSmallBucket || bits == 0) {
            std::memcpy(target.keys, source.keys, n * sizeof(uint64_t));
            if (source.rows) std::memcpy(target.rows, source.rows, n * sizeof(uint32_t));
            if (bits > 0) insertionSort(target.keys, target.rows, n);
            return;
        }
        const unsigned width = std::min(bits, std::clamp<unsigned>(static_cast<unsigned>(std::bit_width(n)), 4, 12));
        const unsigned shift = bits - width;
        const uint64_t mask = (uint64_t{1} << width) - 1;
        // next[d]: where the next key with digit d goes; after the scatter, where run d ends.
        std::array<uint32_t, (size_t{1} << 12) + 1> next;
        std::fill_n(next.begin(), mask + 2, 0u);
        for (size_t i = 0; i < n; ++i) ++next[((source.keys[i] >> shift) & mask) + 1];
        if (next[((source.keys[0] >> shift) & mask) + 1] == n) {
            bits = shift;  // every key has the same digit here: go on with the next ones
            continue;
        }
        for (size_t d = 0; d <= mask; ++d) next[d + 1] += next[d];
        if (source.rows) {
            for (size_t i = 0; i < n; ++i) {
                const uint32_t at = next[(source.keys[i] >> shift) & mask]++;
                target.keys[at] = source.keys[i];
                target.rows[at] = source.rows[i];
            }
        } else {
            for (size_t i = 0; i < n; ++i) target.keys[next[(source.keys[i] >> shift) & mask]++] = source.keys[i];
        }
        if (shift == 0) return;
        // Runs of one or two (the common case after a digit as wide as the bucket) are finished
        // without a data-dependent branch: a conditional swap of the first two slots, undone
        // when the run is shorter (then both slots are rewritten with what they held).
        // The slot after the last run is readable: buffers are one entry longer than their data.
        for (size_t d = 0; d <= mask; ++d) {
            const size_t begin = d == 0 ? 0 : next[d - 1];
            const size_t m = next[d] - begin;
            uint64_t* keys = target.keys + begin;
            if (m <= 2) {
                const uint64_t a = keys[0];
                const uint64_t b = keys[1];
                // All ones when the two must trade places (xor-swap: compilers keep it branch-free).
                const uint64_t swap = uint64_t{0} - static_cast<uint64_t>((m == 2) & (b < a));
                const uint64_t flip = (a ^ b) & swap;
                keys[0] = a ^ flip;
                keys[1] = b ^ flip;
                if (target.rows) {
                    uint32_t* rows = target.rows + begin;
                    const uint32_t rowFlip = (rows[0] ^ rows[1]) & static_cast<uint32_t>(swap);
                    rows[0] ^= rowFlip;
                    rows[1] ^= rowFlip;
                }
                continue;
            }
            const Span run{keys, target.rows ? target.rows + begin : nullptr};
            if (m < kSmallBucket) {
                insertionSort(run.keys, run.rows, m);
                continue;
            }
            // Sort the run into the scratch side, then bring it back.
            const Span scratch{source.keys + begin, source.rows ? source.rows + begin : nullptr};
            msdSort(run, scratch, m, shift);
            std::memcpy(run.keys, scratch.keys, m * sizeof(uint64_t));
            if (run.rows) std::memcpy(run.rows, scratch.rows, m * sizeof(uint32_t));
        }
        return;
    }
}

}  // namespace

void SortBuffers::prepare(size_t capacity, bool wantRows)
{
    size = 0;
    withRows = wantRows;
    rangeKnown = false;
    // One spare entry: the sort reads (and rewrites unchanged) the slot after its last run.
    if (keys.size() < capacity + 1) {
        keys = LargeBuffer<uint64_t>(capacity + 1);
        scratchKeys = LargeBuffer<uint64_t>(capacity + 1);
    }
    if (withRows && rows.size() < capacity + 1) {
        rows = LargeBuffer<uint32_t>(capacity + 1);
        scratchRows = LargeBuffer<uint32_t>(capacity + 1);
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

    uint64_t lo = buffers.minKey;
    uint64_t hi = buffers.maxKey;
    if (!buffers.rangeKnown) {
        lo = hi = keys[0];
        for (size_t i = 1; i < n; ++i) {
            lo = std::min(lo, keys[i]);
            hi = std::max(hi, keys[i]);
        }
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
        msdSort(source, target, m, low);
        sinceCheck += m;
        if (sinceCheck >= (size_t{1} << 18)) {
            if (job.isCancelled()) return false;
            sinceCheck = 0;
        }
    }
    return true;
}

}  // namespace mlwb::core
