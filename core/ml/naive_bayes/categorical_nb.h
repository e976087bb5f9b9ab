// Categorical naive Bayes, as scikit-learn's CategoricalNB: every feature holds category codes
// 0, 1, 2, ... (0/1 one-hot and boolean columns qualify) with Laplace/Lidstone smoothing alpha.
// The registry's "categorical_nb" kind.
#pragma once

#include "core/base/job_context.h"
#include "core/ml/model.h"
#include "core/ml/params.h"

#include <memory>
#include <vector>

namespace mlwb::core::ml {

struct ModelKind;

struct CategoricalNbParams {
    double alpha = 1.0;     // added to every category count
    int minCategories = 0;  // at least this many categories per feature (sklearn's min_categories)

    static std::vector<ParamSpec> schema();
    static CategoricalNbParams fromValues(const ParamValues& values);
};

class CategoricalNbModel final : public Model {
public:
    // logProbabilities[feature]: classes x categories of log P(category | class).
    CategoricalNbModel(std::vector<Matrix> logProbabilities, Vector logPriors, Vector unseenLogProbabilities);

    Task task() const override { return Task::Classification; }
    std::string kind() const override { return "categorical_nb"; }
    Eigen::Index featureCount() const override { return static_cast<Eigen::Index>(m_logProbabilities.size()); }
    int classCount() const override { return static_cast<int>(m_logPriors.size()); }
    // A category code the training rows never reached counts as seen zero times (sklearn
    // raises an IndexError instead); a negative or fractional value is an error.
    Result<Vector> predict(const Matrix& X) const override;
    Result<Matrix> predictProba(const Matrix& X) const override;

    const std::vector<Matrix>& logProbabilities() const { return m_logProbabilities; }

private:
    Result<Matrix> jointLogLikelihood(const Matrix& X) const;

    std::vector<Matrix> m_logProbabilities;
    Vector m_logPriors;
    Matrix m_unseen;  // features x classes: log(alpha / (class count + alpha * categories))
};

Result<std::unique_ptr<CategoricalNbModel>> trainCategoricalNb(const Matrix& X, const Vector& y, int classCount,
                                                               const CategoricalNbParams& params, JobContext& ctx);

ModelKind categoricalNbModelKind();

}  // namespace mlwb::core::ml
