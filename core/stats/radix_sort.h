// Order-preserving 64-bit keys for doubles and int64s, and a radix sort of them carrying row numbers
// along. Used by the numeric column summary: one sort gives min/max, quantiles, distinct and ranks.
#pragma once

#include "core/base/large_buffer.h"

#include <bit>
#include <cstddef>
#include <cstdint>

namespace mlwb::core {

class JobContext;

inline constexpr uint64_t kKeySignBit = uint64_t{1} << 63;

// Unsigned comparison of the keys orders like the doubles. Not for NaN. -0.0 is folded into
// +0.0 first (x + 0.0 does that) so the two compare equal, as they do as doubles.
inline uint64_t orderedKey(double value)
{
    const uint64_t bits = std::bit_cast<uint64_t>(value + 0.0);
    return (bits & kKeySignBit) ? ~bits : bits | kKeySignBit;
}

inline double doubleFromKey(uint64_t key)
{
    return std::bit_cast<double>((key & kKeySignBit) ? key & ~kKeySignBit : ~key);
}

inline uint64_t orderedKey(int64_t value)
{
    return static_cast<uint64_t>(value) ^ kKeySignBit;
}

inline int64_t int64FromKey(uint64_t key)
{
    return static_cast<int64_t>(key ^ kKeySignBit);
}

// Keys (and optionally rows) with scratch space of the same size; radixSort ping-pongs between
// them and leaves the sorted data in `keys`/`rows`. Reusable from column to column.
struct SortBuffers {
    // Makes room for `capacity` entries (keeping larger arrays) and sets size = 0.
    void prepare(size_t capacity, bool withRows);

    size_t size = 0;  // filled entries
    bool withRows = false;
    // The smallest and largest of the keys, when whoever filled them kept track (saves the
    // sort a pass); prepare() forgets them.
    bool rangeKnown = false;
    uint64_t minKey = 0;
    uint64_t maxKey = 0;
    LargeBuffer<uint64_t> keys, scratchKeys;
    LargeBuffer<uint32_t> rows, scratchRows;
};

// Sorts the first `size` keys ascending, stably, moving rows along: one scatter on the 16 bits
// below the keys' common prefix, then each (cache-sized) bucket by byte-wise LSD passes that
// skip digits all its keys share. Returns false when the job was cancelled (the buffers are
// then in no particular order).
bool radixSort(SortBuffers& buffers, const JobContext& job);

}  // namespace mlwb::core
