// Model: what every trained model answers: its task and kind, and predictions for rows
// prepared by the same FeaturePrep that prepared its training rows. Used by evaluation,
// the CLI, the GUI's model views and (later) the model store.
#pragma once

#include "core/base/status.h"
#include "core/ml/matrix.h"

#include <string>
#include <vector>

namespace mlwb::core::ml {

// What a factory needs to know besides X and y: for classification y holds class codes
// 0..classCount-1 (as doubles), for regression the values.
struct TargetInfo {
    TargetInfo() = default;
    TargetInfo(Task task, int classCount, std::vector<int> featureCategories = {})
        : task(task), classCount(classCount), featureCategories(std::move(featureCategories))
    {}

    Task task = Task::Regression;
    int classCount = 0;
    // Kinds with ModelKind::nativeFeatures only: per column of X, the number of categories
    // when it holds category codes (FeatureOptions::nativeEncoding), 0 when numeric. Empty
    // means every column is numeric.
    std::vector<int> featureCategories;
};

class Model {
public:
    virtual ~Model() = default;

    virtual Task task() const = 0;
    virtual std::string kind() const = 0;
    virtual Eigen::Index featureCount() const = 0;
    // Number of classes for classification, 0 for regression.
    virtual int classCount() const { return 0; }

    // One value per row of X: a class code (as a double) or a regression value. Fails when X
    // does not have featureCount() columns.
    virtual Result<Vector> predict(const Matrix& X) const = 0;

    // rows x classCount() probabilities for classification; Unsupported for regression.
    virtual Result<Matrix> predictProba(const Matrix& X) const;

    // Non-fatal remarks from training, e.g. "did not converge; raise max_iter".
    const std::vector<std::string>& warnings() const { return m_warnings; }
    void addWarning(std::string warning) { m_warnings.push_back(std::move(warning)); }

protected:
    // The shared door check of predict(): the message says what the model was trained on.
    Status checkFeatureCount(const Matrix& X) const;

private:
    std::vector<std::string> m_warnings;
};

// Size checks shared by the factories: X and y agree, there is at least one row and one
// feature, nothing is NaN or infinite, class codes are in range. For clustering and
// decomposition y may be empty. Kinds that take missing features (NaN) pass
// allowMissingFeatures; infinities are refused always.
Status checkTrainingData(const Matrix& X, const Vector& y, const TargetInfo& target, const char* kind,
                         bool allowMissingFeatures = false);

}  // namespace mlwb::core::ml
