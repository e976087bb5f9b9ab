// The models without a target: ClusteringModel (rows -> cluster codes, centres) and
// DecompositionModel (rows -> component scores). Used by kmeans, pca and the experiment's
// unsupervised run, which knows them only through these interfaces.
#pragma once

#include "core/ml/model.h"

namespace mlwb::core::ml {

class ClusteringModel : public Model {
public:
    Task task() const override { return Task::Clustering; }

    virtual int clusterCount() const = 0;
    // clusterCount() x features, in the space the model measures distances in (after its own
    // scaling, when it scales), so that metrics see what the model saw.
    virtual const Matrix& clusterCenters() const = 0;
    // Rows in that space: standardized with the training means and deviations when the model
    // scales, unchanged otherwise. Fails when X has another number of features.
    virtual Result<Matrix> toModelSpace(const Matrix& X) const = 0;
    // The objective on the training rows: sum of squared distances to the nearest centre.
    virtual double trainingInertia() const = 0;
    // Cluster code of every training row, as predict() would give it.
    virtual const std::vector<int32_t>& trainingLabels() const = 0;
};

class DecompositionModel : public Model {
public:
    Task task() const override { return Task::Decomposition; }

    virtual Eigen::Index componentCount() const = 0;
    // rows x componentCount() scores of the rows on the components.
    virtual Result<Matrix> transform(const Matrix& X) const = 0;
    // Share of the total variance of each kept component, largest first.
    virtual const Vector& explainedVarianceRatio() const = 0;

    // A decomposition has nothing to predict: Unsupported, pointing to transform().
    Result<Vector> predict(const Matrix& X) const override;
};

}  // namespace mlwb::core::ml
