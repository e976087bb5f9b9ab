// The classification half of metrics.h, following sklearn 1.2's definitions.
#include "core/eval/metrics.h"

#include "core/base/text.h"
#include "core/base/thread_pool.h"
#include "core/eval/ranking.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace mlwb::core {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kLogLossEps = 1e-15;

std::span<const double> column(const Eigen::Ref<const Eigen::MatrixXd>& matrix, Eigen::Index c)
{
    // Ref<const MatrixXd> has unit inner stride, so a column is contiguous.
    return {matrix.col(c).data(), size_t(matrix.rows())};
}

// Trapezoid under the ROC points (0,0), (fp_i/N, tp_i/P): sklearn's auc(roc_curve(...)).
double rocAucOfRanked(const RankedCounts& ranked)
{
    if (ranked.positives == 0.0 || ranked.negatives == 0.0) return kNaN;
    double area = 0.0, prevTp = 0.0, prevFp = 0.0;
    for (size_t i = 0; i < ranked.thresholds.size(); ++i) {
        area += (ranked.falsePositives[i] - prevFp) * (ranked.truePositives[i] + prevTp);
        prevTp = ranked.truePositives[i];
        prevFp = ranked.falsePositives[i];
    }
    return area / (2.0 * ranked.positives * ranked.negatives);
}

double averagePrecisionOfRanked(const RankedCounts& ranked)
{
    if (ranked.positives == 0.0) return kNaN;
    double sum = 0.0, prevTp = 0.0;
    for (size_t i = 0; i < ranked.thresholds.size(); ++i) {
        const double tp = ranked.truePositives[i];
        if (tp != prevTp) sum += (tp - prevTp) * tp / (tp + ranked.falsePositives[i]);
        prevTp = tp;
    }
    return sum / ranked.positives;
}

// One-vs-rest macro averages of ROC AUC and average precision over the classes with rows in
// yTrue, sharing one ranking per class (the sort is the whole cost).
struct RankedAverages {
    double rocAuc = kNaN;
    double averagePrecision = kNaN;
};

RankedAverages oneVsRest(std::span<const int32_t> yTrue, const Eigen::Ref<const Eigen::MatrixXd>& proba)
{
    const Eigen::Index classCount = proba.cols();
    if (classCount == 2) {
        const RankedCounts ranked = rankScores(yTrue, column(proba, 1), 1);
        return {rocAucOfRanked(ranked), averagePrecisionOfRanked(ranked)};
    }
    std::vector<size_t> support(size_t(std::max<Eigen::Index>(classCount, 0)), 0);
    for (int32_t y : yTrue) {
        if (y >= 0 && y < classCount) ++support[size_t(y)];
    }
    // Classes are ranked in parallel (each is an independent sort); the per-class values are
    // summed in class order afterwards, so the result does not depend on the thread count.
    std::vector<double> auc(support.size(), 0.0), ap(support.size(), 0.0);
    ThreadPool::global().parallelFor(support.size(), [&](size_t c) {
        if (support[c] == 0) return;
        const RankedCounts ranked = rankScores(yTrue, column(proba, Eigen::Index(c)), int32_t(c));
        auc[c] = rocAucOfRanked(ranked);
        ap[c] = averagePrecisionOfRanked(ranked);
    });
    double aucSum = 0.0, apSum = 0.0;
    int present = 0;
    for (size_t c = 0; c < support.size(); ++c) {
        if (support[c] == 0) continue;
        ++present;
        aucSum += auc[c];
        apSum += ap[c];
    }
    // One class present: every one-vs-rest problem lacks negatives.
    if (present < 2) return {};
    return {aucSum / present, apSum / present};
}

struct ClassTotals {
    std::vector<double> truePositive, predicted, support;
};

ClassTotals classTotals(const ConfusionMatrix& confusion)
{
    const Eigen::Index k = confusion.rows();
    ClassTotals totals;
    totals.truePositive.resize(size_t(k));
    totals.predicted.resize(size_t(k));
    totals.support.resize(size_t(k));
    for (Eigen::Index c = 0; c < k; ++c) {
        totals.truePositive[size_t(c)] = double(confusion(c, c));
        totals.predicted[size_t(c)] = double(confusion.col(c).sum());
        totals.support[size_t(c)] = double(confusion.row(c).sum());
    }
    return totals;
}

}  // namespace

ConfusionMatrix confusionMatrix(std::span<const int32_t> yTrue, std::span<const int32_t> yPred, int classCount)
{
    ConfusionMatrix confusion = ConfusionMatrix::Zero(classCount, classCount);
    const size_t n = std::min(yTrue.size(), yPred.size());
    for (size_t i = 0; i < n; ++i) {
        const int32_t t = yTrue[i], p = yPred[i];
        if (t >= 0 && t < classCount && p >= 0 && p < classCount) ++confusion(t, p);
    }
    return confusion;
}

double accuracy(std::span<const int32_t> yTrue, std::span<const int32_t> yPred)
{
    const size_t n = std::min(yTrue.size(), yPred.size());
    if (n == 0) return kNaN;
    size_t correct = 0;
    for (size_t i = 0; i < n; ++i) correct += yTrue[i] == yPred[i] ? 1 : 0;
    return double(correct) / double(n);
}

double balancedAccuracy(const ConfusionMatrix& confusion)
{
    const ClassTotals totals = classTotals(confusion);
    double sum = 0.0;
    int classes = 0;
    for (size_t c = 0; c < totals.support.size(); ++c) {
        if (totals.support[c] > 0) {
            sum += totals.truePositive[c] / totals.support[c];
            ++classes;
        }
    }
    return classes > 0 ? sum / classes : kNaN;
}

PrecisionRecallF1 precisionRecallF1(const ConfusionMatrix& confusion, Averaging averaging)
{
    const ClassTotals totals = classTotals(confusion);
    PrecisionRecallF1 sums;
    double weightSum = 0.0;
    for (size_t c = 0; c < totals.support.size(); ++c) {
        // sklearn averages over the labels seen in y_true or y_pred only.
        if (totals.support[c] == 0 && totals.predicted[c] == 0) continue;
        const double precision = totals.predicted[c] > 0 ? totals.truePositive[c] / totals.predicted[c] : 0.0;
        const double recall = totals.support[c] > 0 ? totals.truePositive[c] / totals.support[c] : 0.0;
        const double denominator = precision + recall;
        const double f1 = denominator > 0 ? 2.0 * precision * recall / denominator : 0.0;
        const double weight = averaging == Averaging::Macro ? 1.0 : totals.support[c];
        sums.precision += weight * precision;
        sums.recall += weight * recall;
        sums.f1 += weight * f1;
        weightSum += weight;
    }
    if (weightSum == 0.0) return {};
    return {sums.precision / weightSum, sums.recall / weightSum, sums.f1 / weightSum};
}

double matthewsCorrelation(const ConfusionMatrix& confusion)
{
    const ClassTotals totals = classTotals(confusion);
    double samples = 0.0, correct = 0.0, truePredicted = 0.0, predictedSquares = 0.0, trueSquares = 0.0;
    for (size_t c = 0; c < totals.support.size(); ++c) {
        samples += totals.support[c];
        correct += totals.truePositive[c];
        truePredicted += totals.support[c] * totals.predicted[c];
        predictedSquares += totals.predicted[c] * totals.predicted[c];
        trueSquares += totals.support[c] * totals.support[c];
    }
    const double covariance = correct * samples - truePredicted;
    const double predictedVariance = samples * samples - predictedSquares;
    const double trueVariance = samples * samples - trueSquares;
    if (predictedVariance * trueVariance == 0.0) return 0.0;
    return covariance / std::sqrt(predictedVariance * trueVariance);
}

double rocAuc(std::span<const int32_t> yTrue, std::span<const double> scores, int32_t positiveClass)
{
    return rocAucOfRanked(rankScores(yTrue, scores, positiveClass));
}

double averagePrecision(std::span<const int32_t> yTrue, std::span<const double> scores, int32_t positiveClass)
{
    return averagePrecisionOfRanked(rankScores(yTrue, scores, positiveClass));
}

double rocAucOvr(std::span<const int32_t> yTrue, const Eigen::Ref<const Eigen::MatrixXd>& proba)
{
    return oneVsRest(yTrue, proba).rocAuc;
}

double averagePrecisionOvr(std::span<const int32_t> yTrue, const Eigen::Ref<const Eigen::MatrixXd>& proba)
{
    return oneVsRest(yTrue, proba).averagePrecision;
}

double logLoss(std::span<const int32_t> yTrue, const Eigen::Ref<const Eigen::MatrixXd>& proba)
{
    const Eigen::Index k = proba.cols();
    const size_t n = std::min(yTrue.size(), size_t(proba.rows()));
    if (n == 0 || k == 0) return kNaN;
    double sum = 0.0;
    for (size_t i = 0; i < n; ++i) {
        double rowSum = 0.0;
        for (Eigen::Index c = 0; c < k; ++c)
            rowSum += std::clamp(proba(Eigen::Index(i), c), kLogLossEps, 1.0 - kLogLossEps);
        const double p = std::clamp(proba(Eigen::Index(i), yTrue[i]), kLogLossEps, 1.0 - kLogLossEps);
        sum -= std::log(p / rowSum);
    }
    return sum / double(n);
}

double brierScore(std::span<const int32_t> yTrue, const Eigen::Ref<const Eigen::MatrixXd>& proba)
{
    const Eigen::Index k = proba.cols();
    const size_t n = std::min(yTrue.size(), size_t(proba.rows()));
    if (n == 0 || k == 0) return kNaN;
    double sum = 0.0;
    if (k == 2) {
        const std::span<const double> p1 = column(proba, 1);
        for (size_t i = 0; i < n; ++i) {
            const double error = p1[i] - (yTrue[i] == 1 ? 1.0 : 0.0);
            sum += error * error;
        }
    } else {
        for (Eigen::Index c = 0; c < k; ++c) {
            const std::span<const double> pc = column(proba, c);
            for (size_t i = 0; i < n; ++i) {
                const double error = pc[i] - (yTrue[i] == c ? 1.0 : 0.0);
                sum += error * error;
            }
        }
    }
    return sum / double(n);
}

Result<MetricSet> classificationMetrics(std::span<const int32_t> yTrue, std::span<const int32_t> yPred,
                                        const Eigen::Ref<const Eigen::MatrixXd>& proba, int classCount)
{
    const size_t n = yTrue.size();
    if (n == 0)
        return Status::invalidArgument(
            tr("there are no rows to evaluate; the test set is empty. Use more rows or a "
               "larger test fraction."));
    if (yPred.size() != n)
        return Status::invalidArgument(
            trf("there are {} true labels but {} predictions; pass one prediction per row.", n, yPred.size()));
    if (classCount < 1)
        return Status::invalidArgument(
            trf("the class count must be at least 1; got {}. Pass the number of target classes.", classCount));
    for (size_t i = 0; i < n; ++i) {
        if (yTrue[i] < 0 || yTrue[i] >= classCount)
            return Status::invalidArgument(
                trf("the true class code {} in row {} is outside 0..{}; drop rows with a "
                    "missing target and encode classes as 0..classes-1.",
                    yTrue[i], i + 1, classCount - 1));
        if (yPred[i] < 0 || yPred[i] >= classCount)
            return Status::invalidArgument(
                trf("the predicted class code {} in row {} is outside 0..{}; the model "
                    "and the target must use the same classes.",
                    yPred[i], i + 1, classCount - 1));
    }
    const bool hasProba = proba.cols() > 0;
    if (hasProba) {
        if (proba.cols() != classCount || size_t(proba.rows()) != n)
            return Status::invalidArgument(
                trf("the probability matrix is {} x {} but must be {} x {} (rows x "
                    "classes); pass one probability per class for every row.",
                    proba.rows(), proba.cols(), n, classCount));
        for (Eigen::Index c = 0; c < proba.cols(); ++c) {
            for (Eigen::Index i = 0; i < proba.rows(); ++i) {
                if (!std::isfinite(proba(i, c)))
                    return Status::invalidArgument(
                        trf("the probability of class {} in row {} is {}; probabilities "
                            "must be finite numbers between 0 and 1.",
                            c, i + 1, proba(i, c)));
            }
        }
    }

    const ConfusionMatrix confusion = confusionMatrix(yTrue, yPred, classCount);
    const PrecisionRecallF1 macro = precisionRecallF1(confusion, Averaging::Macro);
    const PrecisionRecallF1 weighted = precisionRecallF1(confusion, Averaging::Weighted);

    MetricSet set;
    set.set(metric::kAccuracy, accuracy(yTrue, yPred));
    set.set(metric::kBalancedAccuracy, balancedAccuracy(confusion));
    set.set(metric::kPrecisionMacro, macro.precision);
    set.set(metric::kRecallMacro, macro.recall);
    set.set(metric::kF1Macro, macro.f1);
    set.set(metric::kPrecisionWeighted, weighted.precision);
    set.set(metric::kRecallWeighted, weighted.recall);
    set.set(metric::kF1Weighted, weighted.f1);
    if (hasProba) {
        if (classCount >= 2) {
            const RankedAverages ranked = oneVsRest(yTrue, proba);
            set.set(metric::kRocAuc, ranked.rocAuc);
            set.set(metric::kPrAuc, ranked.averagePrecision);
        } else {
            set.set(metric::kRocAuc, kNaN);
            set.set(metric::kPrAuc, kNaN);
        }
        set.set(metric::kLogLoss, logLoss(yTrue, proba));
        set.set(metric::kBrier, brierScore(yTrue, proba));
    }
    set.set(metric::kMcc, matthewsCorrelation(confusion));
    return set;
}

}  // namespace mlwb::core
