// ColumnSlab: the final value buffer of one column (64-bit values of an Int64/Float64/DateTime
// column, or int32 codes of a Categorical one), allocated once for the whole file so parallel
// chunks write straight into place (no per-chunk buffers, no concatenation copy). The buffer is
// left uninitialized: every row is written by the chunk that parses it, so each page is first
// touched by the thread that fills it. Used by the CSV reader and the column assembler.
#pragma once

#include "core/base/large_buffer.h"
#include "core/data/value_array.h"

#include <cstddef>
#include <cstdint>

namespace mlwb::core::csv {

class ColumnSlab {
public:
    // Room for `rows` 64-bit values.
    void allocate(size_t rows);
    bool isAllocated() const { return static_cast<bool>(m_words); }
    unsigned char* bytes() { return reinterpret_cast<unsigned char*>(m_words.data()); }

    // Room for `rows` int32 dictionary codes.
    void allocateCodes(size_t rows);
    bool hasCodes() const { return static_cast<bool>(m_codes); }
    int32_t* codes() { return m_codes.data(); }

    // The first `rows` values as the Column's array; the slab is empty afterwards. Values are
    // whatever bit patterns were written.
    ValueArray<int32_t> takeCodes(size_t rows);
    ValueArray<double> takeDoubles(size_t rows);
    ValueArray<int64_t> takeInts(size_t rows);

private:
    LargeBuffer<uint64_t> m_words;
    LargeBuffer<int32_t> m_codes;
};

}  // namespace mlwb::core::csv
