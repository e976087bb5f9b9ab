// StringDict: an open-addressing hash dictionary from string views to dense int32 codes, in
// first-appearance order (insert, plus undoing the last insert). Used by the chunk parser for categorical/text columns
// and by the column assembler to merge chunk dictionaries.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace mlwb::core::csv {

// Hashes without reading outside the view (views may end at the last byte of an mmap).
__extension__ typedef unsigned __int128 HashWide;  // __extension__: no -Wpedantic noise

inline uint64_t hashBytes(std::string_view s)
{
    constexpr uint64_t k = 0x9E3779B97F4A7C15ull;
    const char* p = s.data();
    size_t n = s.size();
    uint64_t h = n * k;
    auto mix = [](uint64_t a, uint64_t b) {
        const HashWide m = static_cast<HashWide>(a ^ 0xA0761D6478BD642Full) * (b ^ 0xE7037ED1A0B428DBull);
        return static_cast<uint64_t>(m) ^ static_cast<uint64_t>(m >> 64);
    };
    while (n > 16) {
        uint64_t a, b;
        std::memcpy(&a, p, 8);
        std::memcpy(&b, p + 8, 8);
        h = mix(a ^ h, b);
        p += 16;
        n -= 16;
    }
    uint64_t a = 0, b = 0;
    if (n >= 8) {
        std::memcpy(&a, p, 8);
        std::memcpy(&b, p + n - 8, 8);
    } else if (n >= 4) {
        uint32_t x, y;
        std::memcpy(&x, p, 4);
        std::memcpy(&y, p + n - 4, 4);
        a = x;
        b = y;
    } else if (n > 0) {
        a = (uint64_t{static_cast<unsigned char>(p[0])} << 16) |
            (uint64_t{static_cast<unsigned char>(p[n >> 1])} << 8) | static_cast<unsigned char>(p[n - 1]);
    }
    return mix(h ^ a, b ^ k);
}

class StringDict {
public:
    // The values must outlive the dictionary (they are views into the file or an arena).
    int32_t insert(std::string_view value) { return insert(value, hashBytes(value)); }

    int32_t insert(std::string_view value, uint64_t hash)
    {
        return insert(value, hash, [](std::string_view v) { return v; });
    }

    // stabilize(value) is called only when the value is new and returns the view to keep,
    // so a value unescaped into a scratch buffer is copied once per distinct value, not per row.
    template <class Stabilize>
    int32_t insert(std::string_view value, uint64_t hash, Stabilize&& stabilize)
    {
        if ((m_values.size() + 1) * 2 > m_slots.size()) grow();
        size_t slot = hash & m_mask;
        while (true) {
            const int32_t code = m_slots[slot];
            if (code < 0) break;
            if (m_hashes[static_cast<size_t>(code)] == hash && m_values[static_cast<size_t>(code)] == value)
                return code;
            slot = (slot + 1) & m_mask;
        }
        const int32_t code = static_cast<int32_t>(m_values.size());
        m_slots[slot] = code;
        m_values.push_back(stabilize(value));
        m_hashes.push_back(hash);
        return code;
    }

    // Undoes the most recent insert of a new value (a row that turned out malformed). Safe with
    // linear probing: no key inserted before it ever probed past its then-empty slot.
    void removeLast()
    {
        const auto code = static_cast<int32_t>(m_values.size() - 1);
        size_t slot = m_hashes.back() & m_mask;
        while (m_slots[slot] != code) slot = (slot + 1) & m_mask;
        m_slots[slot] = -1;
        m_values.pop_back();
        m_hashes.pop_back();
    }

    size_t size() const { return m_values.size(); }
    const std::vector<std::string_view>& values() const { return m_values; }
    const std::vector<uint64_t>& hashes() const { return m_hashes; }

private:
    void grow()
    {
        const size_t capacity = m_slots.empty() ? 64 : m_slots.size() * 2;
        m_slots.assign(capacity, -1);
        m_mask = capacity - 1;
        for (size_t code = 0; code < m_values.size(); ++code) {
            size_t slot = m_hashes[code] & m_mask;
            while (m_slots[slot] >= 0) slot = (slot + 1) & m_mask;
            m_slots[slot] = static_cast<int32_t>(code);
        }
    }

    std::vector<int32_t> m_slots;
    size_t m_mask = 0;
    std::vector<std::string_view> m_values;
    std::vector<uint64_t> m_hashes;
};

}  // namespace mlwb::core::csv
