// trainMlp: the epoch loop of the mlp (declared in mlp_model.h): scaling, the early-stopping
// holdout, shuffled mini-batches with Adam, and sklearn's stopping rules.
#include "core/base/text.h"
#include "core/eval/shuffle.h"
#include "core/eval/splits.h"
#include "core/ml/mlp/adam.h"
#include "core/ml/mlp/mlp_batch_gradient.h"
#include "core/ml/mlp/mlp_model.h"

#include <cmath>
#include <limits>
#include <numeric>

namespace mlwb::core::ml {

namespace {

// Weights, gradient, Adam's two moments, the best weights and up to 8 gradient slots each
// hold one copy: 50 million doubles would already be several GB.
constexpr Eigen::Index kMaxParameters = 20'000'000;

// Independent random streams of one seed, so that e.g. turning on early stopping does not
// change the initial weights.
enum Stream : uint64_t { kInitStream = 0, kValidationStream = 1, kShuffleStream = 2 };

Matrix gatherRows(const Matrix& M, const std::vector<uint32_t>& rows)
{
    Matrix out(static_cast<Eigen::Index>(rows.size()), M.cols());
    for (Eigen::Index j = 0; j < M.cols(); ++j)
        for (size_t i = 0; i < rows.size(); ++i) out(Eigen::Index(i), j) = M(rows[i], j);
    return out;
}

// What early stopping watches: accuracy for classification, r2 for regression (sklearn's
// score()); Y holds the targets as the network was trained on them.
double validationScore(const MlpNetwork& network, const Matrix& X, const Matrix& Y, Task task)
{
    const Matrix out = mlpOutputs(network, X);
    const Eigen::Index n = X.rows();
    if (task == Task::Classification) {
        Eigen::Index right = 0;
        for (Eigen::Index i = 0; i < n; ++i) {
            Eigen::Index predicted = 0, actual = 0;
            if (out.cols() == 1) {
                predicted = out(i, 0) > 0.5 ? 1 : 0;
                actual = Y(i, 0) > 0.5 ? 1 : 0;
            } else {
                out.row(i).maxCoeff(&predicted);
                Y.row(i).maxCoeff(&actual);
            }
            right += predicted == actual;
        }
        return double(right) / double(n);
    }
    const double residual = (out.col(0) - Y.col(0)).squaredNorm();
    const double total = (Y.col(0).array() - Y.col(0).mean()).square().sum();
    if (total == 0) return residual == 0 ? 1.0 : 0.0;  // sklearn's r2_score on a constant target
    return 1.0 - residual / total;
}

}  // namespace

Result<std::unique_ptr<MlpModel>> trainMlp(const Matrix& X, const Vector& y, const TargetInfo& target,
                                           const MlpParams& params, uint64_t seed, JobContext& ctx)
{
    MLWB_RETURN_IF_ERROR(checkTrainingData(X, y, target, "mlp"));
    MLWB_RETURN_IF_ERROR(params.validate());
    MLWB_RETURN_IF_ERROR(ctx.checkCancelled());
    const bool classify = target.task == Task::Classification;
    const Eigen::Index n = X.rows();

    std::vector<Eigen::Index> sizes{X.cols()};
    for (const int64_t units : params.hiddenLayerSizes) sizes.push_back(units);
    const Eigen::Index outputs = classify ? (target.classCount == 2 ? 1 : target.classCount) : 1;
    sizes.push_back(outputs);
    Eigen::Index parameterCount = 0;
    for (size_t l = 0; l + 1 < sizes.size(); ++l) parameterCount += (sizes[l] + 1) * sizes[l + 1];
    if (parameterCount > kMaxParameters)
        return Status::invalidArgument(
            trf("parameter \"hidden_layer_sizes\": with {} features these layers have "
                "{} weights, more than the {} the mlp allows; use fewer or smaller layers",
                X.cols(), parameterCount, kMaxParameters));

    // Scaling: what a StandardScaler in front of sklearn's MLP does, learned on every training
    // row (the early-stopping holdout included, as in a pipeline). A regression target is
    // scaled too, so that tol, alpha and the initial weights mean the same whatever its units.
    ctx.setProgress(0.0, tr("Preparing the mlp"));
    const Standardizer inputs = Standardizer::fit(X);
    Matrix Z = inputs.apply(X);
    double targetMean = 0, targetScale = 1;
    Matrix Y = Matrix::Zero(n, outputs);
    if (classify) {
        for (Eigen::Index i = 0; i < n; ++i) {
            const auto code = static_cast<Eigen::Index>(y[i]);
            if (outputs == 1)
                Y(i, 0) = double(code);
            else
                Y(i, code) = 1.0;
        }
    } else {
        targetMean = y.mean();
        targetScale = std::sqrt((y.array() - targetMean).square().mean());
        if (!(targetScale > 10.0 * std::numeric_limits<double>::epsilon() * std::max(1.0, std::abs(targetMean))))
            targetScale = 1.0;
        Y.col(0) = (y.array() - targetMean) / targetScale;
    }

    // Early stopping holds out a validation share of the training rows, stratified for
    // classification when every class has two rows (sklearn stratifies binary targets).
    Matrix validationX, validationY;
    if (params.earlyStopping) {
        const double validationRows = std::ceil(params.validationFraction * double(n));
        if (validationRows < 1 || validationRows >= double(n))
            return Status::invalidArgument(
                trf("parameter \"validation_fraction\": {} of {} training rows leaves no "
                    "rows to train or to validate on; change it or turn early_stopping off",
                    params.validationFraction, n));
        const uint64_t splitSeed = deriveSeed(seed, kValidationStream);
        Result<Fold> fold = Status::invalidArgument("");
        if (classify) {
            std::vector<int32_t> labels(static_cast<size_t>(n));
            for (Eigen::Index i = 0; i < n; ++i) labels[size_t(i)] = static_cast<int32_t>(y[i]);
            fold = stratifiedHoldout(labels, params.validationFraction, splitSeed);
        }
        if (!fold.isOk()) fold = holdout(static_cast<size_t>(n), params.validationFraction, splitSeed);
        if (!fold.isOk())
            return Status::invalidArgument(trf("parameter \"validation_fraction\": {}", fold.status().message()));
        validationX = gatherRows(Z, fold->test);
        validationY = gatherRows(Y, fold->test);
        Z = gatherRows(Z, fold->train);
        Y = gatherRows(Y, fold->train);
    }
    const Eigen::Index trainRows = Z.rows();
    const size_t batchSize = static_cast<size_t>(std::min<int64_t>(params.batchSize, trainRows));

    MlpNetwork network(sizes, params.activation,
                       !classify ? MlpOutput::Identity : (outputs == 1 ? MlpOutput::Logistic : MlpOutput::Softmax));
    std::mt19937_64 initEngine(deriveSeed(seed, kInitStream));
    network.initialize(initEngine);

    Adam adam(network.parameterCount(), params.learningRateInit);
    const RowMajorMatrix trainX = Z;
    const RowMajorMatrix trainY = Y;
    Z.resize(0, 0);
    MlpBatchGradient batchGradient(network, trainX, trainY, params.alpha);
    Vector grad(network.parameterCount());
    std::mt19937_64 shuffleEngine(deriveSeed(seed, kShuffleStream));
    std::vector<uint32_t> order(static_cast<size_t>(trainRows));
    std::iota(order.begin(), order.end(), 0u);

    MlpHistory history;
    double bestLoss = std::numeric_limits<double>::infinity();
    double bestScore = -std::numeric_limits<double>::infinity();
    Vector bestParameters;
    int64_t epochsWithoutImprovement = 0;
    for (int64_t epoch = 1; epoch <= params.maxIter; ++epoch) {
        shuffleInPlace(order, shuffleEngine);
        double lossSum = 0;
        for (size_t start = 0; start < order.size(); start += batchSize) {
            // One relaxed atomic load per batch: a cancel takes effect within one Adam step.
            if (ctx.isCancelled()) return Status::cancelled();
            const std::span<const uint32_t> rows(order.data() + start, std::min(batchSize, order.size() - start));
            const double batchLoss = batchGradient.compute(rows, grad);
            adam.step(network.parameters(), grad);
            lossSum += batchLoss * double(rows.size());
        }
        const double loss = lossSum / double(trainRows);
        if (!std::isfinite(loss) || !network.parameters().allFinite())
            return Status::invalidArgument(
                trf("mlp: the training loss became infinite in epoch {}; lower "
                    "learning_rate_init or raise alpha",
                    epoch));
        history.loss.push_back(loss);

        // sklearn's rule: an epoch improves when it beats the best so far by tol; training stops
        // after more than n_iter_no_change epochs in a row without improvement.
        if (params.earlyStopping) {
            const double score = validationScore(network, validationX, validationY, target.task);
            history.validationScores.push_back(score);
            epochsWithoutImprovement = score < bestScore + params.tol ? epochsWithoutImprovement + 1 : 0;
            if (score > bestScore) {
                bestScore = score;
                bestParameters = network.parameters();
            }
            ctx.setProgress(
                double(epoch) / double(params.maxIter),
                trf("epoch {} of {}, loss {:.4g}, validation score {:.4g}", epoch, params.maxIter, loss, score));
        } else {
            epochsWithoutImprovement = loss > bestLoss - params.tol ? epochsWithoutImprovement + 1 : 0;
            bestLoss = std::min(bestLoss, loss);
            ctx.setProgress(double(epoch) / double(params.maxIter),
                            trf("epoch {} of {}, loss {:.4g}", epoch, params.maxIter, loss));
        }
        if (epochsWithoutImprovement > params.nIterNoChange) {
            history.converged = true;
            break;
        }
    }
    if (params.earlyStopping) network.parameters() = bestParameters;  // the best epoch's weights

    const bool converged = history.converged;
    auto model =
        std::make_unique<MlpModel>(target, inputs, targetMean, targetScale, std::move(network), std::move(history));
    if (!converged)
        model->addWarning(params.earlyStopping
                              ? trf("mlp did not converge: the validation score was still improving after "
                                    "max_iter={} epochs; raise max_iter",
                                    params.maxIter)
                              : trf("mlp did not converge: the training loss was still improving after max_iter={} "
                                    "epochs; raise max_iter",
                                    params.maxIter));
    ctx.setProgress(1.0);
    return model;
}

}  // namespace mlwb::core::ml
