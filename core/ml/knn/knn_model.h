// k-nearest neighbours, classification and regression, as scikit-learn's KNeighborsClassifier
// and KNeighborsRegressor with the Euclidean metric and exact (brute-force) search, on
// features standardized by default (Weka's IBk rescales by default too); scale=false is
// scikit-learn's behaviour on the raw features. The registry's "knn" kind.
#pragma once

#include "core/base/job_context.h"
#include "core/ml/model.h"
#include "core/ml/params.h"
#include "core/ml/standardize.h"

#include <memory>
#include <optional>

namespace mlwb::core::ml {

struct ModelKind;

struct KnnParams {
    enum class Weights { Uniform, Distance };
    int nNeighbors = 5;
    Weights weights = Weights::Uniform;  // distance: 1/d, and exact matches alone when there are any
    // Standardize the features with the training rows' means and deviations, inside the
    // model: a distance in raw units lets the widest feature (incomes beside ages) decide.
    bool scale = true;

    static std::vector<ParamSpec> schema();
    static KnnParams fromValues(const ParamValues& values);
};

// The k nearest training rows of each query row, nearest first; equal distances are ordered
// by training row index, so results never depend on thread count or block boundaries.
// Distances are in the space the model searches in (standardized when scale is on).
struct Neighbors {
    Eigen::Matrix<Eigen::Index, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> indices;  // queries x k
    Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> distances;      // queries x k
};

class KnnModel final : public Model {
public:
    KnnModel(TargetInfo target, const Matrix& X, Vector y, KnnParams params);

    Task task() const override { return m_target.task; }
    std::string kind() const override { return "knn"; }
    Eigen::Index featureCount() const override { return m_trainT.rows(); }
    int classCount() const override { return m_target.task == Task::Classification ? m_target.classCount : 0; }
    Result<Vector> predict(const Matrix& X) const override;
    Result<Matrix> predictProba(const Matrix& X) const override;

    // The same with progress and cancellation: prediction is the expensive half of k-NN.
    Result<Vector> predict(const Matrix& X, JobContext& ctx) const;
    Result<Matrix> predictProba(const Matrix& X, JobContext& ctx) const;
    Result<Neighbors> kNeighbors(const Matrix& X, JobContext& ctx) const;

    // The training rows' column statistics when scale is on, applied unchanged to every
    // row to predict.
    const std::optional<Standardizer>& scaling() const { return m_scaling; }

private:
    // Per query row: class votes (classification) or the weighted mean (regression, one column).
    Result<Matrix> aggregate(const Matrix& X, JobContext& ctx) const;

    TargetInfo m_target;
    std::optional<Standardizer> m_scaling;
    Matrix m_trainT;      // features x rows (scaled): each training row contiguous for the distance GEMM
    Vector m_trainNorms;  // squared norm of each training row
    Vector m_y;
    KnnParams m_params;
};

Result<std::unique_ptr<KnnModel>> trainKnn(const Matrix& X, const Vector& y, const TargetInfo& target,
                                           const KnnParams& params, JobContext& ctx);

ModelKind knnModelKind();

}  // namespace mlwb::core::ml
