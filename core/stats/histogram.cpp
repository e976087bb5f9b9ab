#include "core/stats/histogram.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>

namespace mlwb::core {

namespace {

// Fills edges and zeroed counts for equal-width bins over [lo, hi]; binCount becomes the
// number of bins actually used (1 for a constant column). Integer columns get bins of a
// whole number of values centred on them ([17.5, 21.5) holds 18..21): equal-width bins
// over integers would hold 3 values in some bins and 4 in others and draw false spikes.
// Returns the bin width; a value v falls in bin (v - edges.front()) / width.
double setUpEqualWidthBins(Histogram& histogram, double lo, double hi, size_t& binCount, bool integerValued)
{
    binCount = std::max<size_t>(1, binCount);
    if (integerValued && hi - lo < 1e15) {
        const double values = hi - lo + 1;
        const double width = std::ceil(values / static_cast<double>(binCount));
        binCount = static_cast<size_t>(std::ceil(values / width));
        histogram.edges.resize(binCount + 1);
        for (size_t i = 0; i <= binCount; ++i) histogram.edges[i] = lo - 0.5 + width * static_cast<double>(i);
        histogram.counts.assign(binCount, 0);
        return width;
    }
    if (lo == hi) binCount = 1;
    const double width = lo == hi ? 1.0 : (hi - lo) / static_cast<double>(binCount);
    histogram.edges.resize(binCount + 1);
    for (size_t i = 0; i <= binCount; ++i) histogram.edges[i] = lo + width * static_cast<double>(i);
    histogram.edges.back() = lo == hi ? lo + 1.0 : hi;
    histogram.counts.assign(binCount, 0);
    return width;
}

Histogram numericHistogram(const Column& column, size_t binCount)
{
    Histogram histogram;
    double lo = INFINITY;
    double hi = -INFINITY;
    for (size_t row = 0; row < column.size(); ++row) {
        const double v = column.numericValue(row);
        if (std::isnan(v)) continue;
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    histogram.missing = column.nullCount();
    if (lo > hi) return histogram;  // nothing but missing values
    const double width = setUpEqualWidthBins(histogram, lo, hi, binCount, column.type() == ColumnType::Int64);
    const double origin = histogram.edges.front();
    for (size_t row = 0; row < column.size(); ++row) {
        const double v = column.numericValue(row);
        if (std::isnan(v)) continue;
        size_t bin = static_cast<size_t>((v - origin) / width);
        histogram.counts[std::min(bin, binCount - 1)]++;
    }
    return histogram;
}

}  // namespace

Histogram histogramOfCounts(const std::vector<std::pair<std::string, size_t>>& valueCounts, size_t missing,
                            size_t topCount)
{
    Histogram histogram;
    histogram.missing = missing;
    std::vector<size_t> order(valueCounts.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return valueCounts[a].second > valueCounts[b].second; });
    for (size_t i = 0; i < order.size(); ++i) {
        const auto& [label, count] = valueCounts[order[i]];
        if (count == 0) continue;
        if (histogram.labels.size() < topCount) {
            histogram.labels.push_back(label);
            histogram.counts.push_back(count);
        } else {
            histogram.otherCount += count;
        }
    }
    return histogram;
}

Histogram histogramOfSorted(size_t count, const std::function<double(size_t)>& sortedAt, size_t missing,
                            size_t binCount, bool integerValued)
{
    Histogram histogram;
    histogram.missing = missing;
    if (count == 0) return histogram;
    const double lo = sortedAt(0);
    const double hi = sortedAt(count - 1);
    // Same edges and bin formula as numericHistogram(), so both give identical counts.
    const double width = setUpEqualWidthBins(histogram, lo, hi, binCount, integerValued);
    const double origin = histogram.edges.front();
    auto binOf = [&](double v) { return std::min(static_cast<size_t>((v - origin) / width), binCount - 1); };
    size_t begin = 0;
    for (size_t bin = 0; bin < binCount; ++bin) {
        // First position whose bin is past `bin`: (v - lo) / width is monotone in v.
        size_t first = begin;
        size_t last = count;
        while (first < last) {
            const size_t mid = first + (last - first) / 2;
            if (binOf(sortedAt(mid)) <= bin)
                first = mid + 1;
            else
                last = mid;
        }
        histogram.counts[bin] = first - begin;
        begin = first;
    }
    return histogram;
}

Histogram computeHistogram(const Column& column, size_t binCount, size_t topCount)
{
    switch (column.type()) {
    case ColumnType::Float64:
    case ColumnType::Int64:
    case ColumnType::DateTime: return numericHistogram(column, binCount);
    case ColumnType::Boolean: {
        size_t trues = 0;
        const auto values = column.booleanValues();
        for (size_t row = 0; row < column.size(); ++row) trues += column.isValid(row) && values[row];
        const size_t falses = column.size() - column.nullCount() - trues;
        return histogramOfCounts({{"false", falses}, {"true", trues}}, column.nullCount(), topCount);
    }
    case ColumnType::Categorical: {
        std::vector<std::pair<std::string, size_t>> counts;
        for (const auto& category : column.categories()) counts.emplace_back(category, 0);
        for (int32_t code : column.categoryCodes()) {
            if (code >= 0) counts[static_cast<size_t>(code)].second++;
        }
        return histogramOfCounts(counts, column.nullCount(), topCount);
    }
    case ColumnType::Text: {
        std::unordered_map<std::string_view, size_t> index;
        std::vector<std::pair<std::string, size_t>> counts;
        for (size_t row = 0; row < column.size(); ++row) {
            if (!column.isValid(row)) continue;
            auto [it, inserted] = index.try_emplace(column.text(row), counts.size());
            if (inserted) counts.emplace_back(std::string(column.text(row)), 0);
            counts[it->second].second++;
        }
        return histogramOfCounts(counts, column.nullCount(), topCount);
    }
    }
    return {};
}

}  // namespace mlwb::core
