// Fold data: the validation splits of an experiment, each fold's prepared design matrices
// (feature preparation learned on its training rows only) and a trained model's metrics on
// it. Shared by runExperiment and the hyperparameter search, which prepares each fold once
// and trains every candidate on the same matrices.
#pragma once

#include "core/base/job_context.h"
#include "core/data/table.h"
#include "core/eval/metrics.h"
#include "core/eval/splits.h"
#include "core/experiment/experiment.h"
#include "core/ml/matrix.h"
#include "core/ml/model.h"

#include <string>
#include <vector>

namespace mlwb::core {

// The checks of a spec that need no training: enough rows, the target column exists, the
// model kind is known, folds, repeats and test share make sense. Messages name the option.
Status checkExperimentSpec(const Table& table, const ExperimentSpec& spec);

// The task, detected from the target column alone, and the train/test rows of every fold:
// stratified by class for classification, a holdout when spec.folds is 0. A class with fewer
// rows than folds is tested in fewer folds, and one too small for the holdout trains only:
// the run goes on and `warnings` says so. A class of one row fails k-fold (the fold testing
// it could not learn it); a holdout keeps such a row for training.
struct SplitPlan {
    ml::Task task = ml::Task::Classification;
    std::vector<std::string> classNames;  // classes of the whole target
    std::vector<Fold> folds;
    std::vector<std::string> warnings;  // classes too small for the folds or the holdout
};
Result<SplitPlan> planSplits(const Table& table, const ExperimentSpec& spec);

// One fold ready to train on: everything learned from its training rows only.
struct FoldData {
    ml::TargetInfo target;
    std::vector<std::string> classNames;  // the classes its training rows have
    ml::Matrix xTrain;
    ml::Vector yTrain;
    ml::Matrix xTest;
    ml::Vector yTest;
    long features = 0;
    std::vector<std::string> warnings;  // columns the preparation left out, and why
};
Result<FoldData> prepareFold(const Table& table, const ExperimentSpec& spec, const Fold& fold, ml::Task task);

// Test-row predictions of a fold, pooled over folds for the charts of a run.
struct FoldPredictions {
    std::vector<int32_t> truthCodes, predictedCodes;
    std::vector<std::vector<double>> classScores;  // one score list per class
    std::vector<double> truthValues, predictedValues;
};

struct FoldEvaluation {
    MetricSet metrics;
    FoldPredictions predictions;
};

// Every metric of the task for a model trained on fold.xTrain, scored on fold.xTest.
Result<FoldEvaluation> evaluateOnFold(const ml::Model& model, const FoldData& fold);

}  // namespace mlwb::core
