#include "core/data/row_order.h"

#include <algorithm>
#include <numeric>

namespace mlwb::core {

namespace {

template <class Less>
RowOrder stableOrder(const Column& column, bool ascending, Less less)
{
    RowOrder present;
    RowOrder missing;
    present.reserve(column.size() - column.nullCount());
    for (size_t row = 0; row < column.size(); ++row)
        (column.isValid(row) ? present : missing).push_back(static_cast<uint32_t>(row));
    if (ascending)
        std::stable_sort(present.begin(), present.end(), [&](uint32_t a, uint32_t b) { return less(a, b); });
    else
        std::stable_sort(present.begin(), present.end(), [&](uint32_t a, uint32_t b) { return less(b, a); });
    present.insert(present.end(), missing.begin(), missing.end());
    return present;
}

}  // namespace

Result<RowOrder> sortedRowOrder(const Column& column, bool ascending, JobContext& job)
{
    if (column.size() > UINT32_MAX) return Status::unsupported("tables beyond 4 billion rows cannot be sorted");
    job.setProgress(0.0);
    RowOrder order;
    switch (column.type()) {
    case ColumnType::Float64: {
        const auto values = column.float64Values();
        order = stableOrder(column, ascending, [&](uint32_t a, uint32_t b) { return values[a] < values[b]; });
        break;
    }
    case ColumnType::Int64:
    case ColumnType::DateTime: {
        const auto values = column.int64Values();
        order = stableOrder(column, ascending, [&](uint32_t a, uint32_t b) { return values[a] < values[b]; });
        break;
    }
    case ColumnType::Boolean: {
        const auto values = column.booleanValues();
        order = stableOrder(column, ascending, [&](uint32_t a, uint32_t b) { return values[a] < values[b]; });
        break;
    }
    case ColumnType::Categorical: {
        // Rank the dictionary once, then sort codes by rank: far cheaper than comparing strings.
        const auto& categories = column.categories();
        std::vector<uint32_t> byName(categories.size());
        std::iota(byName.begin(), byName.end(), 0u);
        std::sort(byName.begin(), byName.end(), [&](uint32_t a, uint32_t b) { return categories[a] < categories[b]; });
        std::vector<uint32_t> rank(categories.size());
        for (uint32_t i = 0; i < byName.size(); ++i) rank[byName[i]] = i;
        const auto codes = column.categoryCodes();
        order = stableOrder(column, ascending, [&](uint32_t a, uint32_t b) {
            return rank[static_cast<size_t>(codes[a])] < rank[static_cast<size_t>(codes[b])];
        });
        break;
    }
    case ColumnType::Text:
        order = stableOrder(column, ascending, [&](uint32_t a, uint32_t b) { return column.text(a) < column.text(b); });
        break;
    }
    if (job.isCancelled()) return Status::cancelled();
    job.setProgress(1.0);
    return order;
}

}  // namespace mlwb::core
