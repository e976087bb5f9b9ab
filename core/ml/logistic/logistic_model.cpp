#include "core/ml/logistic/logistic_model.h"

#include "core/base/text.h"
#include "core/ml/optim/lbfgs.h"
#include "core/ml/registry.h"

#include <cmath>

namespace mlwb::core::ml {

namespace {

// log(1 + exp(v)) without overflow.
double softplus(double v)
{
    return v > 0 ? v + std::log1p(std::exp(-v)) : std::log1p(std::exp(v));
}

double sigmoid(double v)
{
    if (v >= 0) return 1.0 / (1.0 + std::exp(-v));
    const double e = std::exp(v);
    return e / (1.0 + e);
}

// Rows of logits -> rows of probabilities, shifted by the row maximum for stability.
void softmaxRows(Matrix& logits)
{
    for (Eigen::Index i = 0; i < logits.rows(); ++i) {
        const double top = logits.row(i).maxCoeff();
        logits.row(i) = (logits.row(i).array() - top).exp();
        logits.row(i) /= logits.row(i).sum();
    }
}

}  // namespace

std::vector<ParamSpec> LogisticParams::schema()
{
    return {
        ParamSpec::doubleParam("C", 1.0, 0, 1e12,
                               trNoop("inverse regularization strength; smaller means a simpler model"), true),
        ParamSpec::intParam("max_iter", 100, 1, 1e6, trNoop("L-BFGS iterations")),
        ParamSpec::doubleParam("tol", 1e-4, 0, 1, trNoop("stop when the largest gradient entry falls below"), true),
        ParamSpec::boolParam("fit_intercept", true, trNoop("fit a constant term per class")),
    };
}

LogisticParams LogisticParams::fromValues(const ParamValues& values)
{
    LogisticParams params;
    params.C = values.getDouble("C");
    params.maxIter = static_cast<int>(values.getInt("max_iter"));
    params.tol = values.getDouble("tol");
    params.fitIntercept = values.getBool("fit_intercept");
    return params;
}

Result<Matrix> LogisticModel::predictProba(const Matrix& X) const
{
    MLWB_RETURN_IF_ERROR(checkFeatureCount(X));
    Matrix logits = X * m_coefficients;
    logits.rowwise() += m_intercepts.transpose();
    if (m_classCount == 2) {
        Matrix proba(X.rows(), 2);
        for (Eigen::Index i = 0; i < X.rows(); ++i) {
            proba(i, 1) = sigmoid(logits(i, 0));
            proba(i, 0) = 1.0 - proba(i, 1);
        }
        return proba;
    }
    softmaxRows(logits);
    return logits;
}

Result<Vector> LogisticModel::predict(const Matrix& X) const
{
    MLWB_RETURN_IF_ERROR(checkFeatureCount(X));
    Matrix logits = X * m_coefficients;
    logits.rowwise() += m_intercepts.transpose();
    Vector out(X.rows());
    for (Eigen::Index i = 0; i < X.rows(); ++i) {
        if (m_classCount == 2) {
            out[i] = logits(i, 0) > 0 ? 1.0 : 0.0;  // sklearn: decision_function > 0 -> class 1
        } else {
            Eigen::Index best = 0;
            logits.row(i).maxCoeff(&best);  // first maximum: ties go to the lower class code
            out[i] = static_cast<double>(best);
        }
    }
    return out;
}

Result<std::unique_ptr<LogisticModel>> trainLogistic(const Matrix& X, const Vector& y, int classCount,
                                                     const LogisticParams& params, JobContext& ctx)
{
    MLWB_RETURN_IF_ERROR(checkTrainingData(X, y, {Task::Classification, classCount}, "logistic"));
    MLWB_RETURN_IF_ERROR(ctx.checkCancelled());
    ctx.setProgress(0.0, tr("Fitting logistic regression"));

    const Eigen::Index n = X.rows();
    const Eigen::Index p = X.cols();
    const Eigen::Index outputs = classCount == 2 ? 1 : classCount;
    const Eigen::Index interceptCount = params.fitIntercept ? outputs : 0;

    // Standardizing conditions the problem (features in dollars and in fractions converge
    // alike) without changing it: the penalty on w_std is weighted by 1/scale^2 so that it
    // equals 0.5 ||w||^2 on the original coefficients, and the optimum maps back exactly.
    Eigen::RowVectorXd mean = X.colwise().mean();
    if (!params.fitIntercept) mean.setZero();  // centering needs an intercept to absorb the shift
    Eigen::RowVectorXd scale = ((X.rowwise() - mean).colwise().squaredNorm() / double(n)).cwiseSqrt();
    for (Eigen::Index j = 0; j < p; ++j) {
        if (!(scale[j] > 1e-12)) scale[j] = 1.0;
    }
    const Matrix Z = (X.rowwise() - mean).array().rowwise() / scale.array();
    const Eigen::VectorXd penaltyWeight = scale.transpose().cwiseAbs2().cwiseInverse() / (params.C * double(n));

    Matrix targets = Matrix::Zero(n, outputs);
    for (Eigen::Index i = 0; i < n; ++i) {
        const int code = static_cast<int>(y[i]);
        if (outputs == 1)
            targets(i, 0) = code;
        else
            targets(i, code) = 1.0;
    }

    // Mean loss + penalty / n: the same minimizer as sklearn's C * sum + 0.5 ||w||^2, with
    // gradients on a scale where tol means the same whatever the row count.
    auto objective = [&](const Vector& x, Vector& grad) -> double {
        const Eigen::Map<const Matrix> W(x.data(), p, outputs);
        Matrix logits = Z * W;
        if (interceptCount) logits.rowwise() += x.tail(outputs).transpose();
        double loss = 0;
        if (outputs == 1) {
            for (Eigen::Index i = 0; i < n; ++i) {
                const double v = logits(i, 0);
                loss += softplus(v) - targets(i, 0) * v;
                logits(i, 0) = sigmoid(v) - targets(i, 0);
            }
        } else {
            for (Eigen::Index i = 0; i < n; ++i) {
                const double top = logits.row(i).maxCoeff();
                const double lse = top + std::log((logits.row(i).array() - top).exp().sum());
                loss += lse - logits.row(i).dot(targets.row(i));
                logits.row(i) = (logits.row(i).array() - lse).exp();
            }
            logits -= targets;
        }
        Eigen::Map<Matrix> gradW(grad.data(), p, outputs);
        gradW.noalias() = Z.transpose() * logits / double(n);
        gradW += (W.array().colwise() * penaltyWeight.array()).matrix();
        if (interceptCount) grad.tail(outputs) = logits.colwise().sum().transpose() / double(n);
        const double penalty = 0.5 * (W.array().square().colwise() * penaltyWeight.array()).sum();
        return loss / double(n) + penalty;
    };

    Lbfgs::Options options;
    options.gradientTolerance = params.tol;
    Lbfgs solver(objective, Vector::Zero(p * outputs + interceptCount), options);
    for (int iteration = 0; iteration < params.maxIter && solver.state() == Lbfgs::State::Running; ++iteration) {
        if (ctx.isCancelled()) return Status::cancelled();
        solver.step();
        ctx.setProgress(double(iteration + 1) / params.maxIter);
    }
    if (ctx.isCancelled()) return Status::cancelled();
    if (!solver.x().allFinite())
        return Status::invalidArgument(tr("logistic regression diverged; lower C or check the features"));

    const Eigen::Map<const Matrix> Wstd(solver.x().data(), p, outputs);
    Matrix W = Wstd.array().colwise() / scale.transpose().array();
    Vector b = interceptCount ? Vector(solver.x().tail(outputs)) : Vector::Zero(outputs);
    b -= (mean * W).transpose();
    auto model = std::make_unique<LogisticModel>(std::move(W), std::move(b), classCount);
    if (solver.state() != Lbfgs::State::Converged)
        model->addWarning(
            trf("logistic regression did not converge in {} iterations (largest gradient {}); "
                "raise max_iter",
                params.maxIter, solver.gradientNorm()));
    ctx.setProgress(1.0);
    return model;
}

ModelKind logisticModelKind()
{
    ModelKind kind;
    kind.name = "logistic";
    kind.description = tr("Logistic regression (L2), binary or multinomial");
    kind.params = LogisticParams::schema();
    kind.classification = true;
    kind.train = [](const Matrix& X, const Vector& y, const TargetInfo& target, const ParamValues& values, uint64_t,
                    JobContext& ctx) -> Result<std::unique_ptr<Model>> {
        return asModel(trainLogistic(X, y, target.classCount, LogisticParams::fromValues(values), ctx));
    };
    return kind;
}

}  // namespace mlwb::core::ml
