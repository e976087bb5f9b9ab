#include "core/stats/value_counts.h"

#include "core/base/job_context.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <numeric>
#include <string_view>
#include <vector>

namespace mlwb::core {

namespace {

constexpr size_t kCheckRows = size_t{1} << 16;

// Counts distinct strings in first-appearance order. An open-addressing table of
// (hash, index) pairs: std::unordered_map<string_view> costs several times more per row,
// which matters on million-row label columns.
class TextCounter {
public:
    void add(std::string_view value)
    {
        if ((m_values.size() + 1) * 2 > m_slots.size()) grow();
        const uint64_t hash = hashOf(value);
        size_t slot = hash & (m_slots.size() - 1);
        while (true) {
            Slot& s = m_slots[slot];
            if (s.index == 0) {
                s = {hash, static_cast<uint32_t>(m_values.size() + 1)};
                m_values.push_back(value);
                m_counts.push_back(1);
                return;
            }
            if (s.hash == hash && m_values[s.index - 1] == value) {
                ++m_counts[s.index - 1];
                return;
            }
            slot = (slot + 1) & (m_slots.size() - 1);
        }
    }

    std::vector<std::pair<std::string, size_t>> counts() const
    {
        std::vector<std::pair<std::string, size_t>> out;
        out.reserve(m_values.size());
        for (size_t i = 0; i < m_values.size(); ++i) out.emplace_back(std::string(m_values[i]), m_counts[i]);
        return out;
    }

private:
    struct Slot {
        uint64_t hash = 0;
        uint32_t index = 0;  // 1-based into m_values; 0 = empty
    };

    static uint64_t hashOf(std::string_view value)
    {
        // 8 bytes at a time, then a murmur3 finalizer; quality is ample for a counting table.
        uint64_t h = 0x9E3779B97F4A7C15ull ^ value.size();
        size_t i = 0;
        for (; i + 8 <= value.size(); i += 8) {
            uint64_t word;
            std::memcpy(&word, value.data() + i, 8);
            h = std::rotl((h ^ word) * 0xBF58476D1CE4E5B9ull, 31);
        }
        if (i < value.size()) {
            uint64_t word = 0;
            std::memcpy(&word, value.data() + i, value.size() - i);
            h = std::rotl((h ^ word) * 0xBF58476D1CE4E5B9ull, 31);
        }
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDull;
        h ^= h >> 33;
        h *= 0xC4CEB3F97A4FE63Bull;
        return h ^ (h >> 33);
    }

    void grow()
    {
        std::vector<Slot> old = std::move(m_slots);
        m_slots.assign(std::max<size_t>(64, old.size() * 2), Slot{});
        for (const Slot& s : old) {
            if (s.index == 0) continue;
            size_t slot = s.hash & (m_slots.size() - 1);
            while (m_slots[slot].index != 0) slot = (slot + 1) & (m_slots.size() - 1);
            m_slots[slot] = s;
        }
    }

    std::vector<Slot> m_slots;
    std::vector<std::string_view> m_values;  // views into the column, which outlives the counter
    std::vector<size_t> m_counts;
};

// Most frequent first, ties in first-appearance order, zero counts dropped.
std::vector<std::pair<std::string, size_t>> topValues(const std::vector<std::pair<std::string, size_t>>& counts,
                                                      size_t topCount)
{
    std::vector<size_t> order(counts.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return counts[a].second > counts[b].second; });
    std::vector<std::pair<std::string, size_t>> top;
    for (size_t i : order) {
        if (top.size() >= topCount || counts[i].second == 0) break;
        top.push_back(counts[i]);
    }
    return top;
}

}  // namespace

bool summarizeCountedColumn(const Column& column, const ProfileOptions& options, const JobContext& job,
                            ColumnProfile& profile)
{
    const size_t rows = column.size();
    std::vector<std::pair<std::string, size_t>> counts;
    switch (column.type()) {
    case ColumnType::Categorical: {
        const auto codes = column.categoryCodes();
        const auto& categories = column.categories();
        std::vector<size_t> perCode(categories.size(), 0);
        for (size_t row = 0; row < rows; ++row) {
            if (row % kCheckRows == 0 && job.isCancelled()) return false;
            const int32_t code = codes[row];
            if (code >= 0 && static_cast<size_t>(code) < perCode.size() && column.isValid(row))
                ++perCode[static_cast<size_t>(code)];
        }
        for (size_t i = 0; i < categories.size(); ++i) counts.emplace_back(categories[i], perCode[i]);
        break;
    }
    case ColumnType::Text: {
        TextCounter counter;
        for (size_t row = 0; row < rows; ++row) {
            if (row % kCheckRows == 0 && job.isCancelled()) return false;
            if (column.isValid(row)) counter.add(column.text(row));
        }
        counts = counter.counts();
        break;
    }
    case ColumnType::Boolean: {
        const auto values = column.booleanValues();
        size_t trues = 0;
        size_t present = 0;
        for (size_t row = 0; row < rows; ++row) {
            if (row % kCheckRows == 0 && job.isCancelled()) return false;
            const bool valid = column.isValid(row);
            present += valid;
            trues += valid && values[row];
        }
        const size_t falses = present - trues;
        counts = {{"false", falses}, {"true", trues}};
        if (present > 0) {
            const double n = static_cast<double>(present);
            const double mean = static_cast<double>(trues) / n;
            profile.min = falses > 0 ? 0.0 : 1.0;
            profile.max = trues > 0 ? 1.0 : 0.0;
            profile.mean = mean;
            if (present >= 2) {
                const double m2 = static_cast<double>(trues) * (1.0 - mean) * (1.0 - mean) +
                                  static_cast<double>(falses) * mean * mean;
                profile.std = std::sqrt(m2 / (n - 1.0));
            }
        }
        break;
    }
    default: return true;  // numeric types are summarized elsewhere
    }

    size_t present = 0;
    size_t distinct = 0;
    for (const auto& [value, count] : counts) {
        present += count;
        distinct += count > 0;
    }
    profile.count = present;
    profile.missing = rows - present;
    profile.distinct = distinct;
    profile.top = topValues(counts, options.topCount);
    profile.histogram = histogramOfCounts(counts, profile.missing, options.topCount);
    return true;
}

}  // namespace mlwb::core
