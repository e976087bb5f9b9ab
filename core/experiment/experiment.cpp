#include "core/experiment/experiment.h"

#include "core/base/text.h"
#include "core/experiment/fold_data.h"
#include "core/experiment/unsupervised_run.h"
#include "core/ml/registry.h"

#include <algorithm>
#include <chrono>
#include <set>

namespace mlwb::core {

namespace {

struct FoldOutcome {
    MetricSet metrics;
    FoldPredictions predictions;
    std::vector<std::string> classNames;
    double trainSeconds = 0;
    long features = 0;
    std::vector<std::string> warnings;
};

Result<FoldOutcome> runFold(const Table& table, const ExperimentSpec& spec, const Fold& fold, ml::Task task,
                            JobContext& job)
{
    auto data = prepareFold(table, spec, fold, task);
    if (!data.isOk()) return data.status();
    const auto start = std::chrono::steady_clock::now();
    auto model = ml::ModelRegistry::instance().train(spec.modelKind, data->xTrain, data->yTrain, data->target,
                                                     spec.params, spec.seed, job);
    if (!model.isOk()) return model.status();
    FoldOutcome outcome;
    outcome.trainSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    outcome.features = data->features;
    outcome.warnings = data->warnings;
    for (const auto& warning : (*model)->warnings()) outcome.warnings.push_back(warning);

    auto evaluation = evaluateOnFold(**model, *data);
    if (!evaluation.isOk()) return evaluation.status();
    outcome.metrics = std::move(evaluation->metrics);
    outcome.predictions = std::move(evaluation->predictions);
    if (data->target.task == ml::Task::Classification) outcome.classNames = data->classNames;
    return outcome;
}

void appendPredictions(FoldPredictions& pool, FoldPredictions&& fold)
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

ExperimentDiagnostics diagnose(const FoldPredictions& pool, ml::Task task, int classCount)
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
    auto kind = ml::ModelRegistry::instance().lookup(spec.modelKind);
    if (!kind.isOk()) return kind.status();
    if ((*kind)->unsupervised()) {
        if (table.rowCount() < 2)
            return Status::invalidArgument(tr("The table needs at least two rows to train and test."));
        return runUnsupervised(table, spec, **kind, job);
    }
    if (spec.target.empty())
        return Status::invalidArgument(
            trf("Choose a target column: model \"{}\" learns to predict one (only "
                "clustering and decomposition models such as kmeans and pca run without).",
                spec.modelKind));
    MLWB_RETURN_IF_ERROR(checkExperimentSpec(table, spec));
    auto plan = planSplits(table, spec);
    if (!plan.isOk()) return plan.status();
    const ml::Task task = plan->task;
    const std::vector<Fold>& folds = plan->folds;

    ExperimentResult result;
    result.task = task;
    result.modelKind = spec.modelKind;
    result.rows = table.rowCount();
    result.classNames = plan->classNames;
    result.folds = spec.folds >= 2 ? spec.folds : 0;
    result.repeats = spec.folds >= 2 ? spec.repeats : 1;
    std::vector<MetricSet> perFold;
    std::set<std::string> seenWarnings;
    for (const auto& warning : plan->warnings)
        if (seenWarnings.insert(warning).second) result.warnings.push_back(warning);
    FoldPredictions pooled;
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
