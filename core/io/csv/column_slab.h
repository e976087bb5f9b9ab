// ColumnSlab: the final value buffer of one column (64-bit values of an Int64/Float64/DateTime
// column, or int32 codes of a Categorical one), allocated once for the whole file so parallel
// chunks write straight into place (no per-chunk buffers, no concatenation copy). Used by the
// CSV reader and the column assembler.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace mlwb::core::csv {

class ColumnSlab {
public:
    // Room for `rows` 64-bit values. asDouble picks the vector type the Column will want
    // (from the sniffed kind), so the common case hands the buffer over without a copy.
    void allocate(size_t rows, bool asDouble);
    bool isAllocated() const { return m_allocated; }
    bool isDouble() const { return m_isDouble; }
    unsigned char* bytes();

    // Room for `rows` int32 dictionary codes.
    void allocateCodes(size_t rows);
    bool hasCodes() const { return m_hasCodes; }
    int32_t* codes() { return m_codes.data(); }
    std::vector<int32_t> takeCodes(size_t rows);

    // The buffer as the Column's vector, `rows` long; values are whatever bit patterns were
    // written. Converts (one copy) when the final type differs from the allocated one.
    std::vector<double> takeDoubles(size_t rows);
    std::vector<int64_t> takeInts(size_t rows);

private:
    bool m_allocated = false;
    bool m_isDouble = false;
    std::vector<double> m_doubles;
    std::vector<int64_t> m_ints;
    bool m_hasCodes = false;
    std::vector<int32_t> m_codes;
};

// Asks for transparent huge pages on a large fresh buffer before it is first touched: a
// 200 MB load otherwise spends a sizeable share of its time in 4 KB page faults.
void adviseHugePages(void* data, size_t bytes);

}  // namespace mlwb::core::csv
