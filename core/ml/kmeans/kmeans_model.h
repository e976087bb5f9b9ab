// k-means clustering as scikit-learn's KMeans(algorithm="lloyd"): greedy k-means++
// initialisation (the same draws as sklearn for the same seed), n_init runs keeping the
// lowest inertia, Lloyd iterations until the labels stop changing or the centres move less
// than tol. By default on standardized features (scale=false: sklearn on the raw ones).
// The registry's "kmeans" kind.
#pragma once

#include "core/base/job_context.h"
#include "core/ml/params.h"
#include "core/ml/standardize.h"
#include "core/ml/unsupervised.h"

#include <memory>
#include <optional>
#include <vector>

namespace mlwb::core::ml {

struct ModelKind;

struct KMeansParams {
    int nClusters = 8;
    int nInit = 10;
    int maxIter = 300;
    double tol = 1e-4;
    // Standardize the features first (StandardScaler), inside the model: distances in raw
    // units let the widest feature decide the clusters.
    bool scale = true;

    static std::vector<ParamSpec> schema();
    static KMeansParams fromValues(const ParamValues& values);
};

class KMeansModel final : public ClusteringModel {
public:
    struct Fit {
        Matrix centers;               // k x features, in model space
        std::vector<int32_t> labels;  // per training row
        double inertia = 0;
        int iterations = 0;                // Lloyd iterations of the kept run
        std::vector<double> initInertias;  // the inertia reached from each initialisation, in order
    };

    KMeansModel(KMeansParams params, std::optional<Standardizer> scaling, Fit fit);

    std::string kind() const override { return "kmeans"; }
    Eigen::Index featureCount() const override { return m_fit.centers.cols(); }
    int clusterCount() const override { return static_cast<int>(m_fit.centers.rows()); }
    const Matrix& clusterCenters() const override { return m_fit.centers; }
    Result<Matrix> toModelSpace(const Matrix& X) const override;
    double trainingInertia() const override { return m_fit.inertia; }
    const std::vector<int32_t>& trainingLabels() const override { return m_fit.labels; }

    // The nearest centre of each row (ties: the lower cluster code), as a double.
    Result<Vector> predict(const Matrix& X) const override;
    // rows x clusters Euclidean distances to the centres in model space (sklearn's transform).
    Result<Matrix> transform(const Matrix& X) const;

    int iterations() const { return m_fit.iterations; }
    const std::vector<double>& initInertias() const { return m_fit.initInertias; }
    // Centres in the units of the input features (undoing the scaling).
    Matrix centersInFeatureUnits() const;

private:
    KMeansParams m_params;
    std::optional<Standardizer> m_scaling;
    Fit m_fit;
};

Result<std::unique_ptr<KMeansModel>> trainKMeans(const Matrix& X, const KMeansParams& params, uint64_t seed,
                                                 JobContext& ctx);

ModelKind kmeansModelKind();

}  // namespace mlwb::core::ml
