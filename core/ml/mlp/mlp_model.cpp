#include "core/ml/mlp/mlp_model.h"

#include "core/base/text.h"
#include "core/base/thread_pool.h"
#include "core/ml/registry.h"

#include <cmath>

namespace mlwb::core::ml {

namespace {

constexpr int kMaxHiddenLayers = 3;
constexpr int64_t kMaxUnits = 10000;
// Rows per prediction block: big enough for efficient products, small enough that a block's
// activations stay in cache-sized buffers.
constexpr Eigen::Index kPredictBlock = 2048;

}  // namespace

std::vector<ParamSpec> MlpParams::schema()
{
    return {
        ParamSpec::intListParam("hidden_layer_sizes", "100", 1, double(kMaxUnits),
                                trNoop("units of each hidden layer, 1 to 3 layers, e.g. 100 or 64,32")),
        ParamSpec::choiceParam("activation", "relu", {"relu", "tanh", "logistic"},
                               trNoop("activation of the hidden units")),
        ParamSpec::doubleParam("alpha", 1e-4, 0, 1e6,
                               trNoop("L2 penalty on the weights; larger means a smoother model")),
        ParamSpec::intParam("batch_size", 200, 1, 1e7,
                            trNoop("rows per Adam step (mini-batch); more than the training rows means all of them")),
        ParamSpec::doubleParam("learning_rate_init", 1e-3, 0, 10, trNoop("Adam's step size"), true),
        ParamSpec::intParam("max_iter", 200, 1, 1e6, trNoop("most epochs (passes over the training rows)")),
        ParamSpec::doubleParam(
            "tol", 1e-4, 0, 1e6,
            trNoop("stop when the training loss (validation score with early_stopping) improves by less "
                   "than this for n_iter_no_change epochs")),
        ParamSpec::boolParam("early_stopping", false,
                             trNoop("hold out validation_fraction of the training rows and stop when their score stops "
                                    "improving; keeps the best epoch's weights")),
        ParamSpec::doubleParam("validation_fraction", 0.1, 0, 1,
                               trNoop("share of the training rows held out for early_stopping, between 0 and 1"), true),
        ParamSpec::intParam("n_iter_no_change", 10, 1, 1e6,
                            trNoop("epochs without improvement by tol before stopping")),
    };
}

MlpParams MlpParams::fromValues(const ParamValues& values)
{
    MlpParams params;
    params.hiddenLayerSizes = values.getIntList("hidden_layer_sizes");
    const std::string& activation = values.getChoice("activation");
    params.activation = activation == "tanh"       ? MlpActivation::Tanh
                        : activation == "logistic" ? MlpActivation::Logistic
                                                   : MlpActivation::Relu;
    params.alpha = values.getDouble("alpha");
    params.batchSize = values.getInt("batch_size");
    params.learningRateInit = values.getDouble("learning_rate_init");
    params.maxIter = values.getInt("max_iter");
    params.tol = values.getDouble("tol");
    params.earlyStopping = values.getBool("early_stopping");
    params.validationFraction = values.getDouble("validation_fraction");
    params.nIterNoChange = values.getInt("n_iter_no_change");
    return params;
}

Status MlpParams::validate() const
{
    if (hiddenLayerSizes.empty() || hiddenLayerSizes.size() > size_t(kMaxHiddenLayers))
        return Status::invalidArgument(
            trf("parameter \"hidden_layer_sizes\": {} layers given; give 1 to {} layer "
                "sizes, e.g. 100 or 64,32",
                hiddenLayerSizes.size(), kMaxHiddenLayers));
    for (const int64_t units : hiddenLayerSizes) {
        if (units < 1 || units > kMaxUnits)
            return Status::invalidArgument(
                trf("parameter \"hidden_layer_sizes\": a layer of {} units; each layer needs 1 to {} units", units,
                    kMaxUnits));
    }
    if (!(alpha >= 0) || !std::isfinite(alpha))
        return Status::invalidArgument(trf("parameter \"alpha\": {} must be 0 or more", alpha));
    if (batchSize < 1) return Status::invalidArgument(trf("parameter \"batch_size\": {} must be 1 or more", batchSize));
    if (!(learningRateInit > 0) || !std::isfinite(learningRateInit))
        return Status::invalidArgument(
            trf("parameter \"learning_rate_init\": {} must be greater than 0, e.g. 0.001", learningRateInit));
    if (maxIter < 1) return Status::invalidArgument(trf("parameter \"max_iter\": {} must be 1 or more", maxIter));
    if (!(tol >= 0) || !std::isfinite(tol))
        return Status::invalidArgument(trf("parameter \"tol\": {} must be 0 or more", tol));
    if (!(validationFraction > 0 && validationFraction < 1))
        return Status::invalidArgument(
            trf("parameter \"validation_fraction\": {} must be between 0 and 1 (both excluded), e.g. 0.1",
                validationFraction));
    if (nIterNoChange < 1)
        return Status::invalidArgument(trf("parameter \"n_iter_no_change\": {} must be 1 or more", nIterNoChange));
    return Status::ok();
}

MlpModel::MlpModel(TargetInfo target, Standardizer inputs, double targetMean, double targetScale, MlpNetwork network,
                   MlpHistory history)
    : m_target(target),
      m_inputs(std::move(inputs)),
      m_targetMean(targetMean),
      m_targetScale(targetScale),
      m_network(std::move(network)),
      m_history(std::move(history))
{}

Matrix mlpOutputs(const MlpNetwork& network, const Matrix& X)
{
    Matrix out(X.rows(), network.outputCount());
    const auto blocks = splitIntoChunks(static_cast<size_t>(X.rows()), static_cast<size_t>(kPredictBlock));
    ThreadPool::global().parallelFor(blocks.size(), [&](size_t b) {
        const auto begin = static_cast<Eigen::Index>(blocks[b].begin);
        const auto count = static_cast<Eigen::Index>(blocks[b].end - blocks[b].begin);
        out.middleRows(begin, count) = network.predict(X.middleRows(begin, count));
    });
    return out;
}

Result<Matrix> MlpModel::outputs(const Matrix& X) const
{
    MLWB_RETURN_IF_ERROR(checkFeatureCount(X));
    if (!X.allFinite())
        return Status::invalidArgument(
            tr("model \"mlp\": the rows to predict contain missing or infinite values; prepare them with the "
               "feature preparation first"));
    return mlpOutputs(m_network, m_inputs.apply(X));
}

Result<Vector> MlpModel::predict(const Matrix& X) const
{
    auto out = outputs(X);
    if (!out.isOk()) return out.status();
    if (m_target.task == Task::Regression) return Vector((out->col(0).array() * m_targetScale + m_targetMean).matrix());
    Vector labels(X.rows());
    for (Eigen::Index i = 0; i < X.rows(); ++i) {
        if (out->cols() == 1) {
            labels[i] = (*out)(i, 0) > 0.5 ? 1.0 : 0.0;  // sklearn's label binarizer threshold
        } else {
            Eigen::Index best = 0;
            out->row(i).maxCoeff(&best);  // first maximum: ties go to the lower class code
            labels[i] = static_cast<double>(best);
        }
    }
    return labels;
}

Result<Matrix> MlpModel::predictProba(const Matrix& X) const
{
    if (m_target.task != Task::Classification) return Model::predictProba(X);
    auto out = outputs(X);
    if (!out.isOk()) return out.status();
    if (out->cols() > 1) return std::move(out).value();
    Matrix proba(X.rows(), 2);
    proba.col(1) = out->col(0);
    proba.col(0) = (1.0 - out->col(0).array()).matrix();
    return proba;
}

ModelKind mlpModelKind()
{
    ModelKind kind;
    kind.name = "mlp";
    kind.description =
        tr("Multi-layer perceptron (neural network, Adam); standardizes the features itself, "
           "like a StandardScaler + MLP pipeline in scikit-learn");
    kind.params = MlpParams::schema();
    kind.classification = true;
    kind.regression = true;
    kind.train = [](const Matrix& X, const Vector& y, const TargetInfo& target, const ParamValues& values,
                    uint64_t seed, JobContext& ctx) -> Result<std::unique_ptr<Model>> {
        return asModel(trainMlp(X, y, target, MlpParams::fromValues(values), seed, ctx));
    };
    return kind;
}

}  // namespace mlwb::core::ml
