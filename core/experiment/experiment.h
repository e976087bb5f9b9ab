// Experiment: one train-and-evaluate run of a model kind on a table: feature preparation
// learned on each training split only, a holdout or k-fold validation, metrics per fold and
// their mean and spread. Used by `mlwb-cli train` and the Train and Evaluate dock.
#pragma once

#include "core/base/job_context.h"
#include "core/data/table.h"
#include "core/eval/curves.h"
#include "core/eval/metrics.h"
#include "core/ml/matrix.h"

#include <cstdint>
#include <string>
#include <vector>

namespace mlwb::core {

struct ExperimentSpec {
    std::string target;
    std::vector<std::string> features;  // empty = every column but the target
    std::string modelKind;              // a name from ml::ModelRegistry
    std::vector<std::string> params;    // "NAME=VALUE"
    int folds = 0;                      // k-fold cross-validation when >= 2, else holdout
    int repeats = 1;                    // repeated k-fold: each repeat reshuffles the folds
    double testFraction = 0.25;         // holdout share of rows
    uint64_t seed = 0;
};

// What the charts of a run show, from the test rows of every fold pooled together. Curves
// are thinned to at most kMaxCurvePoints points (they can have one point per row).
struct ExperimentDiagnostics {
    static constexpr size_t kMaxCurvePoints = 400;
    ConfusionMatrix confusion;                 // classification: classes x classes
    std::vector<RocCurve> roc;                 // binary: one (positive class); else one per class
    std::vector<PrecisionRecallCurve> pr;      // same classes as roc
    Residuals residuals;                       // regression: a sample of at most 2,000 rows
};

struct ExperimentResult {
    ml::Task task = ml::Task::Classification;
    std::string modelKind;
    size_t rows = 0;                  // rows used (all of the table)
    long features = 0;                // design-matrix columns of the (last) training split
    std::vector<std::string> classNames;
    MetricSet metrics;                // holdout metrics, or the mean over folds
    int folds = 0;                    // 0 for a holdout
    int repeats = 1;                  // k-fold repeats (the cv summary covers folds x repeats runs)
    std::vector<MetricSummary> cv;    // per metric: mean, std over folds (empty for a holdout)
    double trainSeconds = 0;          // fitting time summed over folds (preparation excluded)
    ExperimentDiagnostics diagnostics;
    std::vector<std::string> warnings;
};

Result<ExperimentResult> runExperiment(const Table& table, const ExperimentSpec& spec, JobContext& job);

}  // namespace mlwb::core
