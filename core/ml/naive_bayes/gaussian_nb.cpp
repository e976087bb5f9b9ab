#include "core/ml/naive_bayes/gaussian_nb.h"

#include "core/base/text.h"
#include "core/ml/registry.h"

#include <cmath>
#include <numbers>

namespace mlwb::core::ml {

std::vector<ParamSpec> GaussianNbParams::schema()
{
    return {ParamSpec::doubleParam("var_smoothing", 1e-9, 0, 1e6,
                                   "fraction of the largest feature variance added to all variances for stability")};
}

GaussianNbParams GaussianNbParams::fromValues(const ParamValues& values)
{
    return {values.getDouble("var_smoothing")};
}

Matrix probabilitiesFromLogLikelihood(const Matrix& jll)
{
    Matrix proba(jll.rows(), jll.cols());
    for (Eigen::Index i = 0; i < jll.rows(); ++i) {
        const double top = jll.row(i).maxCoeff();
        proba.row(i) = (jll.row(i).array() - top).exp();
        proba.row(i) /= proba.row(i).sum();
    }
    return proba;
}

Vector argmaxRows(const Matrix& scores)
{
    Vector out(scores.rows());
    for (Eigen::Index i = 0; i < scores.rows(); ++i) {
        Eigen::Index best = 0;
        scores.row(i).maxCoeff(&best);  // the first maximum: ties go to the lower class code, as numpy's argmax
        out[i] = static_cast<double>(best);
    }
    return out;
}

GaussianNbModel::GaussianNbModel(Matrix means, Matrix variances, Vector logPriors)
    : m_means(std::move(means)), m_variances(std::move(variances)), m_logPriors(std::move(logPriors))
{
    m_logNormalizers = -0.5 * (2.0 * std::numbers::pi * m_variances.array()).log().rowwise().sum();
}

Matrix GaussianNbModel::jointLogLikelihood(const Matrix& X) const
{
    Matrix jll(X.rows(), m_means.rows());
    for (Eigen::Index c = 0; c < m_means.rows(); ++c) {
        const Eigen::RowVectorXd inverse = m_variances.row(c).cwiseInverse();
        const auto centered = X.rowwise() - m_means.row(c);
        jll.col(c) = (centered.array().square().rowwise() * inverse.array()).rowwise().sum() * -0.5;
        jll.col(c).array() += m_logPriors[c] + m_logNormalizers[c];
    }
    return jll;
}

Result<Vector> GaussianNbModel::predict(const Matrix& X) const
{
    MLWB_RETURN_IF_ERROR(checkFeatureCount(X));
    return argmaxRows(jointLogLikelihood(X));
}

Result<Matrix> GaussianNbModel::predictProba(const Matrix& X) const
{
    MLWB_RETURN_IF_ERROR(checkFeatureCount(X));
    return probabilitiesFromLogLikelihood(jointLogLikelihood(X));
}

Result<std::unique_ptr<GaussianNbModel>> trainGaussianNb(const Matrix& X, const Vector& y, int classCount,
                                                         const GaussianNbParams& params, JobContext& ctx)
{
    MLWB_RETURN_IF_ERROR(checkTrainingData(X, y, {Task::Classification, classCount}, "gaussian_nb"));
    MLWB_RETURN_IF_ERROR(ctx.checkCancelled());
    const Eigen::Index p = X.cols();
    Matrix means = Matrix::Zero(classCount, p);
    Matrix variances = Matrix::Zero(classCount, p);
    Vector counts = Vector::Zero(classCount);
    for (Eigen::Index i = 0; i < X.rows(); ++i) {
        const auto c = static_cast<Eigen::Index>(y[i]);
        counts[c] += 1;
        means.row(c) += X.row(i);
    }
    for (Eigen::Index c = 0; c < classCount; ++c) {
        if (counts[c] == 0)
            return Status::invalidArgument(
                trf("model \"gaussian_nb\": class {} has no training rows; every class needs at least one", c));
        means.row(c) /= counts[c];
    }
    // Two passes (mean, then squared deviations) for accuracy on large offsets such as dates.
    for (Eigen::Index i = 0; i < X.rows(); ++i) {
        const auto c = static_cast<Eigen::Index>(y[i]);
        variances.row(c) += (X.row(i) - means.row(c)).cwiseAbs2();
    }
    for (Eigen::Index c = 0; c < classCount; ++c) variances.row(c) /= counts[c];
    const Eigen::RowVectorXd overallMean = X.colwise().mean();
    const double largestVariance = ((X.rowwise() - overallMean).colwise().squaredNorm() / double(X.rows())).maxCoeff();
    double epsilon = params.varSmoothing * largestVariance;
    // All features constant: keep variances positive so the likelihood stays finite.
    if (!(epsilon > 0)) epsilon = std::max(params.varSmoothing, 1e-300);
    variances.array() += epsilon;
    Vector logPriors = (counts / double(X.rows())).array().log();
    ctx.setProgress(1.0);
    return std::make_unique<GaussianNbModel>(std::move(means), std::move(variances), std::move(logPriors));
}

ModelKind gaussianNbModelKind()
{
    ModelKind kind;
    kind.name = "gaussian_nb";
    kind.description = tr("Gaussian naive Bayes");
    kind.params = GaussianNbParams::schema();
    kind.classification = true;
    kind.train = [](const Matrix& X, const Vector& y, const TargetInfo& target, const ParamValues& values, uint64_t,
                    JobContext& ctx) -> Result<std::unique_ptr<Model>> {
        return asModel(trainGaussianNb(X, y, target.classCount, GaussianNbParams::fromValues(values), ctx));
    };
    return kind;
}

}  // namespace mlwb::core::ml
