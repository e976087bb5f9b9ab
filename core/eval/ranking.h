// Scores ranked in decreasing order and collapsed to distinct thresholds with cumulative
// positive/negative counts: the one O(n log n) step behind ROC AUC, average precision and
// the ROC, precision-recall and gain curves of model training and the Train & Evaluate view.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace mlwb::core {

// Entry i: rows with score >= thresholds[i]. Tied scores form one entry, which is what makes
// the curves and areas agree with sklearn's handling of ties (a diagonal step, trapezoid area).
struct RankedCounts {
    std::vector<double> thresholds;  // distinct scores, decreasing
    std::vector<double> truePositives;
    std::vector<double> falsePositives;
    double positives = 0.0;  // rows of the positive class
    double negatives = 0.0;
};

// Scores must not be NaN (callers validate user data first).
RankedCounts rankScores(std::span<const int32_t> yTrue, std::span<const double> scores, int32_t positiveClass);

}  // namespace mlwb::core
