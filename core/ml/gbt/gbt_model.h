// Histogram gradient-boosted trees: the trained model (a baseline plus the scaled trees of
// every round) and its training. The "gbt" kind, like scikit-learn's
// HistGradientBoostingClassifier/Regressor.
#pragma once

#include "core/base/job_context.h"
#include "core/ml/model.h"
#include "core/ml/params.h"
#include "core/ml/trees/tree.h"

#include <memory>
#include <vector>

namespace mlwb::core::ml {

struct ModelKind;

struct GbtParams {
    enum class EarlyStopping { Auto, On, Off };
    double learningRate = 0.1;
    int maxIter = 100;
    int maxLeafNodes = 31;  // 0 = no limit
    int maxDepth = 0;       // 0 = no limit
    int minSamplesLeaf = 20;
    double l2Regularization = 0;
    int maxBins = 255;
    EarlyStopping earlyStopping = EarlyStopping::Auto;  // auto: on above 10,000 rows
    double validationFraction = 0.1;
    int nIterNoChange = 10;
    double tol = 1e-7;
    double subsample = 1.0;    // share of training rows each round sees
    double maxFeatures = 1.0;  // share of features each round may split on

    static std::vector<ParamSpec> schema();
    static GbtParams fromValues(const ParamValues& values);
};

class GbtModel final : public Model {
public:
    // trees: round after round, `outputs` trees per round (one per class for multiclass).
    GbtModel(TargetInfo target, Eigen::Index featureCount, std::vector<double> baseline,
             std::vector<trees::Tree> trees);

    Task task() const override { return m_target.task; }
    std::string kind() const override { return "gbt"; }
    Eigen::Index featureCount() const override { return m_featureCount; }
    int classCount() const override { return m_target.task == Task::Classification ? m_target.classCount : 0; }
    Result<Vector> predict(const Matrix& X) const override;
    Result<Matrix> predictProba(const Matrix& X) const override;

    // rows x outputs: baseline plus every tree (log-odds, class scores or values).
    Result<Matrix> rawPredict(const Matrix& X) const;
    int outputs() const { return static_cast<int>(m_baseline.size()); }
    int rounds() const { return static_cast<int>(m_trees.size()) / outputs(); }
    const std::vector<trees::Tree>& trees() const { return m_trees; }
    std::vector<double> featureImportances() const;

private:
    TargetInfo m_target;
    Eigen::Index m_featureCount;
    std::vector<double> m_baseline;
    std::vector<trees::Tree> m_trees;
};

Result<std::unique_ptr<GbtModel>> trainGbt(const Matrix& X, const Vector& y, const TargetInfo& target,
                                           const GbtParams& params, uint64_t seed, JobContext& ctx);

ModelKind gbtModelKind();

}  // namespace mlwb::core::ml
