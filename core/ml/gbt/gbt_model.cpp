#include "core/ml/gbt/gbt_model.h"

#include "core/base/text.h"
#include "core/ml/gbt/gbt_loss.h"
#include "core/ml/registry.h"

#include <numeric>

namespace mlwb::core::ml {

std::vector<ParamSpec> GbtParams::schema()
{
    return {
        ParamSpec::doubleParam("learning_rate", 0.1, 0, 10, trNoop("shrinkage of each round's trees"), true),
        ParamSpec::intParam("max_iter", 100, 1, 100000, trNoop("boosting rounds (trees per class)")),
        ParamSpec::intParam("max_leaf_nodes", 31, 0, 1e6,
                            trNoop("most leaves per tree, best split first; 0 = no limit")),
        ParamSpec::intParam("max_depth", 0, 0, 1000, trNoop("deepest level of a tree; 0 = no limit")),
        ParamSpec::intParam("min_samples_leaf", 20, 1, 1e9, trNoop("rows each leaf must keep")),
        ParamSpec::doubleParam("l2_regularization", 0, 0, 1e12, trNoop("L2 penalty on leaf values")),
        ParamSpec::intParam("max_bins", 255, 2, 255, trNoop("value bins per numeric feature (quantiles)")),
        ParamSpec::choiceParam("early_stopping", "auto", {"auto", "true", "false"},
                               trNoop("stop when the validation loss stops improving; auto: on above 10,000 rows")),
        ParamSpec::doubleParam("validation_fraction", 0.1, 0, 1,
                               trNoop("share of training rows held out for early stopping"), true),
        ParamSpec::intParam("n_iter_no_change", 10, 1, 100000, trNoop("rounds without improvement before stopping")),
        ParamSpec::doubleParam("tol", 1e-7, 0, 1e12, trNoop("improvement of the validation loss that counts")),
        ParamSpec::doubleParam("subsample", 1.0, 0, 1, trNoop("share of training rows each round sees (drawn anew)"),
                               true),
        ParamSpec::doubleParam("max_features", 1.0, 0, 1, trNoop("share of features each round may split on"), true),
    };
}

GbtParams GbtParams::fromValues(const ParamValues& values)
{
    GbtParams params;
    params.learningRate = values.getDouble("learning_rate");
    params.maxIter = static_cast<int>(values.getInt("max_iter"));
    params.maxLeafNodes = static_cast<int>(values.getInt("max_leaf_nodes"));
    params.maxDepth = static_cast<int>(values.getInt("max_depth"));
    params.minSamplesLeaf = static_cast<int>(values.getInt("min_samples_leaf"));
    params.l2Regularization = values.getDouble("l2_regularization");
    params.maxBins = static_cast<int>(values.getInt("max_bins"));
    const std::string& stopping = values.getChoice("early_stopping");
    params.earlyStopping = stopping == "true"    ? EarlyStopping::On
                           : stopping == "false" ? EarlyStopping::Off
                                                 : EarlyStopping::Auto;
    params.validationFraction = values.getDouble("validation_fraction");
    params.nIterNoChange = static_cast<int>(values.getInt("n_iter_no_change"));
    params.tol = values.getDouble("tol");
    params.subsample = values.getDouble("subsample");
    params.maxFeatures = values.getDouble("max_features");
    return params;
}

GbtModel::GbtModel(TargetInfo target, Eigen::Index featureCount, std::vector<double> baseline,
                   std::vector<trees::Tree> trees)
    : m_target(std::move(target)),
      m_featureCount(featureCount),
      m_baseline(std::move(baseline)),
      m_trees(std::move(trees))
{}

Result<Matrix> GbtModel::rawPredict(const Matrix& X) const
{
    MLWB_RETURN_IF_ERROR(checkFeatureCount(X));
    const int k = outputs();
    Matrix raw(X.rows(), k);
    for (int j = 0; j < k; ++j) raw.col(j).setConstant(m_baseline[size_t(j)]);
    // One output column per class tree: accumulate each tree into a one-column view.
    Matrix column(X.rows(), 1);
    for (size_t t = 0; t < m_trees.size(); ++t) {
        const auto j = static_cast<Eigen::Index>(t % static_cast<size_t>(k));
        if (k == 1) {
            m_trees[t].accumulate(X, 1.0, raw);
            continue;
        }
        column.setZero();
        m_trees[t].accumulate(X, 1.0, column);
        raw.col(j) += column.col(0);
    }
    return raw;
}

Result<Vector> GbtModel::predict(const Matrix& X) const
{
    auto raw = rawPredict(X);
    if (!raw.isOk()) return raw.status();
    if (m_target.task == Task::Regression) return Vector(raw->col(0));
    Vector out(X.rows());
    for (Eigen::Index i = 0; i < X.rows(); ++i) {
        if (raw->cols() == 1) {
            out[i] = (*raw)(i, 0) > 0 ? 1.0 : 0.0;
            continue;
        }
        Eigen::Index best = 0;
        raw->row(i).maxCoeff(&best);
        out[i] = static_cast<double>(best);
    }
    return out;
}

Result<Matrix> GbtModel::predictProba(const Matrix& X) const
{
    if (m_target.task != Task::Classification) return Model::predictProba(X);
    auto raw = rawPredict(X);
    if (!raw.isOk()) return raw.status();
    return gbtProbabilities(outputs() == 1 ? GbtLoss::Binary : GbtLoss::Multinomial, *raw);
}

std::vector<double> GbtModel::featureImportances() const
{
    std::vector<double> importance(static_cast<size_t>(m_featureCount), 0.0);
    for (const auto& tree : m_trees) tree.addGains(importance);
    const double total = std::accumulate(importance.begin(), importance.end(), 0.0);
    if (total > 0)
        for (double& v : importance) v /= total;
    return importance;
}

ModelKind gbtModelKind()
{
    ModelKind kind;
    kind.name = "gbt";
    kind.description = tr("histogram gradient-boosted trees with native categories and missing values");
    kind.params = GbtParams::schema();
    kind.classification = true;
    kind.regression = true;
    kind.nativeFeatures = true;
    kind.train = [](const Matrix& X, const Vector& y, const TargetInfo& target, const ParamValues& values,
                    uint64_t seed, JobContext& ctx) -> Result<std::unique_ptr<Model>> {
        return asModel(trainGbt(X, y, target, GbtParams::fromValues(values), seed, ctx));
    };
    return kind;
}

}  // namespace mlwb::core::ml
