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
    std::string target;                 // empty only for clustering and decomposition kinds
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
    ConfusionMatrix confusion;             // classification: classes x classes
    std::vector<RocCurve> roc;             // binary: one (positive class); else one per class
    std::vector<PrecisionRecallCurve> pr;  // same classes as roc
    Residuals residuals;                   // regression: a sample of at most 2,000 rows
};

// What the charts of a clustering or decomposition run show. Unsupervised runs fit on all
// rows (there is nothing to hold out), so these describe the training rows.
struct UnsupervisedDiagnostics {
    static constexpr size_t kMaxProjectionRows = 2000;
    static constexpr size_t kMaxSilhouetteRows = 10000;
    std::vector<int64_t> clusterSizes;           // clustering: rows per cluster code
    size_t silhouetteRows = 0;                   // clustering: rows the silhouette was computed on
    std::vector<double> explainedVarianceRatio;  // decomposition: per kept component, largest first
    // At most kMaxProjectionRows evenly spaced rows on the first two principal components of
    // the space the model works in (its own scaling applied), with their cluster codes
    // (clustering only), and the cluster centres on the same axes.
    std::vector<double> projectionX, projectionY;
    std::vector<int32_t> projectionLabels;
    std::vector<double> centerX, centerY;
    double projectionVarianceX = 0, projectionVarianceY = 0;  // share of the variance on each axis
};

struct ExperimentResult {
    ml::Task task = ml::Task::Classification;
    std::string modelKind;
    size_t rows = 0;    // rows used (all of the table)
    long features = 0;  // design-matrix columns of the (last) training split
    std::vector<std::string> classNames;
    MetricSet metrics;              // holdout metrics, or the mean over folds
    int folds = 0;                  // 0 for a holdout
    int repeats = 1;                // k-fold repeats (the cv summary covers folds x repeats runs)
    std::vector<MetricSummary> cv;  // per metric: mean, std over folds (empty for a holdout)
    double trainSeconds = 0;        // fitting time summed over folds (preparation excluded)
    ExperimentDiagnostics diagnostics;
    UnsupervisedDiagnostics unsupervised;  // clustering and decomposition runs
    std::vector<std::string> warnings;
};

// Clustering and decomposition kinds (kmeans, pca) need no target and fit on all rows: a
// given target column is left out of the features, folds and the test share do not apply.
// Their metrics: inertia and silhouette (on a seeded sample of at most 10,000 rows), or the
// explained variance ratio of the kept components.
Result<ExperimentResult> runExperiment(const Table& table, const ExperimentSpec& spec, JobContext& job);

}  // namespace mlwb::core
