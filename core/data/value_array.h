// ValueArray: the immutable value buffer of a Column. It owns either a std::vector (columns
// built row by row, by transforms and tests) or a LargeBuffer (columns the CSV reader parsed
// straight into place: no zeroing, huge pages), and shows both as one contiguous array.
#pragma once

#include "core/base/large_buffer.h"

#include <cassert>
#include <cstddef>
#include <initializer_list>
#include <span>
#include <vector>

namespace mlwb::core {

template <class T>
class ValueArray {
public:
    ValueArray() = default;
    ValueArray(std::vector<T>&& values) : m_vector(std::move(values)), m_data(m_vector.data()), m_size(m_vector.size())
    {}
    ValueArray(const std::vector<T>& values) : ValueArray(std::vector<T>(values)) {}
    ValueArray(std::initializer_list<T> values) : ValueArray(std::vector<T>(values)) {}
    // The first `size` elements of `buffer` (which may be longer).
    ValueArray(LargeBuffer<T>&& buffer, size_t size) : m_large(std::move(buffer)), m_data(m_large.data()), m_size(size)
    {
        assert(size <= m_large.size());
    }

    // Moving a vector or a LargeBuffer keeps its heap block, so m_data stays valid.
    ValueArray(ValueArray&& other) noexcept
        : m_vector(std::move(other.m_vector)),
          m_large(std::move(other.m_large)),
          m_data(other.m_data),
          m_size(other.m_size)
    {
        other.m_data = nullptr;
        other.m_size = 0;
    }
    ValueArray& operator=(ValueArray&& other) noexcept
    {
        if (this != &other) {
            m_vector = std::move(other.m_vector);
            m_large = std::move(other.m_large);
            m_data = other.m_data;
            m_size = other.m_size;
            other.m_data = nullptr;
            other.m_size = 0;
        }
        return *this;
    }
    ValueArray(const ValueArray&) = delete;
    ValueArray& operator=(const ValueArray&) = delete;

    const T& operator[](size_t i) const { return m_data[i]; }
    const T* data() const { return m_data; }
    size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    std::span<const T> span() const { return {m_data, m_size}; }
    operator std::span<const T>() const { return span(); }
    // Bytes held, including any room past size().
    size_t capacityBytes() const { return m_vector.capacity() * sizeof(T) + m_large.size() * sizeof(T); }

private:
    std::vector<T> m_vector;
    LargeBuffer<T> m_large;
    const T* m_data = nullptr;
    size_t m_size = 0;
};

}  // namespace mlwb::core
