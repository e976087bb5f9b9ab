// Histograms of one column: equal-width bins for numbers and datetimes, counts per value
// for categories, text and booleans. Used by the histogram chart and the column profile.
#pragma once

#include "core/data/column.h"

#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace mlwb::core {

struct Histogram {
    // Numeric: bins[i] covers [edges[i], edges[i+1]) (the last bin includes its upper edge).
    // Integer columns: edges sit half-way between integers, each bin holding as many values.
    std::vector<double> edges;
    // Categorical: labels[i] names bins[i]; values beyond the top ones are summed in `otherCount`.
    std::vector<std::string> labels;
    std::vector<size_t> counts;
    size_t otherCount = 0;
    size_t missing = 0;
    bool isNumeric() const { return !edges.empty(); }
};

// binCount applies to numeric columns; topCount to categorical ones (most frequent first,
// ties by first appearance in the dictionary).
Histogram computeHistogram(const Column& column, size_t binCount = 30, size_t topCount = 20);

// The two halves of computeHistogram, for callers that already hold the column's values in
// sorted order or its value counts (the column profile), so they need not scan it again.
// sortedAt(i) is the i-th smallest of `count` present values; the bins are exactly those
// computeHistogram gives, found by binary search since the bin index grows with the value.
// integerValued: the values are integers (an Int64 column), binned a whole number at a time.
Histogram histogramOfSorted(size_t count, const std::function<double(size_t)>& sortedAt, size_t missing,
                            size_t binCount, bool integerValued = false);
// valueCounts in first-appearance order; zero counts are skipped.
Histogram histogramOfCounts(const std::vector<std::pair<std::string, size_t>>& valueCounts, size_t missing,
                            size_t topCount);

}  // namespace mlwb::core
