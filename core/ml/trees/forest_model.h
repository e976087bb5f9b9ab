// An averaging ensemble of trees: class shares (classification) or values (regression) of the
// leaves a row reaches, averaged over the trees. The model of the tree (one tree) and
// random_forest kinds.
#pragma once

#include "core/base/job_context.h"
#include "core/ml/model.h"
#include "core/ml/trees/grower.h"

#include <memory>
#include <string>
#include <vector>

namespace mlwb::core::ml::trees {

class ForestModel final : public Model {
public:
    ForestModel(std::string kind, TargetInfo target, Eigen::Index featureCount, std::vector<Tree> trees);

    Task task() const override { return m_target.task; }
    std::string kind() const override { return m_kind; }
    Eigen::Index featureCount() const override { return m_featureCount; }
    int classCount() const override { return m_target.task == Task::Classification ? m_target.classCount : 0; }
    Result<Vector> predict(const Matrix& X) const override;
    Result<Matrix> predictProba(const Matrix& X) const override;

    const std::vector<Tree>& trees() const { return m_trees; }
    // Mean decrease of the split criterion per feature, summing to 1 (all zero for stumps).
    std::vector<double> featureImportances() const;

private:
    // rows x valueWidth: averaged leaf values.
    Result<Matrix> average(const Matrix& X) const;

    std::string m_kind;
    TargetInfo m_target;
    Eigen::Index m_featureCount;
    std::vector<Tree> m_trees;
};

// How to grow the trees of a forest (one tree and no bootstrap is a plain CART tree).
struct ForestSettings {
    std::string kind;  // the registry name, for messages
    int trees = 1;
    bool bootstrap = false;  // each tree draws rows with replacement (n draws)
    GrowthOptions growth;    // criterion and value channels are set from the task
    int maxBins = kMaxBins;
    bool parallelTrees = false;
    // Minimal cost-complexity pruning of each grown tree (pruning.h); 0 = none.
    double ccpAlpha = 0;
};

Result<std::unique_ptr<ForestModel>> trainForest(const Matrix& X, const Vector& y, const TargetInfo& target,
                                                 ForestSettings settings, uint64_t seed, JobContext& ctx);

// The number of features a split looks at for a max_features choice ("auto" = sqrt for
// classification, all for regression, as scikit-learn's forests do).
int maxFeaturesFor(const std::string& choice, Eigen::Index featureCount, Task task);

}  // namespace mlwb::core::ml::trees
