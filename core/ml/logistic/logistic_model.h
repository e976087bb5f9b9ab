// L2-regularized logistic regression, binary (sigmoid) and multinomial (softmax), with the
// objective of scikit-learn's LogisticRegression(C, penalty="l2", solver="lbfgs"). The
// registry's "logistic" kind.
#pragma once

#include "core/base/job_context.h"
#include "core/ml/model.h"
#include "core/ml/params.h"

#include <memory>

namespace mlwb::core::ml {

struct ModelKind;

struct LogisticParams {
    double C = 1.0;     // inverse penalty strength: the loss sum is weighted by C against 0.5 ||w||^2
    int maxIter = 100;  // L-BFGS iterations
    double tol = 1e-4;  // stop when the largest gradient entry of the mean loss falls below
    bool fitIntercept = true;

    static std::vector<ParamSpec> schema();
    static LogisticParams fromValues(const ParamValues& values);
};

class LogisticModel final : public Model {
public:
    // coefficients: features x 1 for two classes (the log-odds of class 1), features x K for K > 2.
    LogisticModel(Matrix coefficients, Vector intercepts, int classCount)
        : m_coefficients(std::move(coefficients)), m_intercepts(std::move(intercepts)), m_classCount(classCount)
    {}

    Task task() const override { return Task::Classification; }
    std::string kind() const override { return "logistic"; }
    Eigen::Index featureCount() const override { return m_coefficients.rows(); }
    int classCount() const override { return m_classCount; }
    Result<Vector> predict(const Matrix& X) const override;
    Result<Matrix> predictProba(const Matrix& X) const override;

    const Matrix& coefficients() const { return m_coefficients; }
    const Vector& intercepts() const { return m_intercepts; }

private:
    Matrix m_coefficients;
    Vector m_intercepts;
    int m_classCount;
};

Result<std::unique_ptr<LogisticModel>> trainLogistic(const Matrix& X, const Vector& y, int classCount,
                                                     const LogisticParams& params, JobContext& ctx);

ModelKind logisticModelKind();

}  // namespace mlwb::core::ml
