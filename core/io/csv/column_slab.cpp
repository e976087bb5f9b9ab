#include "core/io/csv/column_slab.h"

#include <cstring>

namespace mlwb::core::csv {

namespace {

// Rows are fewer than the bound only with blank lines, multi-line fields or skipped rows;
// a big over-allocation is given back by copying the rows into a buffer of their size.
template <class T>
ValueArray<T> fitted(LargeBuffer<T> buffer, size_t rows)
{
    if (buffer.size() > rows + rows / 4 + 4096) {
        LargeBuffer<T> exact(rows);
        if (rows) std::memcpy(exact.data(), buffer.data(), rows * sizeof(T));
        return ValueArray<T>(std::move(exact), rows);
    }
    return ValueArray<T>(std::move(buffer), rows);
}

}  // namespace

void ColumnSlab::allocate(size_t rows)
{
    m_words = LargeBuffer<uint64_t>(rows);
}

void ColumnSlab::allocateCodes(size_t rows)
{
    m_codes = LargeBuffer<int32_t>(rows);
}

ValueArray<int32_t> ColumnSlab::takeCodes(size_t rows)
{
    return fitted(std::move(m_codes), rows);
}

ValueArray<double> ColumnSlab::takeDoubles(size_t rows)
{
    return fitted(std::move(m_words).reinterpretAs<double>(), rows);
}

ValueArray<int64_t> ColumnSlab::takeInts(size_t rows)
{
    return fitted(std::move(m_words).reinterpretAs<int64_t>(), rows);
}

}  // namespace mlwb::core::csv
