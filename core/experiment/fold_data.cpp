#include "core/experiment/fold_data.h"

#include "core/base/text.h"
#include "core/ml/features.h"
#include "core/ml/registry.h"

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
    for (size_t i = 0; i < labels.size(); ++i)
        labels[i] = static_cast<int32_t>((*target)[static_cast<Eigen::Index>(i)]);
    return labels;
}

// In k-fold a class of one row is tested in one fold whose training rows lack it, and that
// fold cannot score a class its model never learned: say so before any fold is prepared.
Status checkNoSingleRowClass(const std::vector<int32_t>& labels, const std::vector<std::string>& classNames)
{
    std::vector<size_t> counts(classNames.size(), 0);
    for (int32_t code : labels)
        if (code >= 0 && static_cast<size_t>(code) < counts.size()) ++counts[static_cast<size_t>(code)];
    for (size_t c = 0; c < counts.size(); ++c)
        if (counts[c] == 1)
            return Status::invalidArgument(
                trf("class {} has 1 row: in cross-validation the fold that tests it has no row of it to learn "
                    "from. Remove that row, or use a holdout split (--test-size), which keeps it for training.",
                    quoteForMessage(classNames[c])));
    return Status::ok();
}

}  // namespace

Status checkExperimentSpec(const Table& table, const ExperimentSpec& spec)
{
    if (table.rowCount() < 2)
        return Status::invalidArgument(tr("The table needs at least two rows to train and test."));
    if (table.indexOf(spec.target) < 0) {
        // Name the columns there are: a wrong delimiter or header shows at once.
        std::string columns;
        const std::vector<std::string> names = table.columnNames();
        for (size_t i = 0; i < names.size() && i < 12; ++i) columns += (i ? ", " : "") + quoteForMessage(names[i]);
        if (names.size() > 12) columns += ", …";
        return Status::invalidArgument(trf("There is no column {} to use as the target; the columns are {}.",
                                           quoteForMessage(spec.target), columns));
    }
    if (!ml::ModelRegistry::instance().find(spec.modelKind)) {
        auto lookup = ml::ModelRegistry::instance().lookup(spec.modelKind);
        return lookup.status();
    }
    if (spec.folds == 1 || spec.folds < 0)
        return Status::invalidArgument(trf("--cv needs at least 2 folds, got {}.", spec.folds));
    if (spec.repeats < 1 || (spec.repeats > 1 && spec.folds < 2))
        return Status::invalidArgument(trf("--repeats needs --cv K and must be at least 1, got {}.", spec.repeats));
    if (spec.folds == 0 && !(spec.testFraction > 0.0 && spec.testFraction < 1.0))
        return Status::invalidArgument(
            trf("--test-size must be between 0 and 1 (a share of the rows), got {}.", spec.testFraction));
    return Status::ok();
}

Result<SplitPlan> planSplits(const Table& table, const ExperimentSpec& spec)
{
    // The task and the class codes for stratification come from the target alone.
    auto labelsOnly = ml::FeaturePrep::fit(table, spec.target, spec.features);
    if (!labelsOnly.isOk()) return labelsOnly.status();
    SplitPlan plan;
    plan.task = labelsOnly->task();
    plan.classNames = labelsOnly->classNames();

    auto& folds = plan.folds;
    if (plan.task == ml::Task::Classification) {
        auto labels = stratificationLabels(table, *labelsOnly);
        if (!labels.isOk()) return labels.status();
        const auto& classNames = labelsOnly->classNames();
        if (spec.folds >= 2) MLWB_RETURN_IF_ERROR(checkNoSingleRowClass(*labels, classNames));
        if (spec.folds >= 2 && spec.repeats > 1) {
            auto split = repeatedKFold(*labels, spec.folds, spec.repeats, spec.seed, true, classNames, &plan.warnings);
            if (!split.isOk()) return split.status();
            folds = std::move(split).value();
        } else if (spec.folds >= 2) {
            auto split = stratifiedKFold(*labels, spec.folds, spec.seed, classNames, &plan.warnings);
            if (!split.isOk()) return split.status();
            folds = std::move(split).value();
        } else {
            auto split = stratifiedHoldout(*labels, spec.testFraction, spec.seed, classNames, &plan.warnings);
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
    return plan;
}

Result<FoldData> prepareFold(const Table& table, const ExperimentSpec& spec, const Fold& fold, ml::Task task)
{
    const auto trainRows = toRows(fold.train);
    const auto testRows = toRows(fold.test);
    ml::FeatureOptions options;
    options.task = task;
    // Tree kinds take category codes and gaps as they are (checkSpec has vetted the kind).
    const ml::ModelKind* kind = ml::ModelRegistry::instance().find(spec.modelKind);
    options.nativeEncoding = kind && kind->nativeFeatures;
    auto prep = ml::FeaturePrep::fit(table, spec.target, spec.features, trainRows, options);
    if (!prep.isOk()) return prep.status();
    FoldData data;
    auto xTrain = prep->transform(table, trainRows);
    if (!xTrain.isOk()) return xTrain.status();
    data.xTrain = std::move(xTrain).value();
    auto yTrain = prep->transformTarget(table, trainRows);
    if (!yTrain.isOk()) return yTrain.status();
    data.yTrain = std::move(yTrain).value();
    auto xTest = prep->transform(table, testRows);
    if (!xTest.isOk()) return xTest.status();
    data.xTest = std::move(xTest).value();
    auto yTest = prep->transformTarget(table, testRows);
    if (!yTest.isOk()) return yTest.status();
    data.yTest = std::move(yTest).value();
    data.target = ml::TargetInfo{prep->task(), prep->classCount(), prep->categoryCounts()};
    data.classNames = prep->classNames();
    data.features = static_cast<long>(prep->featureCount());
    data.warnings = prep->warnings();
    return data;
}

Result<FoldEvaluation> evaluateOnFold(const ml::Model& model, const FoldData& fold)
{
    const auto& target = fold.target;
    const auto testRows = static_cast<size_t>(fold.yTest.size());
    FoldEvaluation outcome;
    auto predicted = model.predict(fold.xTest);
    if (!predicted.isOk()) return predicted.status();
    if (target.task == ml::Task::Classification) {
        auto proba = model.predictProba(fold.xTest);
        if (!proba.isOk()) return proba.status();
        std::vector<int32_t> truth(testRows), guess(testRows);
        for (size_t i = 0; i < testRows; ++i) {
            truth[i] = static_cast<int32_t>(fold.yTest[static_cast<Eigen::Index>(i)]);
            guess[i] = static_cast<int32_t>((*predicted)[static_cast<Eigen::Index>(i)]);
        }
        auto metrics = classificationMetrics(truth, guess, *proba, target.classCount);
        if (!metrics.isOk()) return metrics.status();
        outcome.metrics = std::move(metrics).value();
        outcome.predictions.classScores.resize(static_cast<size_t>(target.classCount));
        for (int c = 0; c < target.classCount; ++c) {
            const auto column = proba->col(c);
            outcome.predictions.classScores[static_cast<size_t>(c)].assign(column.data(),
                                                                           column.data() + column.size());
        }
        outcome.predictions.truthCodes = std::move(truth);
        outcome.predictions.predictedCodes = std::move(guess);
    } else {
        std::vector<double> truth(fold.yTest.data(), fold.yTest.data() + fold.yTest.size());
        std::vector<double> guess(predicted->data(), predicted->data() + predicted->size());
        auto metrics = regressionMetrics(truth, guess);
        if (!metrics.isOk()) return metrics.status();
        outcome.metrics = std::move(metrics).value();
        outcome.predictions.truthValues = std::move(truth);
        outcome.predictions.predictedValues = std::move(guess);
    }
    return outcome;
}

}  // namespace mlwb::core
