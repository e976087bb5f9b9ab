// LargeBuffer: an uninitialized array for million-row data (column values, sort scratch), on
// transparent huge pages where Linux offers them; and Lender, which passes reusable buffers
// from task to task. Used by the CSV reader's column slabs, Column storage and the statistics.
//
// Why not std::vector: a vector zeroes what it allocates (one more pass over fresh memory), and
// glibc serves a few-megabyte block from its heap or from 4 KB pages. On virtual machines a
// fresh 4 KB page costs microseconds to fault in; a 2 MB huge page costs about the same once.
#pragma once

#include <cstddef>
#include <memory>
#include <mutex>
#include <type_traits>
#include <utility>
#include <vector>

namespace mlwb::core {

namespace detail {
// Buffers of at least this many bytes get their own huge-page-aligned mapping.
inline constexpr size_t kLargeAllocationBytes = size_t{2} << 20;
// bytes rounded up to what allocateLarge() reserves (what freeLarge() must be told).
size_t largeAllocationSize(size_t bytes);
void* allocateLarge(size_t bytes);
void freeLarge(void* pointer, size_t bytes) noexcept;
}  // namespace detail

template <class T>
class LargeBuffer {
    static_assert(std::is_trivially_copyable_v<T>, "LargeBuffer holds raw numbers");

public:
    LargeBuffer() = default;
    // `size` elements, uninitialized.
    explicit LargeBuffer(size_t size)
        : m_data(static_cast<T*>(detail::allocateLarge(size * sizeof(T))), Free{size * sizeof(T)}), m_size(size)
    {}

    T* data() { return m_data.get(); }
    const T* data() const { return m_data.get(); }
    T& operator[](size_t i) { return m_data.get()[i]; }
    const T& operator[](size_t i) const { return m_data.get()[i]; }
    size_t size() const { return m_size; }
    explicit operator bool() const { return m_data != nullptr; }

    // The same bytes as another element type of the same size (int64 bits read as doubles...).
    template <class U>
    LargeBuffer<U> reinterpretAs() &&
    {
        static_assert(sizeof(U) == sizeof(T) && std::is_trivially_copyable_v<U>);
        LargeBuffer<U> out;
        out.m_size = m_size;
        out.m_data = std::unique_ptr<U, typename LargeBuffer<U>::Free>(
            reinterpret_cast<U*>(m_data.release()), typename LargeBuffer<U>::Free{m_size * sizeof(T)});
        m_size = 0;
        return out;
    }

    friend void swap(LargeBuffer& a, LargeBuffer& b) noexcept
    {
        std::swap(a.m_data, b.m_data);
        std::swap(a.m_size, b.m_size);
    }

private:
    template <class>
    friend class LargeBuffer;

    struct Free {
        size_t bytes = 0;
        void operator()(T* p) const noexcept { detail::freeLarge(p, bytes); }
    };
    std::unique_ptr<T, Free> m_data;
    size_t m_size = 0;
};

// Thread-safe stack of reusable objects: borrow() pops one (or makes one with `make`),
// giveBack() returns it. At most one object per concurrently running task ever exists.
template <class T>
class Lender {
public:
    template <class Make>
    T borrow(Make&& make)
    {
        {
            std::lock_guard lock(m_mutex);
            if (!m_free.empty()) {
                T item = std::move(m_free.back());
                m_free.pop_back();
                return item;
            }
        }
        return make();
    }

    void giveBack(T item)
    {
        std::lock_guard lock(m_mutex);
        m_free.push_back(std::move(item));
    }

private:
    std::mutex m_mutex;
    std::vector<T> m_free;
};

}  // namespace mlwb::core
