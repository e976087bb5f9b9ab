// Evaluation metrics for classification, regression and clustering, matching scikit-learn's
// definitions, and their mean/std over folds. Used by model training, `mlwb-cli train` and the Train & Evaluate view.
#pragma once

#include "core/base/status.h"

#include <Eigen/Core>

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace mlwb::core {

class JobContext;

// Stable metric names; they are the JSON keys of `mlwb-cli train` output and project files.
namespace metric {
inline constexpr std::string_view kAccuracy = "accuracy";
inline constexpr std::string_view kBalancedAccuracy = "balanced_accuracy";
inline constexpr std::string_view kPrecisionMacro = "precision_macro";
inline constexpr std::string_view kRecallMacro = "recall_macro";
inline constexpr std::string_view kF1Macro = "f1_macro";
inline constexpr std::string_view kPrecisionWeighted = "precision_weighted";
inline constexpr std::string_view kRecallWeighted = "recall_weighted";
inline constexpr std::string_view kF1Weighted = "f1_weighted";
inline constexpr std::string_view kRocAuc = "roc_auc";
inline constexpr std::string_view kPrAuc = "pr_auc";
inline constexpr std::string_view kLogLoss = "log_loss";
inline constexpr std::string_view kBrier = "brier";
inline constexpr std::string_view kMcc = "mcc";
inline constexpr std::string_view kR2 = "r2";
inline constexpr std::string_view kRmse = "rmse";
inline constexpr std::string_view kMae = "mae";
inline constexpr std::string_view kMape = "mape";
inline constexpr std::string_view kInertia = "inertia";
inline constexpr std::string_view kSilhouette = "silhouette";
inline constexpr std::string_view kExplainedVarianceRatio = "explained_variance_ratio";  // of the kept components
}  // namespace metric

struct Metric {
    std::string name;
    double value = 0.0;
};

// An ordered list of named values; the order is the display and JSON order. A value is NaN
// when the metric is undefined on this data (ROC AUC with one class present); JSON writers
// emit null for it.
struct MetricSet {
    std::vector<Metric> metrics;

    void set(std::string_view name, double value);  // replaces an existing entry in place
    bool contains(std::string_view name) const;
    double value(std::string_view name) const;  // NaN when absent
};

struct MetricSummary {
    std::string name;
    double mean = 0.0;
    double std = 0.0;  // sample standard deviation (n - 1); NaN when count < 2
    size_t count = 0;  // folds in which the metric was defined (not NaN)
};

// Mean and sample std of each metric over folds, in first-appearance order. NaN values (a
// metric undefined in a fold) are left out of that metric's mean and std; mean is NaN when
// no fold defines it.
std::vector<MetricSummary> averageMetricSets(std::span<const MetricSet> folds);

// ---- Classification -------------------------------------------------------------------
// Labels are class codes 0..classCount-1. Probabilities are rows x classCount, column c the
// probability of class c. As sklearn does, averaged precision/recall/F1 and MCC use the
// classes present in yTrue or yPred; a class never predicted has precision 0
// (zero_division=0) and a class never true has recall 0.

using ConfusionMatrix = Eigen::Matrix<int64_t, Eigen::Dynamic, Eigen::Dynamic>;

// classCount x classCount; entry (t, p) counts rows of true class t predicted as p.
ConfusionMatrix confusionMatrix(std::span<const int32_t> yTrue, std::span<const int32_t> yPred, int classCount);

double accuracy(std::span<const int32_t> yTrue, std::span<const int32_t> yPred);
// Mean recall over the classes present in yTrue (sklearn's balanced_accuracy_score).
double balancedAccuracy(const ConfusionMatrix& confusion);

enum class Averaging { Macro, Weighted };
struct PrecisionRecallF1 {
    double precision = 0.0;
    double recall = 0.0;
    double f1 = 0.0;
};
PrecisionRecallF1 precisionRecallF1(const ConfusionMatrix& confusion, Averaging averaging);

// Matthews correlation, multiclass generalization (Gorodkin's R_K, as sklearn); 0 when a
// denominator is 0 (constant predictions or a one-class target).
double matthewsCorrelation(const ConfusionMatrix& confusion);

// Binary ROC AUC of `scores` for `positiveClass` against all other codes; ties in scores are
// handled as sklearn does (trapezoid over distinct thresholds). NaN when yTrue lacks either side.
double rocAuc(std::span<const int32_t> yTrue, std::span<const double> scores, int32_t positiveClass = 1);
// Average precision (sklearn's average_precision_score): sum of (R_i - R_{i-1}) * P_i over
// distinct thresholds in decreasing order. NaN when yTrue has no positive row.
double averagePrecision(std::span<const int32_t> yTrue, std::span<const double> scores, int32_t positiveClass = 1);

// Two columns: the binary metric on column 1. More: one-vs-rest macro average over the classes
// present in yTrue (sklearn's roc_auc_score(multi_class="ovr") when every class is present;
// sklearn refuses otherwise). NaN when fewer than two classes are present.
double rocAucOvr(std::span<const int32_t> yTrue, const Eigen::Ref<const Eigen::MatrixXd>& proba);
double averagePrecisionOvr(std::span<const int32_t> yTrue, const Eigen::Ref<const Eigen::MatrixXd>& proba);

// Mean negative log-likelihood; probabilities are clipped to [1e-15, 1 - 1e-15] and each row
// renormalized to sum 1, as sklearn 1.2's log_loss(eps=1e-15).
double logLoss(std::span<const int32_t> yTrue, const Eigen::Ref<const Eigen::MatrixXd>& proba);
// Two columns: sklearn's brier_score_loss on column 1, mean (p1 - [y == 1])^2, in [0, 1].
// More: Brier's original multiclass score, mean over rows of sum over classes of
// (p_c - [y == c])^2, in [0, 2] (for two classes it is twice the binary value).
double brierScore(std::span<const int32_t> yTrue, const Eigen::Ref<const Eigen::MatrixXd>& proba);

// All classification metrics in the order of the metric:: names above. proba may have no
// columns (a model without probabilities): roc_auc, pr_auc, log_loss and brier are then
// left out. Fails when lengths differ, input is empty, a code is outside 0..classCount-1,
// proba has another number of columns, or a probability is NaN.
Result<MetricSet> classificationMetrics(std::span<const int32_t> yTrue, std::span<const int32_t> yPred,
                                        const Eigen::Ref<const Eigen::MatrixXd>& proba, int classCount);

// ---- Regression -----------------------------------------------------------------------

// r2 as sklearn (constant yTrue: 1 when predictions are exact, 0 otherwise), rmse, mae, and
// mape = mean |y - p| / max(|y|, DBL_EPSILON) as a fraction (not percent), as sklearn.
// Fails when lengths differ, input is empty or a value is not finite.
Result<MetricSet> regressionMetrics(std::span<const double> yTrue, std::span<const double> yPred);

// ---- Clustering -----------------------------------------------------------------------
// X is rows x features; labels are cluster codes 0..centers.rows()-1 (silhouette: any codes >= 0).

// Sum of squared Euclidean distances of rows to their cluster's center (k-means' objective).
Result<double> inertia(const Eigen::Ref<const Eigen::MatrixXd>& x, std::span<const int32_t> labels,
                       const Eigen::Ref<const Eigen::MatrixXd>& centers);

// Mean silhouette coefficient over Euclidean distances (sklearn's silhouette_score); a row
// alone in its cluster scores 0. O(n^2): sampleSize > 0 evaluates a seeded random sample of
// that many rows (sklearn's sample_size), recommended above 10,000 rows. Fails unless
// 2 <= clusters <= rows - 1 (in the sample). Polls context for cancellation when given.
Result<double> silhouetteScore(const Eigen::Ref<const Eigen::MatrixXd>& x, std::span<const int32_t> labels,
                               size_t sampleSize = 0, uint64_t seed = 0, const JobContext* context = nullptr);

// inertia and silhouette, with the same arguments.
Result<MetricSet> clusteringMetrics(const Eigen::Ref<const Eigen::MatrixXd>& x, std::span<const int32_t> labels,
                                    const Eigen::Ref<const Eigen::MatrixXd>& centers, size_t sampleSize = 0,
                                    uint64_t seed = 0, const JobContext* context = nullptr);

}  // namespace mlwb::core
