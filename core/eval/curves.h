// Evaluation curves: ROC, precision-recall, calibration, cumulative gain/lift and regression
// residuals, as sklearn computes them. Used by model training, `mlwb-cli train` and the Train & Evaluate view.
#pragma once

#include "core/base/status.h"

#include <cstdint>
#include <span>
#include <vector>

namespace mlwb::core {

// Binary curves take the true class codes, one score per row (the positive class's
// probability or decision value; higher means more likely positive) and the positive class
// code; every other code counts as negative. They fail when lengths differ, the input is
// empty, a score is not finite, or the rows lack one side (named in the message).

// One point per distinct score, preceded by (0, 0): sklearn's roc_curve(drop_intermediate=False).
// thresholds[0] is the highest score + 1 (sklearn 1.2; newer versions use +inf, which JSON cannot hold).
struct RocCurve {
    std::vector<double> falsePositiveRate;
    std::vector<double> truePositiveRate;
    std::vector<double> thresholds;  // decreasing
};
Result<RocCurve> rocCurve(std::span<const int32_t> yTrue, std::span<const double> scores, int32_t positiveClass = 1);

// As sklearn 1.2's precision_recall_curve: thresholds are the distinct scores increasing;
// precision and recall have one more entry, the final (precision 1, recall 0) point.
struct PrecisionRecallCurve {
    std::vector<double> precision;
    std::vector<double> recall;
    std::vector<double> thresholds;  // increasing
};
Result<PrecisionRecallCurve> precisionRecallCurve(std::span<const int32_t> yTrue, std::span<const double> scores,
                                                  int32_t positiveClass = 1);

// Reliability diagram with binCount uniform bins over [0, 1], as sklearn's
// calibration_curve(strategy="uniform"): bin b holds probabilities in (b/n, (b+1)/n] (the first
// also holds 0); empty bins are left out. Probabilities must lie in [0, 1]; binCount >= 1.
struct CalibrationCurve {
    std::vector<double> fractionPositive;  // sklearn's prob_true
    std::vector<double> meanPredicted;     // sklearn's prob_pred
    std::vector<size_t> counts;            // rows in each kept bin
    std::vector<int> bins;                 // which of the binCount bins each entry is
};
Result<CalibrationCurve> calibrationCurve(std::span<const int32_t> yTrue, std::span<const double> probabilities,
                                          int binCount = 10, int32_t positiveClass = 1);

// Cumulative gain and lift when targeting rows by decreasing score, one point per distinct
// score (ties are targeted together); the (0, 0) origin of the gain chart is implied.
// gain = share of all positives found, lift = gain / share of rows targeted (>= 0; 1 is random).
struct GainCurve {
    std::vector<double> fractionTargeted;
    std::vector<double> gain;
    std::vector<double> lift;
    std::vector<double> thresholds;  // decreasing
};
Result<GainCurve> gainCurve(std::span<const int32_t> yTrue, std::span<const double> scores, int32_t positiveClass = 1);

// Predicted-vs-actual pairs for a regression, residual = actual - predicted, in row order.
struct Residuals {
    std::vector<double> actual;
    std::vector<double> predicted;
    std::vector<double> residual;
};
// Fails when lengths differ or the input is empty; non-finite pairs are left out (they cannot
// be drawn) and counted in `skipped`.
struct ResidualsResult {
    Residuals residuals;
    size_t skipped = 0;
};
Result<ResidualsResult> residuals(std::span<const double> actual, std::span<const double> predicted);

}  // namespace mlwb::core
