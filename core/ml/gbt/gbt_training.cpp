// The boosting loop of the gbt kind: bins the training rows once, then each round fits one
// tree per output to the loss gradients, with an optional validation split for early stopping.
#include "core/base/text.h"
#include "core/base/thread_pool.h"
#include "core/eval/shuffle.h"
#include "core/eval/splits.h"
#include "core/ml/gbt/gbt_loss.h"
#include "core/ml/gbt/gbt_model.h"
#include "core/ml/trees/grower.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace mlwb::core::ml {

namespace {

// Early stopping "auto" turns on above this many rows, as scikit-learn's does.
constexpr Eigen::Index kAutoEarlyStoppingRows = 10000;

// The leaf a binned row reaches.
int32_t leafOfBinned(const trees::Tree& tree, const trees::BinnedMatrix& X, Eigen::Index row)
{
    int32_t at = 0;
    while (true) {
        const trees::TreeNode& node = tree.nodes()[static_cast<size_t>(at)];
        if (node.isLeaf()) return at;
        const uint8_t bin = X.column(node.feature)[row];
        bool left;
        if (bin == trees::kMissingBin)
            left = node.missingLeft;
        else if (node.categorical)
            left = tree.categoryGoesLeft(node, X.features[static_cast<size_t>(node.feature)].binToCode[bin]);
        else
            left = bin <= node.binThreshold;
        at = left ? node.left : node.right;
    }
}

// Adds the tree's values for the binned rows to column k of raw.
void addTree(const trees::Tree& tree, const trees::BinnedMatrix& X, Matrix& raw, int k)
{
    const auto chunks = splitIntoChunks(static_cast<size_t>(X.rows), 4096);
    ThreadPool::global().parallelFor(chunks.size(), [&](size_t c) {
        for (size_t i = chunks[c].begin; i < chunks[c].end; ++i) {
            const auto row = static_cast<Eigen::Index>(i);
            raw(row, k) += tree.value(leafOfBinned(tree, X, row))[0];
        }
    });
}

Matrix pickRows(const Matrix& X, const std::vector<uint32_t>& rows)
{
    Matrix out(static_cast<Eigen::Index>(rows.size()), X.cols());
    ThreadPool::global().parallelFor(static_cast<size_t>(X.cols()), [&](size_t f) {
        const auto col = static_cast<Eigen::Index>(f);
        for (size_t i = 0; i < rows.size(); ++i) out(static_cast<Eigen::Index>(i), col) = X(rows[i], col);
    });
    return out;
}

Vector pickRows(const Vector& y, const std::vector<uint32_t>& rows)
{
    Vector out(static_cast<Eigen::Index>(rows.size()));
    for (size_t i = 0; i < rows.size(); ++i) out[static_cast<Eigen::Index>(i)] = y[rows[i]];
    return out;
}

Status checkParams(const GbtParams& params, Eigen::Index rows)
{
    if (params.maxLeafNodes == 1)
        return Status::invalidArgument(
            tr("parameter \"max_leaf_nodes\": a tree needs at least 2 leaves (or 0 for no limit)"));
    if (params.maxLeafNodes == 0 && params.maxDepth == 0)
        return Status::invalidArgument(
            tr("parameters \"max_leaf_nodes\" and \"max_depth\" are both 0 (no limit); limit at least one"));
    if (params.minSamplesLeaf > rows)
        return Status::invalidArgument(
            trf("parameter \"min_samples_leaf\": {} is more than the {} training rows; "
                "lower it",
                params.minSamplesLeaf, rows));
    return Status::ok();
}

// scikit-learn's rule: stop when none of the last n_iter_no_change scores beats the score
// n_iter_no_change + 1 rounds back by more than tol. Scores are negated losses.
bool shouldStop(const std::vector<double>& scores, int patience, double tol)
{
    const size_t reference = static_cast<size_t>(patience) + 1;
    if (scores.size() < reference) return false;
    const double bar = scores[scores.size() - reference] + tol;
    for (size_t i = scores.size() - reference + 1; i < scores.size(); ++i)
        if (scores[i] > bar) return false;
    return true;
}

}  // namespace

Result<std::unique_ptr<GbtModel>> trainGbt(const Matrix& X, const Vector& y, const TargetInfo& target,
                                           const GbtParams& params, uint64_t seed, JobContext& ctx)
{
    MLWB_RETURN_IF_ERROR(checkTrainingData(X, y, target, "gbt", true));
    MLWB_RETURN_IF_ERROR(checkParams(params, X.rows()));
    const GbtLoss loss = target.task == Task::Regression ? GbtLoss::Squared
                         : target.classCount == 2        ? GbtLoss::Binary
                                                         : GbtLoss::Multinomial;
    const int outputs = loss == GbtLoss::Multinomial ? target.classCount : 1;

    // The validation rows for early stopping (stratified for classes, as scikit-learn's).
    const bool stopEarly =
        params.earlyStopping == GbtParams::EarlyStopping::On ||
        (params.earlyStopping == GbtParams::EarlyStopping::Auto && X.rows() > kAutoEarlyStoppingRows);
    std::vector<uint32_t> trainRows, validationRows;
    if (stopEarly) {
        const uint64_t splitSeed = deriveSeed(seed, 0x5eed);
        auto split = [&]() -> Result<Fold> {
            if (target.task != Task::Classification)
                return holdout(static_cast<size_t>(y.size()), params.validationFraction, splitSeed);
            std::vector<int32_t> labels(static_cast<size_t>(y.size()));
            for (Eigen::Index i = 0; i < y.size(); ++i) labels[static_cast<size_t>(i)] = static_cast<int32_t>(y[i]);
            return stratifiedHoldout(labels, params.validationFraction, splitSeed);
        }();
        if (!split.isOk())
            return split.status().withContext(
                tr("the early-stopping validation split (parameter \"validation_fraction\")"));
        trainRows = std::move(split->train);
        validationRows = std::move(split->test);
        std::sort(trainRows.begin(), trainRows.end());
        std::sort(validationRows.begin(), validationRows.end());
    } else {
        trainRows.resize(static_cast<size_t>(X.rows()));
        std::iota(trainRows.begin(), trainRows.end(), uint32_t{0});
    }
    const bool wholeX = validationRows.empty();
    const Matrix xTrainCopy = wholeX ? Matrix() : pickRows(X, trainRows);
    const Matrix& xTrain = wholeX ? X : xTrainCopy;
    const Vector yTrain = wholeX ? y : pickRows(y, trainRows);
    const auto n = static_cast<size_t>(xTrain.rows());
    if (n < 2) return Status::invalidArgument(tr("model \"gbt\": fewer than two rows are left to train on"));

    ctx.setProgress(0.0, tr("Binning features"));
    const trees::BinnedMatrix binned = trees::binTrainingRows(xTrain, target.featureCategories, params.maxBins);
    trees::BinnedMatrix binnedValidation;
    Vector yValidation;
    if (!validationRows.empty()) {
        binnedValidation = trees::applyBins(pickRows(X, validationRows), binned.features);
        yValidation = pickRows(y, validationRows);
    }
    MLWB_RETURN_IF_ERROR(ctx.checkCancelled());

    std::vector<uint32_t> allRows(n);
    std::iota(allRows.begin(), allRows.end(), uint32_t{0});
    const std::vector<double> baseline = gbtBaseline(loss, yTrain, allRows, outputs);
    Matrix raw(static_cast<Eigen::Index>(n), outputs);
    Matrix rawValidation(binnedValidation.rows, outputs);
    for (int k = 0; k < outputs; ++k) {
        raw.col(k).setConstant(baseline[size_t(k)]);
        rawValidation.col(k).setConstant(baseline[size_t(k)]);
    }

    trees::GrowthOptions growth;
    growth.criterion = trees::Criterion::Gradient;
    growth.maxLeaves = params.maxLeafNodes;
    growth.maxDepth = params.maxDepth;
    growth.minSamplesLeaf = params.minSamplesLeaf;
    growth.minHessian = 1e-3;
    growth.l2 = params.l2Regularization;
    growth.subtractHistograms = true;
    trees::TreeGrower grower(binned, growth);
    grower.setCancellation(&ctx);

    std::vector<double> payload(trees::kGradientStride * n, 0.0);
    std::vector<trees::Tree> grown;
    std::vector<double> scores;
    if (stopEarly) scores.push_back(-gbtLossValue(loss, rawValidation, yValidation, {}));
    const auto featureCount = static_cast<int>(binned.cols());
    for (int round = 0; round < params.maxIter; ++round) {
        MLWB_RETURN_IF_ERROR(ctx.checkCancelled());
        ctx.setProgress(static_cast<double>(round) / params.maxIter, trf("Round {} of {}", round + 1, params.maxIter));
        // Each round's samples come from its own stream: reproducible whatever ran before.
        std::mt19937_64 rng(deriveSeed(seed, static_cast<uint64_t>(round) + 1));
        std::vector<uint32_t> rows = allRows;
        if (params.subsample < 1.0) {
            const auto keep = std::max<size_t>(2, static_cast<size_t>(std::llround(params.subsample * double(n))));
            shuffleInPlace(rows, rng);
            rows.resize(std::min(keep, n));
            std::sort(rows.begin(), rows.end());
        }
        if (params.maxFeatures < 1.0) {
            std::vector<uint32_t> features(static_cast<size_t>(featureCount));
            std::iota(features.begin(), features.end(), uint32_t{0});
            shuffleInPlace(features, rng);
            const auto keep = std::max(1, static_cast<int>(std::llround(params.maxFeatures * featureCount)));
            std::vector<int> chosen(features.begin(), features.begin() + std::min(keep, featureCount));
            std::sort(chosen.begin(), chosen.end());
            grower.setFeatures(std::move(chosen));
        }
        // Every output's gradients come from the scores before this round: for several
        // classes, their softmax probabilities, computed once for all of them.
        const Matrix probabilities = outputs > 1 ? gbtProbabilities(loss, raw) : Matrix();
        const Matrix& current = outputs > 1 ? probabilities : raw;
        for (int k = 0; k < outputs; ++k) {
            gbtGradients(loss, current, yTrain, rows, k, payload);
            trees::Tree tree = grower.grow(rows, payload.data());
            for (int32_t node = 0; node < static_cast<int32_t>(tree.nodes().size()); ++node)
                tree.value(node)[0] *= params.learningRate;
            // The grown rows' leaves are known from the grower's partition; others walk the tree.
            // Leaves hold disjoint rows, so they can be updated in parallel.
            const auto& order = grower.rows();
            std::vector<int32_t> leaves;
            for (int32_t node = 0; node < static_cast<int32_t>(tree.nodes().size()); ++node)
                if (tree.nodes()[static_cast<size_t>(node)].isLeaf()) leaves.push_back(node);
            ThreadPool::global().parallelFor(leaves.size(), [&](size_t l) {
                const int32_t node = leaves[l];
                const double step = tree.value(node)[0];
                for (uint32_t i = grower.nodeBegin(node); i < grower.nodeEnd(node); ++i) raw(order[i], k) += step;
            });
            if (rows.size() < n) {
                std::vector<char> grownRow(n, 0);
                for (uint32_t r : rows) grownRow[r] = 1;
                for (size_t r = 0; r < n; ++r)
                    if (!grownRow[r])
                        raw(static_cast<Eigen::Index>(r), k) +=
                            tree.value(leafOfBinned(tree, binned, Eigen::Index(r)))[0];
            }
            if (stopEarly) addTree(tree, binnedValidation, rawValidation, k);
            grown.push_back(std::move(tree));
        }
        if (stopEarly) {
            scores.push_back(-gbtLossValue(loss, rawValidation, yValidation, {}));
            if (shouldStop(scores, params.nIterNoChange, params.tol)) break;
        }
    }
    ctx.setProgress(1.0);
    return std::make_unique<GbtModel>(target, X.cols(), baseline, std::move(grown));
}

}  // namespace mlwb::core::ml
