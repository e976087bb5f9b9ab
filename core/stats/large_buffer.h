// Uninitialized million-row scratch arrays (huge pages on Linux) and a lender passing them from task
// to task. Used by the column sorts and Spearman re-ranking, where fresh pages cost more than the work.
#pragma once

#include <cstddef>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <type_traits>
#include <utility>
#include <vector>

namespace mlwb::core {

namespace detail {
// Aligned allocation that asks Linux for transparent huge pages on large sizes (one fault per
// 2 MB instead of per 4 KB); plain aligned allocation elsewhere.
void* allocateLarge(size_t bytes);
void freeLarge(void* pointer) noexcept;
}  // namespace detail

template <class T>
class LargeBuffer {
    static_assert(std::is_trivially_copyable_v<T>, "LargeBuffer holds raw numbers");

public:
    LargeBuffer() = default;
    explicit LargeBuffer(size_t size)
        : m_data(static_cast<T*>(detail::allocateLarge(size * sizeof(T)))), m_size(size)
    {
    }

    T* data() { return m_data.get(); }
    const T* data() const { return m_data.get(); }
    T& operator[](size_t i) { return m_data.get()[i]; }
    const T& operator[](size_t i) const { return m_data.get()[i]; }
    size_t size() const { return m_size; }
    explicit operator bool() const { return m_data != nullptr; }

    friend void swap(LargeBuffer& a, LargeBuffer& b) noexcept
    {
        std::swap(a.m_data, b.m_data);
        std::swap(a.m_size, b.m_size);
    }

private:
    struct Free {
        void operator()(T* p) const noexcept { detail::freeLarge(p); }
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
