// Naive Bayes for mixed data, in the spirit of Weka's NaiveBayes: a Gaussian per class for
// each numeric feature, smoothed category counts for each category-coded one, and missing
// values (NaN) skipped. The registry's "naive_bayes" kind, which takes the native encoding.
#pragma once

#include "core/base/job_context.h"
#include "core/ml/model.h"
#include "core/ml/params.h"

#include <memory>
#include <vector>

namespace mlwb::core::ml {

struct ModelKind;

struct NaiveBayesParams {
    double varSmoothing = 1e-9;  // times the largest numeric feature variance, added to every variance
    double alpha = 1.0;          // added to every category count

    static std::vector<ParamSpec> schema();
    static NaiveBayesParams fromValues(const ParamValues& values);
};

class NaiveBayesModel final : public Model {
public:
    // What one feature learned. Numeric: per class a mean and a variance (smoothing
    // included). Categorical: per class the log probability of each category code.
    struct Feature {
        int categories = 0;       // 0: numeric
        bool used = true;         // false: no training row had a value, so it never contributes
        Vector means, variances;  // numeric: one per class
        Matrix logProbabilities;  // categorical: classes x categories
    };

    NaiveBayesModel(std::vector<Feature> features, Vector logPriors);

    Task task() const override { return Task::Classification; }
    std::string kind() const override { return "naive_bayes"; }
    Eigen::Index featureCount() const override { return static_cast<Eigen::Index>(m_features.size()); }
    int classCount() const override { return static_cast<int>(m_logPriors.size()); }
    // A missing value (NaN) adds nothing for its feature; a category code the training rows
    // did not have counts as seen zero times; a code outside 0..categories-1 is an error.
    Result<Vector> predict(const Matrix& X) const override;
    Result<Matrix> predictProba(const Matrix& X) const override;

    const std::vector<Feature>& features() const { return m_features; }
    const Vector& logPriors() const { return m_logPriors; }

private:
    // rows x classes: log prior + the log likelihood of each present value.
    Result<Matrix> jointLogLikelihood(const Matrix& X) const;

    std::vector<Feature> m_features;
    Vector m_logPriors;
};

// target.featureCategories says which columns hold category codes (empty: all numeric).
Result<std::unique_ptr<NaiveBayesModel>> trainNaiveBayes(const Matrix& X, const Vector& y, const TargetInfo& target,
                                                         const NaiveBayesParams& params, JobContext& ctx);

ModelKind naiveBayesModelKind();

}  // namespace mlwb::core::ml
