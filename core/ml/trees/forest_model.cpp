#include "core/ml/trees/forest_model.h"

#include "core/base/text.h"
#include "core/base/thread_pool.h"
#include "core/eval/shuffle.h"
#include "core/ml/trees/pruning.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <numeric>

namespace mlwb::core::ml::trees {

ForestModel::ForestModel(std::string kind, TargetInfo target, Eigen::Index featureCount, std::vector<Tree> trees)
    : m_kind(std::move(kind)), m_target(std::move(target)), m_featureCount(featureCount), m_trees(std::move(trees))
{}

Result<Matrix> ForestModel::average(const Matrix& X) const
{
    MLWB_RETURN_IF_ERROR(checkFeatureCount(X));
    const int width = m_trees.front().valueWidth();
    Matrix sum = Matrix::Zero(X.rows(), width);
    for (const Tree& tree : m_trees) tree.accumulate(X, 1.0 / static_cast<double>(m_trees.size()), sum);
    return sum;
}

Result<Vector> ForestModel::predict(const Matrix& X) const
{
    auto scores = average(X);
    if (!scores.isOk()) return scores.status();
    if (m_target.task == Task::Regression) return Vector(scores->col(0));
    Vector out(X.rows());
    for (Eigen::Index i = 0; i < X.rows(); ++i) {
        Eigen::Index best = 0;
        scores->row(i).maxCoeff(&best);  // ties: the lower class code
        out[i] = static_cast<double>(best);
    }
    return out;
}

Result<Matrix> ForestModel::predictProba(const Matrix& X) const
{
    if (m_target.task != Task::Classification) return Model::predictProba(X);
    return average(X);
}

std::vector<double> ForestModel::featureImportances() const
{
    std::vector<double> importance(static_cast<size_t>(m_featureCount), 0.0);
    for (const Tree& tree : m_trees) tree.addGains(importance);
    const double total = std::accumulate(importance.begin(), importance.end(), 0.0);
    if (total > 0)
        for (double& v : importance) v /= total;
    return importance;
}

int maxFeaturesFor(const std::string& choice, Eigen::Index featureCount, Task task)
{
    const double p = static_cast<double>(featureCount);
    double count = p;
    if (choice == "sqrt" || (choice == "auto" && task == Task::Classification))
        count = std::sqrt(p);
    else if (choice == "log2")
        count = std::log2(p);
    return std::clamp(static_cast<int>(count), 1, static_cast<int>(featureCount));
}

namespace {

// Per row: [w, w*y] or, for classes, [w, w_1 .. w_{K-1}] (class 0 implicit), times the
// row's draw count.
void fillPayload(const Vector& y, const TargetInfo& target, const std::vector<uint32_t>& counts, int stride,
                 std::vector<double>& payload)
{
    payload.assign(static_cast<size_t>(y.size()) * stride, 0.0);
    for (Eigen::Index i = 0; i < y.size(); ++i) {
        const double w = counts.empty() ? 1.0 : counts[static_cast<size_t>(i)];
        if (w == 0) continue;
        double* slot = payload.data() + static_cast<size_t>(i) * stride;
        slot[0] = w;
        if (target.task == Task::Classification) {
            const int k = static_cast<int>(y[i]);
            if (k > 0) slot[k] = w;
        } else
            slot[1] = w * y[i];
    }
}

}  // namespace

Result<std::unique_ptr<ForestModel>> trainForest(const Matrix& X, const Vector& y, const TargetInfo& target,
                                                 ForestSettings settings, uint64_t seed, JobContext& ctx)
{
    MLWB_RETURN_IF_ERROR(checkTrainingData(X, y, target, settings.kind.c_str(), true));
    if (X.rows() > std::numeric_limits<uint32_t>::max() / 2)
        return Status::invalidArgument(
            trf("model \"{}\": {} rows are more than the trees support", settings.kind, X.rows()));
    GrowthOptions growth = settings.growth;
    const bool classification = target.task == Task::Classification;
    if (classification && growth.criterion == Criterion::Gradient) growth.criterion = Criterion::Squared;
    growth.classes = classification ? target.classCount : 0;
    if (growth.stride() > kMaxTreeClasses)
        return Status::invalidArgument(trf("model \"{}\": the target has {} classes; trees support at most {}",
                                           settings.kind, target.classCount, kMaxTreeClasses));
    growth.parallelFeatures = !settings.parallelTrees || settings.trees == 1;

    ctx.setProgress(0.0, tr("Binning features"));
    const BinnedMatrix binned = binTrainingRows(X, target.featureCategories, settings.maxBins);
    MLWB_RETURN_IF_ERROR(ctx.checkCancelled());

    const auto n = static_cast<size_t>(X.rows());
    std::vector<Tree> trees(static_cast<size_t>(settings.trees));
    std::atomic<int> done{0};
    const auto growOne = [&](size_t t) {
        if (ctx.isCancelled()) return;
        // Each tree's draws come from its own stream, so trees can grow in any order.
        std::mt19937_64 rng(deriveSeed(seed, t));
        std::vector<uint32_t> counts;
        std::vector<uint32_t> rows;
        if (settings.bootstrap) {
            counts.assign(n, 0);
            for (size_t i = 0; i < n; ++i) ++counts[uniformIndex(rng, n)];
            for (size_t i = 0; i < n; ++i)
                if (counts[i]) rows.push_back(static_cast<uint32_t>(i));
        } else {
            rows.resize(n);
            std::iota(rows.begin(), rows.end(), uint32_t{0});
        }
        std::vector<double> payload;
        fillPayload(y, target, counts, growth.stride(), payload);
        TreeGrower grower(binned, growth);
        grower.setCancellation(&ctx);
        trees[t] = grower.grow(std::move(rows), payload.data(), &rng);
        // On the tree's own rows and draw counts: R(t) is a share of its bootstrap weight.
        if (settings.ccpAlpha > 0 && !ctx.isCancelled())
            trees[t] = pruneTree(std::move(trees[t]), growth.criterion, settings.ccpAlpha);
        const int finished = ++done;
        ctx.setProgress(static_cast<double>(finished) / settings.trees, trf("Tree {} of {}", finished, settings.trees));
    };
    if (settings.parallelTrees)
        ThreadPool::global().parallelFor(trees.size(), growOne);
    else
        for (size_t t = 0; t < trees.size(); ++t) growOne(t);
    MLWB_RETURN_IF_ERROR(ctx.checkCancelled());
    return std::make_unique<ForestModel>(settings.kind, target, X.cols(), std::move(trees));
}

}  // namespace mlwb::core::ml::trees
