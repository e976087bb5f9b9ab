// Principal component analysis as scikit-learn's PCA(svd_solver="full"): centred on the
// training mean, components from the eigendecomposition of the covariance (the same as the
// SVD of the centred rows), sklearn's sign convention, optional whitening. The registry's
// "pca" kind; the experiment also uses fitPca for the 2-D views of clusterings.
#pragma once

#include "core/base/job_context.h"
#include "core/ml/params.h"
#include "core/ml/unsupervised.h"

#include <memory>

namespace mlwb::core::ml {

struct ModelKind;

struct PcaParams {
    int nComponents = 0;  // 0 = min(rows, features), scikit-learn's None
    bool whiten = false;  // scores divided by the square root of their variance
    bool scale = false;   // standardize the features first (PCA on the correlation matrix)

    static std::vector<ParamSpec> schema();
    static PcaParams fromValues(const ParamValues& values);
};

class PcaModel final : public DecompositionModel {
public:
    struct Fit {
        Vector mean;                    // per feature
        Vector scale;                   // per feature: standard deviations, or ones without scaling
        Matrix components;              // components x features, unit rows, largest variance first
        Vector explainedVariance;       // per component (denominator rows - 1, as sklearn)
        Vector explainedVarianceRatio;  // per component, of the total variance of all features
    };

    PcaModel(PcaParams params, Fit fit);

    std::string kind() const override { return "pca"; }
    Eigen::Index featureCount() const override { return m_fit.components.cols(); }
    Eigen::Index componentCount() const override { return m_fit.components.rows(); }
    Result<Matrix> transform(const Matrix& X) const override;
    const Vector& explainedVarianceRatio() const override { return m_fit.explainedVarianceRatio; }

    const Matrix& components() const { return m_fit.components; }
    const Vector& explainedVariance() const { return m_fit.explainedVariance; }
    const Vector& mean() const { return m_fit.mean; }

private:
    PcaParams m_params;
    Fit m_fit;
};

// The fit itself, for callers that want the model type (the experiment's projections).
Result<std::unique_ptr<PcaModel>> fitPca(const Matrix& X, const PcaParams& params, JobContext& ctx);

ModelKind pcaModelKind();

}  // namespace mlwb::core::ml
