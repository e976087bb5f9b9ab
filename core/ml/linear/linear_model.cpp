#include "core/ml/linear/linear_model.h"

#include "core/base/text.h"
#include "core/ml/linear/lasso_solver.h"
#include "core/ml/registry.h"

#include <Eigen/Cholesky>
#include <Eigen/QR>

namespace mlwb::core::ml {

std::vector<ParamSpec> LinearParams::schema()
{
    return {
        ParamSpec::choiceParam("penalty", "none", {"none", "l2", "l1"},
                               trNoop("none: ordinary least squares; l2: ridge; l1: lasso")),
        ParamSpec::doubleParam("alpha", 1.0, 0, 1e12, trNoop("penalty strength (l2, l1); larger shrinks more")),
        ParamSpec::intParam("max_iter", 1000, 1, 1e7, trNoop("coordinate descent sweeps for l1")),
        ParamSpec::doubleParam("tol", 1e-4, 0, 1,
                               trNoop("convergence tolerance for l1 (duality gap relative to the target)"), true),
        ParamSpec::boolParam("fit_intercept", true, trNoop("fit a constant term")),
    };
}

LinearParams LinearParams::fromValues(const ParamValues& values)
{
    LinearParams params;
    const std::string& penalty = values.getChoice("penalty");
    params.penalty = penalty == "l2" ? Penalty::L2 : penalty == "l1" ? Penalty::L1 : Penalty::None;
    params.alpha = values.getDouble("alpha");
    params.maxIter = static_cast<int>(values.getInt("max_iter"));
    params.tol = values.getDouble("tol");
    params.fitIntercept = values.getBool("fit_intercept");
    return params;
}

Result<Vector> LinearModel::predict(const Matrix& X) const
{
    MLWB_RETURN_IF_ERROR(checkFeatureCount(X));
    Vector out = X * m_coefficients;
    out.array() += m_intercept;
    return out;
}

Result<std::unique_ptr<LinearModel>> trainLinear(const Matrix& X, const Vector& y, const LinearParams& params,
                                                 JobContext& ctx)
{
    MLWB_RETURN_IF_ERROR(checkTrainingData(X, y, {Task::Regression, 0}, "linear"));
    MLWB_RETURN_IF_ERROR(ctx.checkCancelled());
    ctx.setProgress(0.0, tr("Fitting linear model"));

    // Centering lets the intercept stay unpenalized and be recovered exactly afterwards, as
    // sklearn does.
    Eigen::RowVectorXd xMean = Eigen::RowVectorXd::Zero(X.cols());
    double yMean = 0;
    if (params.fitIntercept) {
        xMean = X.colwise().mean();
        yMean = y.mean();
    }
    const Matrix Xc = X.rowwise() - xMean;
    const Vector yc = y.array() - yMean;

    Vector w;
    std::vector<std::string> warnings;
    switch (params.penalty) {
    case LinearParams::Penalty::None:
        // The complete orthogonal decomposition gives the minimum-norm solution when features
        // are collinear, like numpy's lstsq behind sklearn's LinearRegression.
        w = Xc.completeOrthogonalDecomposition().solve(yc);
        break;
    case LinearParams::Penalty::L2: {
        if (!(params.alpha > 0)) {
            w = Xc.completeOrthogonalDecomposition().solve(yc);
        } else if (Xc.cols() <= Xc.rows()) {
            Matrix gram = Xc.transpose() * Xc;
            gram.diagonal().array() += params.alpha;
            w = gram.ldlt().solve(Xc.transpose() * yc);
        } else {
            // More features than rows (wide one-hot data): the n x n dual system
            // w = X^T (X X^T + alpha I)^-1 y gives the same w at a fraction of the cost.
            Matrix gram = Xc * Xc.transpose();
            gram.diagonal().array() += params.alpha;
            w = Xc.transpose() * gram.ldlt().solve(yc);
        }
        break;
    }
    case LinearParams::Penalty::L1: {
        LassoSolver solver(Xc, yc, params.alpha, params.tol);
        bool converged = false;
        for (int sweep = 0; sweep < params.maxIter && !converged; ++sweep) {
            if (ctx.isCancelled()) return Status::cancelled();
            converged = solver.step();
            if ((sweep & 15) == 0) ctx.setProgress(double(sweep + 1) / params.maxIter);
        }
        if (!converged)
            warnings.push_back(trf("lasso did not converge in {} sweeps (duality gap {}); raise max_iter or tol",
                                   params.maxIter, solver.dualityGap()));
        w = solver.coefficients();
        break;
    }
    }
    if (!w.allFinite())
        return Status::invalidArgument(
            tr("linear model: the solution is not finite; the features may be extremely large or collinear — "
               "try penalty=l2"));
    const double intercept = params.fitIntercept ? yMean - xMean.dot(w) : 0.0;
    auto model = std::make_unique<LinearModel>(std::move(w), intercept);
    for (auto& warning : warnings) model->addWarning(std::move(warning));
    ctx.setProgress(1.0);
    return model;
}

ModelKind linearModelKind()
{
    ModelKind kind;
    kind.name = "linear";
    kind.description = tr("Linear regression: least squares, ridge (l2) or lasso (l1)");
    kind.params = LinearParams::schema();
    kind.regression = true;
    kind.train = [](const Matrix& X, const Vector& y, const TargetInfo&, const ParamValues& values, uint64_t,
                    JobContext& ctx) -> Result<std::unique_ptr<Model>> {
        return asModel(trainLinear(X, y, LinearParams::fromValues(values), ctx));
    };
    return kind;
}

}  // namespace mlwb::core::ml
