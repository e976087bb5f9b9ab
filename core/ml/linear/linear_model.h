// Linear regression: ordinary least squares, ridge (L2) and lasso (L1), as scikit-learn's
// LinearRegression, Ridge and Lasso, chosen by penalty=none|l2|l1. The registry's "linear" kind.
#pragma once

#include "core/base/job_context.h"
#include "core/ml/model.h"
#include "core/ml/params.h"

#include <memory>

namespace mlwb::core::ml {

struct ModelKind;

struct LinearParams {
    enum class Penalty { None, L2, L1 };
    Penalty penalty = Penalty::None;
    double alpha = 1.0;  // strength of the penalty (ignored for none)
    int maxIter = 1000;  // coordinate descent sweeps (l1 only)
    double tol = 1e-4;   // duality-gap tolerance relative to ||y||^2 (l1 only), as sklearn's Lasso
    bool fitIntercept = true;

    static std::vector<ParamSpec> schema();
    static LinearParams fromValues(const ParamValues& values);
};

class LinearModel final : public Model {
public:
    LinearModel(Vector coefficients, double intercept) : m_coefficients(std::move(coefficients)), m_intercept(intercept)
    {}

    Task task() const override { return Task::Regression; }
    std::string kind() const override { return "linear"; }
    Eigen::Index featureCount() const override { return m_coefficients.size(); }
    Result<Vector> predict(const Matrix& X) const override;

    const Vector& coefficients() const { return m_coefficients; }
    double intercept() const { return m_intercept; }

private:
    Vector m_coefficients;
    double m_intercept;
};

Result<std::unique_ptr<LinearModel>> trainLinear(const Matrix& X, const Vector& y, const LinearParams& params,
                                                 JobContext& ctx);

ModelKind linearModelKind();

}  // namespace mlwb::core::ml
