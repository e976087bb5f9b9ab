// Gaussian naive Bayes, as scikit-learn's GaussianNB: per-class feature means and variances
// (plus var_smoothing times the largest feature variance) and class priors from frequencies.
// The registry's "gaussian_nb" kind.
#pragma once

#include "core/base/job_context.h"
#include "core/ml/model.h"
#include "core/ml/params.h"

#include <memory>

namespace mlwb::core::ml {

struct ModelKind;

struct GaussianNbParams {
    double varSmoothing = 1e-9;

    static std::vector<ParamSpec> schema();
    static GaussianNbParams fromValues(const ParamValues& values);
};

class GaussianNbModel final : public Model {
public:
    // means and variances: classes x features; logPriors: one per class.
    GaussianNbModel(Matrix means, Matrix variances, Vector logPriors);

    Task task() const override { return Task::Classification; }
    std::string kind() const override { return "gaussian_nb"; }
    Eigen::Index featureCount() const override { return m_means.cols(); }
    int classCount() const override { return static_cast<int>(m_means.rows()); }
    Result<Vector> predict(const Matrix& X) const override;
    Result<Matrix> predictProba(const Matrix& X) const override;

    const Matrix& means() const { return m_means; }
    const Matrix& variances() const { return m_variances; }

private:
    // rows x classes: log prior + log likelihood (sklearn's _joint_log_likelihood).
    Matrix jointLogLikelihood(const Matrix& X) const;

    Matrix m_means;
    Matrix m_variances;
    Vector m_logPriors;
    Vector m_logNormalizers;  // per class: -0.5 sum log(2 pi var)
};

Result<std::unique_ptr<GaussianNbModel>> trainGaussianNb(const Matrix& X, const Vector& y, int classCount,
                                                         const GaussianNbParams& params, JobContext& ctx);

ModelKind gaussianNbModelKind();

// Shared by both naive Bayes models: row-wise normalized probabilities and argmax.
Matrix probabilitiesFromLogLikelihood(const Matrix& jointLogLikelihood);
Vector argmaxRows(const Matrix& scores);

}  // namespace mlwb::core::ml
