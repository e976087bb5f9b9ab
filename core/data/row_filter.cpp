#include "core/data/row_filter.h"

#include "core/base/text.h"
#include "core/base/thread_pool.h"

#include <algorithm>
#include <atomic>
#include <cctype>

namespace mlwb::core {

namespace {

bool containsIgnoringCase(std::string_view haystack, std::string_view lowerNeedle)
{
    if (lowerNeedle.size() > haystack.size()) return false;
    const auto it = std::search(
        haystack.begin(), haystack.end(), lowerNeedle.begin(), lowerNeedle.end(),
        [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == static_cast<unsigned char>(b); });
    return it != haystack.end();
}

// Per column, a test "does row r match?" that avoids formatting where it can: categories
// are tested once per dictionary entry, text directly, numbers only when formatted.
class ColumnMatcher {
public:
    ColumnMatcher(const Column& column, std::string_view lowerNeedle) : m_column(column), m_needle(lowerNeedle)
    {
        if (column.type() == ColumnType::Categorical) {
            for (const auto& category : column.categories())
                m_categoryMatches.push_back(containsIgnoringCase(category, lowerNeedle));
        }
    }

    bool matches(size_t row) const
    {
        if (!m_column.isValid(row)) return false;
        switch (m_column.type()) {
        case ColumnType::Categorical: return m_categoryMatches[static_cast<size_t>(m_column.categoryCodes()[row])];
        case ColumnType::Text: return containsIgnoringCase(m_column.text(row), m_needle);
        default: return containsIgnoringCase(m_column.displayString(row), m_needle);
        }
    }

private:
    const Column& m_column;
    std::string_view m_needle;
    std::vector<bool> m_categoryMatches;
};

}  // namespace

Result<RowOrder> rowsContaining(const Table& table, std::string_view needle, const RowOrder* order, JobContext& job)
{
    const std::string lowerNeedle = toLower(needle);
    const size_t total = order ? order->size() : table.rowCount();
    std::vector<ColumnMatcher> matchers;
    matchers.reserve(table.columnCount());
    for (const auto& column : table.columns()) matchers.emplace_back(*column, lowerNeedle);

    const auto chunks = splitIntoChunks(total, 16384);
    std::vector<RowOrder> kept(chunks.size());
    std::atomic<size_t> done{0};
    ThreadPool::global().parallelFor(chunks.size(), [&](size_t c) {
        if (job.isCancelled()) return;
        for (size_t i = chunks[c].begin; i < chunks[c].end; ++i) {
            const uint32_t row = order ? (*order)[i] : static_cast<uint32_t>(i);
            for (const auto& matcher : matchers) {
                if (matcher.matches(row)) {
                    kept[c].push_back(row);
                    break;
                }
            }
        }
        job.setProgress(static_cast<double>(++done) / static_cast<double>(chunks.size()));
    });
    if (job.isCancelled()) return Status::cancelled();
    RowOrder result;
    for (const auto& part : kept) result.insert(result.end(), part.begin(), part.end());
    return result;
}

}  // namespace mlwb::core
