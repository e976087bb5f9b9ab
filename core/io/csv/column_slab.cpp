#include "core/io/csv/column_slab.h"

#include <cstring>
#include <sys/mman.h>

namespace mlwb::core::csv {

namespace {

template <class T>
void shrinkTo(std::vector<T>& v, size_t rows)
{
    v.resize(rows);
    // Rows are fewer than the bound only with blank lines, multi-line fields or skipped rows;
    // give back a big over-allocation.
    if (v.capacity() > rows + rows / 4 + 4096) v.shrink_to_fit();
}

}  // namespace

void adviseHugePages(void* data, size_t bytes)
{
#ifdef MADV_HUGEPAGE
    // Only the huge pages wholly inside the buffer (measured: advising the partial ones at the
    // edges costs more zeroing than it saves in faults).
    constexpr uintptr_t kHuge = uintptr_t{2} << 20;
    const auto begin = (reinterpret_cast<uintptr_t>(data) + kHuge - 1) & ~(kHuge - 1);
    const auto end = (reinterpret_cast<uintptr_t>(data) + bytes) & ~(kHuge - 1);
    if (end > begin) ::madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
#else
    (void)data;
    (void)bytes;
#endif
}

void ColumnSlab::allocate(size_t rows, bool asDouble)
{
    m_allocated = true;
    m_isDouble = asDouble;
    if (asDouble) {
        m_doubles.reserve(rows);
        adviseHugePages(m_doubles.data(), rows * sizeof(double));
        m_doubles.resize(rows);
    } else {
        m_ints.reserve(rows);
        adviseHugePages(m_ints.data(), rows * sizeof(int64_t));
        m_ints.resize(rows);
    }
}

void ColumnSlab::allocateCodes(size_t rows)
{
    m_hasCodes = true;
    m_codes.reserve(rows);
    adviseHugePages(m_codes.data(), rows * sizeof(int32_t));
    m_codes.resize(rows);
}

std::vector<int32_t> ColumnSlab::takeCodes(size_t rows)
{
    std::vector<int32_t> out = std::move(m_codes);
    shrinkTo(out, rows);
    m_hasCodes = false;
    return out;
}

unsigned char* ColumnSlab::bytes()
{
    return m_isDouble ? reinterpret_cast<unsigned char*>(m_doubles.data())
                      : reinterpret_cast<unsigned char*>(m_ints.data());
}

std::vector<double> ColumnSlab::takeDoubles(size_t rows)
{
    std::vector<double> out;
    if (m_isDouble) {
        out = std::move(m_doubles);
    } else {
        out.resize(rows);
        if (rows) std::memcpy(out.data(), m_ints.data(), rows * 8);
        std::vector<int64_t>().swap(m_ints);
    }
    shrinkTo(out, rows);
    m_allocated = false;
    return out;
}

std::vector<int64_t> ColumnSlab::takeInts(size_t rows)
{
    std::vector<int64_t> out;
    if (!m_isDouble) {
        out = std::move(m_ints);
    } else {
        out.resize(rows);
        if (rows) std::memcpy(out.data(), m_doubles.data(), rows * 8);
        std::vector<double>().swap(m_doubles);
    }
    shrinkTo(out, rows);
    m_allocated = false;
    return out;
}

}  // namespace mlwb::core::csv
