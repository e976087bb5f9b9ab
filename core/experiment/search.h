// Hyperparameter search: grid or random search over a model kind's parameters, every
// candidate cross-validated on the same folds (prepared once), (candidate, fold) pairs run in
// parallel, ranked into a leaderboard. Used by `mlwb-cli tune` and the Tune panel.
#pragma once

#include "core/base/job_context.h"
#include "core/data/table.h"
#include "core/eval/metrics.h"
#include "core/experiment/experiment.h"
#include "core/experiment/search_space.h"

#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace mlwb::core {

struct SearchSpec {
    SearchSpec() { base.folds = 5; }

    // Target, features, model kind, fixed parameters ("NAME=VALUE", not searched), folds
    // (5 by default; 0 = one holdout), repeats and seed, as a train run takes them.
    ExperimentSpec base;
    SearchMode mode = SearchMode::Grid;
    std::vector<std::string> space;  // "NAME=v1,v2,..." or (random) "NAME=LOW:HIGH[:log]"
    int iterations = 10;             // random search: candidates to draw
    std::string scoring;             // a metric name; empty = defaultScoring(task)
    // Bytes of prepared folds the search may hold at once; 0 = a quarter of the machine's
    // memory. When the folds do not all fit, they are prepared one at a time (every candidate
    // trains on a fold before the next is prepared): slower to schedule, same results.
    size_t foldMemoryBudget = 0;
};

// The rule when no metric is given: accuracy for classification, r2 for regression (the
// default score of scikit-learn's classifiers and regressors).
std::string_view defaultScoring(ml::Task task);
// log_loss, brier, rmse, mae and mape: lower is better, so the leaderboard ranks them ascending.
bool lowerIsBetter(std::string_view metric);
// Ok when `metric` is a metric of the task; otherwise a message listing the task's metrics.
Status checkScoring(std::string_view metric, ml::Task task);
// Ok when `metric` is a metric of some task, for checks before the task is known.
Status checkScoringName(std::string_view metric);

struct SearchCandidate {
    size_t index = 0;                                            // generation order: grid order or draw order
    std::vector<std::string> params;                             // the searched parameters, "NAME=VALUE"
    std::vector<MetricSummary> metrics;                          // every metric's mean and std over the folds
    double score = std::numeric_limits<double>::quiet_NaN();     // mean of the scoring metric
    double scoreStd = std::numeric_limits<double>::quiet_NaN();  // its std over folds (NaN for one fold)
    double fitSeconds = 0;                                       // training time summed over folds
    // Not ok when a fold failed (the first failing fold's error, naming it): the candidate
    // then ranks last, and the search goes on with the others.
    Status error;
    std::vector<std::string> warnings;  // from training, e.g. "did not converge"

    bool failed() const { return !error.isOk(); }
};

struct SearchResult {
    ml::Task task = ml::Task::Classification;
    std::string modelKind;
    SearchMode mode = SearchMode::Grid;
    std::string scoring;
    bool lowerIsBetter = false;
    size_t rows = 0;
    long features = 0;  // design-matrix columns of the last fold
    int folds = 0;      // 0 for a holdout
    int repeats = 1;
    std::vector<std::string> classNames;
    // Best first: by mean score (ascending for lower-is-better metrics), ties by index;
    // candidates whose score is undefined, then failed candidates, last.
    std::vector<SearchCandidate> leaderboard;
    // The fixed parameters and the best candidate's: what `mlwb-cli train --param` takes to
    // train the winner (with the same folds and seed it reproduces the winner's score).
    std::vector<std::string> bestParams;
    double seconds = 0;  // wall time of the whole search
    std::vector<std::string> warnings;
};

// Checks the whole spec (kind, fixed parameters, every searched value against the schema,
// scoring, folds) before training anything. Every (candidate, fold) pair trains with
// spec.base.seed on the folds a train run with that seed uses, so the results are the same
// at any thread count and a candidate's score is what `train --cv K` reports for it.
// Progress counts finished pairs; cancel stops between pairs and inside training.
Result<SearchResult> runSearch(const Table& table, const SearchSpec& spec, JobContext& job);

}  // namespace mlwb::core
