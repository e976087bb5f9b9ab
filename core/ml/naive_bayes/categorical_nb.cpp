#include "core/ml/naive_bayes/categorical_nb.h"

#include "core/base/text.h"
#include "core/ml/naive_bayes/gaussian_nb.h"
#include "core/ml/registry.h"

#include <cmath>

namespace mlwb::core::ml {

namespace {

// Category codes must be whole numbers >= 0; more than this many per feature is surely not
// a category code (and would allocate a huge count table).
constexpr double kMaxCategory = 1e6;

// training: the rows are the training rows, else the rows to predict (whole sentences, so
// that each reads well once translated).
Status checkCodes(const Matrix& X, bool training)
{
    for (Eigen::Index j = 0; j < X.cols(); ++j) {
        for (Eigen::Index i = 0; i < X.rows(); ++i) {
            const double v = X(i, j);
            if (v >= 0 && v == std::floor(v) && v < kMaxCategory) continue;
            return Status::invalidArgument(
                training ? trf("model \"categorical_nb\": feature {} has the value {} in training row {}; categorical "
                               "naive Bayes needs category codes 0, 1, 2, ... — use categorical or boolean features, "
                               "or gaussian_nb",
                               j + 1, v, i + 1)
                         : trf("model \"categorical_nb\": feature {} has the value {} in row {} of the rows to "
                               "predict; categorical naive Bayes needs category codes 0, 1, 2, ... — use categorical "
                               "or boolean features, or gaussian_nb",
                               j + 1, v, i + 1));
        }
    }
    return Status::ok();
}

}  // namespace

std::vector<ParamSpec> CategoricalNbParams::schema()
{
    return {
        ParamSpec::doubleParam("alpha", 1.0, 0, 1e6, "additive smoothing of the category counts", true),
        ParamSpec::intParam("min_categories", 0, 0, kMaxCategory, "minimum number of categories per feature"),
    };
}

CategoricalNbParams CategoricalNbParams::fromValues(const ParamValues& values)
{
    return {values.getDouble("alpha"), static_cast<int>(values.getInt("min_categories"))};
}

CategoricalNbModel::CategoricalNbModel(std::vector<Matrix> logProbabilities, Vector logPriors,
                                       Vector unseenLogProbabilities)
    : m_logProbabilities(std::move(logProbabilities)), m_logPriors(std::move(logPriors))
{
    m_unseen = Eigen::Map<const Matrix>(unseenLogProbabilities.data(),
                                        static_cast<Eigen::Index>(m_logProbabilities.size()), m_logPriors.size());
}

Result<Matrix> CategoricalNbModel::jointLogLikelihood(const Matrix& X) const
{
    MLWB_RETURN_IF_ERROR(checkFeatureCount(X));
    MLWB_RETURN_IF_ERROR(checkCodes(X, false));
    Matrix jll = m_logPriors.transpose().replicate(X.rows(), 1);
    for (Eigen::Index j = 0; j < X.cols(); ++j) {
        const Matrix& table = m_logProbabilities[static_cast<size_t>(j)];
        for (Eigen::Index i = 0; i < X.rows(); ++i) {
            const auto code = static_cast<Eigen::Index>(X(i, j));
            if (code < table.cols())
                jll.row(i) += table.col(code).transpose();
            else
                jll.row(i) += m_unseen.row(j);
        }
    }
    return jll;
}

Result<Vector> CategoricalNbModel::predict(const Matrix& X) const
{
    auto jll = jointLogLikelihood(X);
    if (!jll.isOk()) return jll.status();
    return argmaxRows(*jll);
}

Result<Matrix> CategoricalNbModel::predictProba(const Matrix& X) const
{
    auto jll = jointLogLikelihood(X);
    if (!jll.isOk()) return jll.status();
    return probabilitiesFromLogLikelihood(*jll);
}

Result<std::unique_ptr<CategoricalNbModel>> trainCategoricalNb(const Matrix& X, const Vector& y, int classCount,
                                                               const CategoricalNbParams& params, JobContext& ctx)
{
    MLWB_RETURN_IF_ERROR(checkTrainingData(X, y, {Task::Classification, classCount}, "categorical_nb"));
    MLWB_RETURN_IF_ERROR(checkCodes(X, true));
    Vector classCounts = Vector::Zero(classCount);
    for (Eigen::Index i = 0; i < y.size(); ++i) classCounts[static_cast<Eigen::Index>(y[i])] += 1;
    for (Eigen::Index c = 0; c < classCount; ++c) {
        if (classCounts[c] == 0)
            return Status::invalidArgument(
                trf("model \"categorical_nb\": class {} has no training rows; every class needs at least one", c));
    }
    std::vector<Matrix> logProbabilities;
    Vector unseen(X.cols() * classCount);
    for (Eigen::Index j = 0; j < X.cols(); ++j) {
        if (ctx.isCancelled()) return Status::cancelled();
        const auto categories =
            std::max<Eigen::Index>(static_cast<Eigen::Index>(X.col(j).maxCoeff()) + 1, params.minCategories);
        Matrix counts = Matrix::Zero(classCount, categories);
        for (Eigen::Index i = 0; i < X.rows(); ++i)
            counts(static_cast<Eigen::Index>(y[i]), static_cast<Eigen::Index>(X(i, j))) += 1;
        counts.array() += params.alpha;
        const Vector denominators = (classCounts.array() + params.alpha * double(categories)).log();
        Matrix logP = counts.array().log().colwise() - denominators.array();
        for (Eigen::Index c = 0; c < classCount; ++c)
            unseen[j + c * X.cols()] = std::log(params.alpha) - denominators[c];
        logProbabilities.push_back(std::move(logP));
        ctx.setProgress(double(j + 1) / double(X.cols()));
    }
    Vector logPriors = (classCounts / double(X.rows())).array().log();
    return std::make_unique<CategoricalNbModel>(std::move(logProbabilities), std::move(logPriors), std::move(unseen));
}

ModelKind categoricalNbModelKind()
{
    ModelKind kind;
    kind.name = "categorical_nb";
    kind.description = tr("Categorical naive Bayes for category-coded and 0/1 features");
    kind.params = CategoricalNbParams::schema();
    kind.classification = true;
    kind.train = [](const Matrix& X, const Vector& y, const TargetInfo& target, const ParamValues& values, uint64_t,
                    JobContext& ctx) -> Result<std::unique_ptr<Model>> {
        return asModel(trainCategoricalNb(X, y, target.classCount, CategoricalNbParams::fromValues(values), ctx));
    };
    return kind;
}

}  // namespace mlwb::core::ml
