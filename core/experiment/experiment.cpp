#include "core/experiment/experiment.h"

#include "core/base/text.h"
#include "core/experiment/unsupervised_run.h"
#include "core/eval/splits.h"
#include "core/ml/features.h"
#include "core/ml/registry.h"

#include <algorithm>
#include <chrono>
#include <set>

namespace mlwb::core {

namespace {

std::vector<size_t> toRows(const std::vector<uint32_t>& rows)
{
    return std::vector<size_t>(rows.begin(), rows.end());
}

// Class codes of every row, for stratified splits (the codes come from all rows, but only
// the split uses them: the models see classes learned on their training rows).
Result<std::vector<int32_t>> stratificationLabels(const Table& table, const ml::FeaturePrep& labelsOnly)
{
    auto target = labelsOnly.transformTarget(table);
    if (!target.isOk()) return target.status();
    std::vector<int32_t> labels(static_cast<size_t>(target->size()));
    for (size_t i = 0; i < labels.size(); ++i) labels[i] = static_cast<int32_t>((*target)[static_cast<Eigen::Index>(i)]);
    return labels;
}

// Test-row predictions of every fold, pooled for the charts.
struct PooledPredictions {
    std::vector<int32_t> truthCodes, predictedCodes;
    std::vector<std::vector<double>> classScores;  // one score list per class
    std::vector<double> truthValues, predictedValues;
};

struct FoldOutcome {
    MetricSet metrics;
    PooledPredictions predictions;
    std::vector<std::string> classNames;
    double trainSeconds = 0;
    long features = 0;
    std::vector<std::string> warnings;
};

Result<FoldOutcome> runFold(const Table& table, const ExperimentSpec& spec, const Fold& fold, ml::Task task,
                            JobContext& job)
{
    const auto trainRows = toRows(fold.train);
    const auto testRows = toRows(fold.test);
    ml::FeatureOptions options;
    options.task = task;
    auto prep = ml::FeaturePrep::fit(table, spec.target, spec.features, trainRows, options);
    if (!prep.isOk()) return prep.status();
    auto xTrain = prep->transform(table, trainRows);
    if (!xTrain.isOk()) return xTrain.status();
    auto yTrain = prep->transformTarget(table, trainRows);
    if (!yTrain.isOk()) return yTrain.status();
    auto xTest = prep->transform(table, testRows);
    if (!xTest.isOk()) return xTest.status();
    auto yTest = prep->transformTarget(table, testRows);
    if (!yTest.isOk()) return yTest.status();

    ml::TargetInfo target{prep->task(), prep->classCount()};
    const auto start = std::chrono::steady_clock::now();
    auto model = ml::ModelRegistry::instance().train(spec.modelKind, *xTrain, *yTrain, target, spec.params, spec.seed, job);
    if (!model.isOk()) return model.status();
    FoldOutcome outcome;
    outcome.trainSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    outcome.features = static_cast<long>(prep->featureCount());
    outcome.warnings = prep->warnings();
    for (const auto& warning : (*model)->warnings()) outcome.warnings.push_back(warning);

    auto predicted = (*model)->predict(*xTest);
    if (!predicted.isOk()) return predicted.status();
    if (target.task == ml::Task::Classification) {
        auto proba = (*model)->predictProba(*xTest);
        if (!proba.isOk()) return proba.status();
        std::vector<int32_t> truth(testRows.size()), guess(testRows.size());
        for (size_t i = 0; i < testRows.size(); ++i) {
            truth[i] = static_cast<int32_t>((*yTest)[static_cast<Eigen::Index>(i)]);
            guess[i] = static_cast<int32_t>((*predicted)[static_cast<Eigen::Index>(i)]);
        }
        auto metrics = classificationMetrics(truth, guess, *proba, target.classCount);
        if (!metrics.isOk()) return metrics.status();
        outcome.metrics = std::move(metrics).value();
        outcome.classNames = prep->classNames();
        outcome.predictions.classScores.resize(static_cast<size_t>(target.classCount));
        for (int c = 0; c < target.classCount; ++c) {
            const auto column = proba->col(c);
            outcome.predictions.classScores[static_cast<size_t>(c)].assign(column.data(), column.data() + column.size());
        }
        outcome.predictions.truthCodes = std::move(truth);
        outcome.predictions.predictedCodes = std::move(guess);
    } else {
        std::vector<double> truth(yTest->data(), yTest->data() + yTest->size());
        std::vector<double> guess(predicted->data(), predicted->data() + predicted->size());
        auto metrics = regressionMetrics(truth, guess);
        if (!metrics.isOk()) return metrics.status();
        outcome.metrics = std::move(metrics).value();
        outcome.predictions.truthValues = std::move(truth);
        outcome.predictions.predictedValues = std::move(guess);
    }
    return outcome;
}

void appendPredictions(PooledPredictions& pool, PooledPredictions&& fold)
{
    const auto append = [](auto& to, auto& from) { to.insert(to.end(), from.begin(), from.end()); };
    append(pool.truthCodes, fold.truthCodes);
    append(pool.predictedCodes, fold.predictedCodes);
    append(pool.truthValues, fold.truthValues);
    append(pool.predictedValues, fold.predictedValues);
    if (pool.classScores.empty()) pool.classScores.resize(fold.classScores.size());
    for (size_t c = 0; c < fold.classScores.size(); ++c) append(pool.classScores[c], fold.classScores[c]);
}

// Keeps about maxPoints evenly spaced entries of each vector (always the first and last).
template <class... Vectors>
void thin(size_t maxPoints, Vectors&... vectors)
{
    const size_t n = std::max({vectors.size()...});
    if (n <= maxPoints) return;
    std::vector<size_t> keep;
    for (size_t i = 0; i < maxPoints; ++i) keep.push_back(i * (n - 1) / (maxPoints - 1));
    const auto pick = [&](auto& v) {
        std::remove_reference_t<decltype(v)> out;
        out.reserve(keep.size());
        for (size_t i : keep) out.push_back(v[i]);
        v = std::move(out);
    };
    (pick(vectors), ...);
}

ExperimentDiagnostics diagnose(const PooledPredictions& pool, ml::Task task, int classCount)
{
    ExperimentDiagnostics diagnostics;
    constexpr size_t maxPoints = ExperimentDiagnostics::kMaxCurvePoints;
    if (task == ml::Task::Regression) {
        if (auto result = residuals(pool.truthValues, pool.predictedValues); result.isOk()) {
            diagnostics.residuals = std::move(result->residuals);
            auto& r = diagnostics.residuals;
            thin(2000, r.actual, r.predicted, r.residual);
        }
        return diagnostics;
    }
    diagnostics.confusion = confusionMatrix(pool.truthCodes, pool.predictedCodes, classCount);
    // Binary: the curves of the second class (the positive one); otherwise one vs rest each.
    const int first = classCount == 2 ? 1 : 0;
    for (int c = first; c < classCount; ++c) {
        const auto& scores = pool.classScores[static_cast<size_t>(c)];
        auto roc = rocCurve(pool.truthCodes, scores, c);
        auto pr = precisionRecallCurve(pool.truthCodes, scores, c);
        RocCurve rocCurveValue = roc.isOk() ? std::move(roc).value() : RocCurve{};
        PrecisionRecallCurve prValue = pr.isOk() ? std::move(pr).value() : PrecisionRecallCurve{};
        thin(maxPoints, rocCurveValue.falsePositiveRate, rocCurveValue.truePositiveRate, rocCurveValue.thresholds);
        thin(maxPoints, prValue.precision, prValue.recall);
        diagnostics.roc.push_back(std::move(rocCurveValue));
        diagnostics.pr.push_back(std::move(prValue));
    }
    return diagnostics;
}

}  // namespace

Result<ExperimentResult> runExperiment(const Table& table, const ExperimentSpec& spec, JobContext& job)
{
    if (table.rowCount() < 2) return Status::invalidArgument(tr("The table needs at least two rows to train and test."));
    auto kind = ml::ModelRegistry::instance().lookup(spec.modelKind);
    if (!kind.isOk()) return kind.status();
    if ((*kind)->unsupervised()) return runUnsupervised(table, spec, **kind, job);
    if (spec.target.empty())
        return Status::invalidArgument(trf("Choose a target column: model \"{}\" learns to predict one (only "
                                           "clustering and decomposition models such as kmeans and pca run without).",
                                           spec.modelKind));
    if (table.indexOf(spec.target) < 0)
        return Status::invalidArgument(trf("There is no column {} to use as the target.", quoteForMessage(spec.target)));
    if (spec.folds == 1 || spec.folds < 0)
        return Status::invalidArgument(trf("--cv needs at least 2 folds, got {}.", spec.folds));
    if (spec.repeats < 1 || (spec.repeats > 1 && spec.folds < 2))
        return Status::invalidArgument(
            trf("--repeats needs --cv K and must be at least 1, got {}.", spec.repeats));
    if (spec.folds == 0 && !(spec.testFraction > 0.0 && spec.testFraction < 1.0))
        return Status::invalidArgument(trf("--test-size must be between 0 and 1 (a share of the rows), got {}.",
                                           spec.testFraction));

    // The task and the class codes for stratification come from the target alone.
    auto labelsOnly = ml::FeaturePrep::fit(table, spec.target, spec.features);
    if (!labelsOnly.isOk()) return labelsOnly.status();
    const ml::Task task = labelsOnly->task();

    std::vector<Fold> folds;
    if (task == ml::Task::Classification) {
        auto labels = stratificationLabels(table, *labelsOnly);
        if (!labels.isOk()) return labels.status();
        const auto& classNames = labelsOnly->classNames();
        if (spec.folds >= 2 && spec.repeats > 1) {
            auto split = repeatedKFold(*labels, spec.folds, spec.repeats, spec.seed, true, classNames);
            if (!split.isOk()) return split.status();
            folds = std::move(split).value();
        } else if (spec.folds >= 2) {
            auto split = stratifiedKFold(*labels, spec.folds, spec.seed, classNames);
            if (!split.isOk()) return split.status();
            folds = std::move(split).value();
        } else {
            auto split = stratifiedHoldout(*labels, spec.testFraction, spec.seed, classNames);
            if (!split.isOk()) return split.status();
            folds.push_back(std::move(split).value());
        }
    } else if (spec.folds >= 2 && spec.repeats > 1) {
        auto split = repeatedKFold(table.rowCount(), spec.folds, spec.repeats, spec.seed);
        if (!split.isOk()) return split.status();
        folds = std::move(split).value();
    } else if (spec.folds >= 2) {
        auto split = kFold(table.rowCount(), spec.folds, true, spec.seed);
        if (!split.isOk()) return split.status();
        folds = std::move(split).value();
    } else {
        auto split = holdout(table.rowCount(), spec.testFraction, spec.seed);
        if (!split.isOk()) return split.status();
        folds.push_back(std::move(split).value());
    }

    ExperimentResult result;
    result.task = task;
    result.modelKind = spec.modelKind;
    result.rows = table.rowCount();
    result.classNames = labelsOnly->classNames();
    result.folds = spec.folds >= 2 ? spec.folds : 0;
    result.repeats = spec.folds >= 2 ? spec.repeats : 1;
    std::vector<MetricSet> perFold;
    std::set<std::string> seenWarnings;
    PooledPredictions pooled;
    bool poolable = true;  // every fold learned the same classes, so codes agree
    for (size_t f = 0; f < folds.size(); ++f) {
        const double share = 1.0 / static_cast<double>(folds.size());
        JobContext phase = job.subRange(share * static_cast<double>(f), share * static_cast<double>(f + 1));
        phase.setProgress(0.0, folds.size() > 1 ? trf("Fold {} of {}", f + 1, folds.size()) : tr("Training"));
        auto outcome = runFold(table, spec, folds[f], task, phase);
        if (!outcome.isOk()) {
            if (folds.size() > 1 && !outcome.status().isCancelled())
                return outcome.status().withContext(trf("fold {} of {}", f + 1, folds.size()));
            return outcome.status();
        }
        if (job.isCancelled()) return Status::cancelled();
        result.trainSeconds += outcome->trainSeconds;
        result.features = outcome->features;
        for (auto& warning : outcome->warnings)
            if (seenWarnings.insert(warning).second) result.warnings.push_back(warning);
        if (outcome->classNames != result.classNames) poolable = false;
        appendPredictions(pooled, std::move(outcome->predictions));
        perFold.push_back(std::move(outcome->metrics));
    }
    if (poolable) result.diagnostics = diagnose(pooled, task, static_cast<int>(result.classNames.size()));
    if (perFold.size() == 1) {
        result.metrics = perFold.front();
    } else {
        result.cv = averageMetricSets(perFold);
        for (const auto& summary : result.cv) result.metrics.set(summary.name, summary.mean);
    }
    job.setProgress(1.0);
    return result;
}

}  // namespace mlwb::core
