#include "core/eval/curves.h"

#include "core/base/text.h"
#include "core/eval/ranking.h"

#include <algorithm>
#include <cmath>

namespace mlwb::core {

namespace {

Status checkScores(std::span<const int32_t> yTrue, std::span<const double> scores, const std::string& what)
{
    if (yTrue.empty())
        return Status::invalidArgument(trf(
            "the {} needs at least one row; the test set is empty. Use more rows or a larger test fraction.", what));
    if (scores.size() != yTrue.size())
        return Status::invalidArgument(
            trf("the {} got {} true labels but {} scores; pass one score per row.", what, yTrue.size(), scores.size()));
    for (size_t i = 0; i < scores.size(); ++i) {
        if (!std::isfinite(scores[i]))
            return Status::invalidArgument(trf(
                "the score of row {} is {}; the {} needs finite scores, check the model's inputs for missing values.",
                i + 1, scores[i], what));
    }
    return Status::ok();
}

Status checkBothSides(const RankedCounts& ranked, int32_t positiveClass, bool needNegatives, const std::string& what)
{
    if (ranked.positives == 0)
        return Status::invalidArgument(
            trf("the {} needs rows of the positive class {}, but the test rows have none; "
                "use a stratified split or pick a class that occurs.",
                what, positiveClass));
    if (needNegatives && ranked.negatives == 0)
        return Status::invalidArgument(
            trf("the {} needs rows of classes other than {}, but every test row is of that "
                "class; use a stratified split.",
                what, positiveClass));
    return Status::ok();
}

}  // namespace

Result<RocCurve> rocCurve(std::span<const int32_t> yTrue, std::span<const double> scores, int32_t positiveClass)
{
    const std::string what = tr("ROC curve");
    MLWB_RETURN_IF_ERROR(checkScores(yTrue, scores, what));
    const RankedCounts ranked = rankScores(yTrue, scores, positiveClass);
    MLWB_RETURN_IF_ERROR(checkBothSides(ranked, positiveClass, true, what));
    RocCurve curve;
    const size_t points = ranked.thresholds.size() + 1;
    curve.falsePositiveRate.reserve(points);
    curve.truePositiveRate.reserve(points);
    curve.thresholds.reserve(points);
    curve.falsePositiveRate.push_back(0.0);
    curve.truePositiveRate.push_back(0.0);
    curve.thresholds.push_back(ranked.thresholds.front() + 1.0);
    for (size_t i = 0; i < ranked.thresholds.size(); ++i) {
        curve.falsePositiveRate.push_back(ranked.falsePositives[i] / ranked.negatives);
        curve.truePositiveRate.push_back(ranked.truePositives[i] / ranked.positives);
        curve.thresholds.push_back(ranked.thresholds[i]);
    }
    return curve;
}

Result<PrecisionRecallCurve> precisionRecallCurve(std::span<const int32_t> yTrue, std::span<const double> scores,
                                                  int32_t positiveClass)
{
    const std::string what = tr("precision-recall curve");
    MLWB_RETURN_IF_ERROR(checkScores(yTrue, scores, what));
    const RankedCounts ranked = rankScores(yTrue, scores, positiveClass);
    MLWB_RETURN_IF_ERROR(checkBothSides(ranked, positiveClass, false, what));
    PrecisionRecallCurve curve;
    const size_t count = ranked.thresholds.size();
    curve.precision.reserve(count + 1);
    curve.recall.reserve(count + 1);
    curve.thresholds.reserve(count);
    for (size_t k = count; k-- > 0;) {
        const double tp = ranked.truePositives[k];
        curve.precision.push_back(tp / (tp + ranked.falsePositives[k]));
        curve.recall.push_back(tp / ranked.positives);
        curve.thresholds.push_back(ranked.thresholds[k]);
    }
    curve.precision.push_back(1.0);
    curve.recall.push_back(0.0);
    return curve;
}

Result<CalibrationCurve> calibrationCurve(std::span<const int32_t> yTrue, std::span<const double> probabilities,
                                          int binCount, int32_t positiveClass)
{
    const std::string what = tr("calibration curve");
    MLWB_RETURN_IF_ERROR(checkScores(yTrue, probabilities, what));
    if (binCount < 1)
        return Status::invalidArgument(
            trf("the calibration curve needs at least 1 bin; got {}. Use e.g. 10 bins.", binCount));
    for (size_t i = 0; i < probabilities.size(); ++i) {
        if (probabilities[i] < 0.0 || probabilities[i] > 1.0)
            return Status::invalidArgument(
                trf("the probability of row {} is {}, outside [0, 1]; the calibration curve "
                    "needs class probabilities, not decision values.",
                    i + 1, probabilities[i]));
    }
    // Inner edges as numpy.linspace computes them (i * step), so that a probability exactly on
    // an edge lands in the same bin as in sklearn.
    const double step = 1.0 / binCount;
    std::vector<double> innerEdges(size_t(binCount - 1));
    for (int i = 1; i < binCount; ++i) innerEdges[size_t(i - 1)] = double(i) * step;
    std::vector<double> sumPredicted(size_t(binCount), 0.0), sumPositive(size_t(binCount), 0.0);
    std::vector<size_t> total(size_t(binCount), 0);
    for (size_t i = 0; i < probabilities.size(); ++i) {
        const size_t bin =
            size_t(std::lower_bound(innerEdges.begin(), innerEdges.end(), probabilities[i]) - innerEdges.begin());
        sumPredicted[bin] += probabilities[i];
        sumPositive[bin] += yTrue[i] == positiveClass ? 1.0 : 0.0;
        ++total[bin];
    }
    CalibrationCurve curve;
    for (size_t b = 0; b < total.size(); ++b) {
        if (total[b] == 0) continue;
        curve.fractionPositive.push_back(sumPositive[b] / double(total[b]));
        curve.meanPredicted.push_back(sumPredicted[b] / double(total[b]));
        curve.counts.push_back(total[b]);
        curve.bins.push_back(int(b));
    }
    return curve;
}

Result<GainCurve> gainCurve(std::span<const int32_t> yTrue, std::span<const double> scores, int32_t positiveClass)
{
    const std::string what = tr("gain curve");
    MLWB_RETURN_IF_ERROR(checkScores(yTrue, scores, what));
    const RankedCounts ranked = rankScores(yTrue, scores, positiveClass);
    MLWB_RETURN_IF_ERROR(checkBothSides(ranked, positiveClass, false, what));
    const double rows = ranked.positives + ranked.negatives;
    GainCurve curve;
    const size_t count = ranked.thresholds.size();
    curve.fractionTargeted.reserve(count);
    curve.gain.reserve(count);
    curve.lift.reserve(count);
    for (size_t i = 0; i < count; ++i) {
        const double targeted = ranked.truePositives[i] + ranked.falsePositives[i];
        const double gain = ranked.truePositives[i] / ranked.positives;
        curve.fractionTargeted.push_back(targeted / rows);
        curve.gain.push_back(gain);
        curve.lift.push_back(gain / (targeted / rows));
    }
    curve.thresholds = ranked.thresholds;
    return curve;
}

Result<ResidualsResult> residuals(std::span<const double> actual, std::span<const double> predicted)
{
    if (actual.empty())
        return Status::invalidArgument(
            tr("the residual plot needs at least one row; the test set is empty. Use more rows or a larger test "
               "fraction."));
    if (actual.size() != predicted.size())
        return Status::invalidArgument(
            trf("the residual plot got {} actual values but {} predictions; pass one "
                "prediction per row.",
                actual.size(), predicted.size()));
    ResidualsResult result;
    Residuals& r = result.residuals;
    r.actual.reserve(actual.size());
    r.predicted.reserve(actual.size());
    r.residual.reserve(actual.size());
    for (size_t i = 0; i < actual.size(); ++i) {
        if (!std::isfinite(actual[i]) || !std::isfinite(predicted[i])) {
            ++result.skipped;
            continue;
        }
        r.actual.push_back(actual[i]);
        r.predicted.push_back(predicted[i]);
        r.residual.push_back(actual[i] - predicted[i]);
    }
    return result;
}

}  // namespace mlwb::core
