// Multi-layer perceptron for classification and regression with the semantics of
// scikit-learn's MLPClassifier/MLPRegressor (Adam, shuffled mini-batches, tol/n_iter_no_change
// stopping, optional early stopping), behind a built-in StandardScaler. The registry's "mlp" kind.
#pragma once

#include "core/base/job_context.h"
#include "core/ml/mlp/mlp_network.h"
#include "core/ml/model.h"
#include "core/ml/params.h"
#include "core/ml/standardize.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace mlwb::core::ml {

struct ModelKind;

struct MlpParams {
    std::vector<int64_t> hiddenLayerSizes{100};
    MlpActivation activation = MlpActivation::Relu;
    double alpha = 1e-4;      // L2 penalty: 0.5 * alpha * ||W||^2 / batch rows, added to each batch's loss
    int64_t batchSize = 200;  // rows per Adam step; clipped to the training rows
    double learningRateInit = 1e-3;
    int64_t maxIter = 200;  // epochs
    double tol = 1e-4;
    bool earlyStopping = false;  // hold out validationFraction and stop on its score
    double validationFraction = 0.1;
    int64_t nIterNoChange = 10;

    static std::vector<ParamSpec> schema();
    static MlpParams fromValues(const ParamValues& values);
    // What the schema cannot express (1 to 3 layers, validation_fraction below 1), and every
    // range again for callers that build MlpParams themselves. Messages name the parameter.
    Status validate() const;
};

// How training went, epoch by epoch, like sklearn's loss_curve_ and validation_scores_.
struct MlpHistory {
    std::vector<double> loss;              // mean training loss (with penalty) of each epoch
    std::vector<double> validationScores;  // early stopping: accuracy or r2 of each epoch
    bool converged = false;                // stopped by tol before max_iter
};

class MlpModel final : public Model {
public:
    // targetMean/targetScale undo the internal scaling of a regression target (0 and 1 for
    // classification).
    MlpModel(TargetInfo target, Standardizer inputs, double targetMean, double targetScale, MlpNetwork network,
             MlpHistory history);

    Task task() const override { return m_target.task; }
    std::string kind() const override { return "mlp"; }
    Eigen::Index featureCount() const override { return m_network.inputCount(); }
    int classCount() const override { return m_target.task == Task::Classification ? m_target.classCount : 0; }
    Result<Vector> predict(const Matrix& X) const override;
    Result<Matrix> predictProba(const Matrix& X) const override;

    const MlpNetwork& network() const { return m_network; }
    const MlpHistory& history() const { return m_history; }
    int epochs() const { return static_cast<int>(m_history.loss.size()); }

private:
    // Raw network outputs of X (validated and standardized), rows x outputs.
    Result<Matrix> outputs(const Matrix& X) const;

    TargetInfo m_target;
    Standardizer m_inputs;
    double m_targetMean;
    double m_targetScale;
    MlpNetwork m_network;
    MlpHistory m_history;
};

// Network outputs for many rows, in fixed blocks run in parallel; the blocks depend only on the
// row count, so results are the same at every thread count. X is already standardized.
Matrix mlpOutputs(const MlpNetwork& network, const Matrix& X);

Result<std::unique_ptr<MlpModel>> trainMlp(const Matrix& X, const Vector& y, const TargetInfo& target,
                                           const MlpParams& params, uint64_t seed, JobContext& ctx);

ModelKind mlpModelKind();

}  // namespace mlwb::core::ml
