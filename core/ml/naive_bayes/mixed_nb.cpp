#include "core/ml/naive_bayes/mixed_nb.h"

#include "core/base/text.h"
#include "core/base/thread_pool.h"
#include "core/ml/naive_bayes/gaussian_nb.h"
#include "core/ml/registry.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace mlwb::core::ml {

namespace {

// Rows per prediction task: fixed, so the work split never depends on the thread count
// (each row's sum runs over the features in order anyway).
constexpr size_t kPredictChunk = 2048;

// NaN (missing) or a whole number in 0..categories-1.
bool validCode(double v, int categories)
{
    return std::isnan(v) || (v >= 0 && v < categories && v == std::floor(v));
}

// Checks the values of the rows to predict (training rows are checked as they are counted):
// codes within each categorical feature's range, no infinities.
Status checkRows(const Matrix& X, const std::vector<NaiveBayesModel::Feature>& features)
{
    for (Eigen::Index j = 0; j < X.cols(); ++j) {
        const int categories = features[static_cast<size_t>(j)].categories;
        for (Eigen::Index i = 0; i < X.rows(); ++i) {
            const double v = X(i, j);
            if (categories > 0 ? validCode(v, categories) : !std::isinf(v)) continue;
            if (categories == 0)
                return Status::invalidArgument(
                    trf("model \"naive_bayes\": feature {} has the value {} in row {} of the rows to predict; "
                        "replace infinite values",
                        j + 1, v, i + 1));
            return Status::invalidArgument(
                trf("model \"naive_bayes\": feature {} has the value {} in row {} of the rows to predict, but its "
                    "category codes are 0 to {}; prepare the rows with the same feature preparation as the "
                    "training rows",
                    j + 1, v, i + 1, categories - 1));
        }
    }
    return Status::ok();
}

// One numeric feature: per class the mean and (population) variance of its present
// values; the variance of all present values goes into var_smoothing's epsilon.
struct NumericFit {
    NaiveBayesModel::Feature feature;
    double overallVariance = 0;
};

NumericFit fitNumeric(const Eigen::Ref<const Vector>& x, const Vector& y, int classCount)
{
    NumericFit fit;
    Vector counts = Vector::Zero(classCount);
    Vector means = Vector::Zero(classCount);
    double total = 0;
    double present = 0;
    for (Eigen::Index i = 0; i < x.size(); ++i) {
        if (std::isnan(x[i])) continue;
        const auto c = static_cast<Eigen::Index>(y[i]);
        counts[c] += 1;
        means[c] += x[i];
        total += x[i];
        present += 1;
    }
    fit.feature.used = present > 0;
    if (!fit.feature.used) return fit;
    const double overallMean = total / present;
    // Two passes (mean, then squared deviations) for accuracy on large offsets such as dates.
    Vector variances = Vector::Zero(classCount);
    for (Eigen::Index c = 0; c < classCount; ++c)
        if (counts[c] > 0) means[c] /= counts[c];
    double overall = 0;
    for (Eigen::Index i = 0; i < x.size(); ++i) {
        if (std::isnan(x[i])) continue;
        const auto c = static_cast<Eigen::Index>(y[i]);
        const double d = x[i] - means[c];
        variances[c] += d * d;
        overall += (x[i] - overallMean) * (x[i] - overallMean);
    }
    fit.overallVariance = overall / present;
    for (Eigen::Index c = 0; c < classCount; ++c) {
        if (counts[c] > 0) {
            variances[c] /= counts[c];
        } else {
            // No row of this class has the value: the class borrows the feature's overall
            // Gaussian rather than a made-up one, so the feature barely tells it apart.
            means[c] = overallMean;
            variances[c] = fit.overallVariance;
        }
    }
    fit.feature.means = std::move(means);
    fit.feature.variances = std::move(variances);
    return fit;
}

// One categorical feature: log((count + alpha) / (class rows with a value + alpha * K)).
// Returns the first training row with a code outside 0..K-1, or -1.
Eigen::Index fitCategorical(const Eigen::Ref<const Vector>& x, const Vector& y, int classCount, int categories,
                            double alpha, NaiveBayesModel::Feature& feature)
{
    feature.categories = categories;
    Matrix counts = Matrix::Zero(classCount, categories);
    Vector present = Vector::Zero(classCount);
    for (Eigen::Index i = 0; i < x.size(); ++i) {
        const double v = x[i];
        if (!validCode(v, categories)) return i;
        if (std::isnan(v)) continue;
        const auto c = static_cast<Eigen::Index>(y[i]);
        counts(c, static_cast<Eigen::Index>(v)) += 1;
        present[c] += 1;
    }
    feature.used = present.sum() > 0;
    const Vector denominators = (present.array() + alpha * double(categories)).log();
    feature.logProbabilities = (counts.array() + alpha).log().colwise() - denominators.array();
    return -1;
}

}  // namespace

std::vector<ParamSpec> NaiveBayesParams::schema()
{
    return {
        ParamSpec::doubleParam("var_smoothing", 1e-9, 0, 1e6,
                               trNoop("numeric features: fraction of the largest feature variance added to all "
                                      "variances for stability")),
        ParamSpec::doubleParam("alpha", 1.0, 0, 1e6,
                               trNoop("categorical features: additive smoothing of the category counts (1: Laplace)"),
                               true),
    };
}

NaiveBayesParams NaiveBayesParams::fromValues(const ParamValues& values)
{
    return {values.getDouble("var_smoothing"), values.getDouble("alpha")};
}

NaiveBayesModel::NaiveBayesModel(std::vector<Feature> features, Vector logPriors)
    : m_features(std::move(features)), m_logPriors(std::move(logPriors))
{}

Result<Matrix> NaiveBayesModel::jointLogLikelihood(const Matrix& X) const
{
    MLWB_RETURN_IF_ERROR(checkFeatureCount(X));
    MLWB_RETURN_IF_ERROR(checkRows(X, m_features));
    const Eigen::Index classes = m_logPriors.size();
    // Per numeric feature and class: -0.5 log(2 pi var) and 1 / var, computed once.
    std::vector<Vector> logNormalizers(m_features.size()), inverseVariances(m_features.size());
    for (size_t j = 0; j < m_features.size(); ++j) {
        const Feature& f = m_features[j];
        if (f.categories > 0 || !f.used) continue;
        logNormalizers[j] = -0.5 * (2.0 * std::numbers::pi * f.variances.array()).log();
        inverseVariances[j] = f.variances.cwiseInverse();
    }
    Matrix jll(X.rows(), classes);
    const auto chunks = splitIntoChunks(static_cast<size_t>(X.rows()), kPredictChunk);
    ThreadPool::global().parallelFor(chunks.size(), [&](size_t b) {
        Eigen::RowVectorXd row(classes);  // one per task, not one allocation per row
        for (auto i = static_cast<Eigen::Index>(chunks[b].begin); i < static_cast<Eigen::Index>(chunks[b].end); ++i) {
            row = m_logPriors.transpose();
            for (size_t j = 0; j < m_features.size(); ++j) {
                const Feature& f = m_features[j];
                const double v = X(i, static_cast<Eigen::Index>(j));
                if (std::isnan(v) || !f.used) continue;  // missing: the feature says nothing
                if (f.categories > 0) {
                    row += f.logProbabilities.col(static_cast<Eigen::Index>(v)).transpose();
                } else {
                    row.array() +=
                        logNormalizers[j].transpose().array() -
                        0.5 * (v - f.means.transpose().array()).square() * inverseVariances[j].transpose().array();
                }
            }
            jll.row(i) = row;
        }
    });
    return jll;
}

Result<Vector> NaiveBayesModel::predict(const Matrix& X) const
{
    auto jll = jointLogLikelihood(X);
    if (!jll.isOk()) return jll.status();
    return argmaxRows(*jll);
}

Result<Matrix> NaiveBayesModel::predictProba(const Matrix& X) const
{
    auto jll = jointLogLikelihood(X);
    if (!jll.isOk()) return jll.status();
    // exp(jll - max) / sum: the log-sum-exp normalization, which never overflows.
    return probabilitiesFromLogLikelihood(*jll);
}

Result<std::unique_ptr<NaiveBayesModel>> trainNaiveBayes(const Matrix& X, const Vector& y, const TargetInfo& target,
                                                         const NaiveBayesParams& params, JobContext& ctx)
{
    if (target.task != Task::Classification)
        return Status::unsupported(
            trf("model \"naive_bayes\" does not support {}; it is a classifier", taskDisplayName(target.task)));
    MLWB_RETURN_IF_ERROR(checkTrainingData(X, y, target, "naive_bayes", true));
    MLWB_RETURN_IF_ERROR(ctx.checkCancelled());
    const auto& categories = target.featureCategories;
    if (!categories.empty() && categories.size() != static_cast<size_t>(X.cols()))
        return Status::invalidArgument(
            trf("model \"naive_bayes\": {} features but category counts for {}; pass one count per feature (0 for a "
                "numeric one)",
                X.cols(), categories.size()));
    for (size_t j = 0; j < categories.size(); ++j) {
        if (categories[j] < 0)
            return Status::invalidArgument(
                trf("model \"naive_bayes\": feature {} has a category count of {}; it must be 0 (numeric) or more",
                    j + 1, categories[j]));
    }
    if (!(params.alpha > 0))
        return Status::invalidArgument(trf(
            "parameter \"alpha\": {} must be greater than 0, or an unseen category has probability 0", params.alpha));
    if (!(params.varSmoothing >= 0))
        return Status::invalidArgument(trf("parameter \"var_smoothing\": {} must be 0 or more", params.varSmoothing));
    const int classCount = target.classCount;
    Vector classCounts = Vector::Zero(classCount);
    for (Eigen::Index i = 0; i < y.size(); ++i) classCounts[static_cast<Eigen::Index>(y[i])] += 1;
    for (Eigen::Index c = 0; c < classCount; ++c) {
        if (classCounts[c] == 0)
            return Status::invalidArgument(
                trf("model \"naive_bayes\": class {} has no training rows; every class needs at least one", c));
    }

    // Features are independent: one task each, each in row order, so the model does not
    // depend on the thread count.
    const auto p = static_cast<size_t>(X.cols());
    std::vector<NaiveBayesModel::Feature> features(p);
    std::vector<double> overallVariances(p, 0.0);
    std::vector<Eigen::Index> badRows(p, -1);
    ThreadPool::global().parallelFor(p, [&](size_t j) {
        if (ctx.isCancelled()) return;
        const auto column = X.col(static_cast<Eigen::Index>(j));
        const int k = j < categories.size() ? categories[j] : 0;
        if (k > 0) {
            badRows[j] = fitCategorical(column, y, classCount, k, params.alpha, features[j]);
        } else {
            NumericFit fit = fitNumeric(column, y, classCount);
            features[j] = std::move(fit.feature);
            overallVariances[j] = fit.overallVariance;
        }
    });
    MLWB_RETURN_IF_ERROR(ctx.checkCancelled());
    for (size_t j = 0; j < p; ++j) {
        if (badRows[j] < 0) continue;
        return Status::invalidArgument(
            trf("model \"naive_bayes\": feature {} has the value {} in training row {}, but its category codes are 0 "
                "to {}; pass category codes 0, 1, 2, ... (or NaN for missing) with the count of each categorical "
                "feature",
                j + 1, X(badRows[j], static_cast<Eigen::Index>(j)), badRows[j] + 1, categories[j] - 1));
    }

    // As GaussianNB: epsilon = var_smoothing x the largest variance of a numeric feature.
    double largestVariance = 0;
    bool anyNumeric = false;
    for (size_t j = 0; j < p; ++j) {
        if (features[j].categories > 0 || !features[j].used) continue;
        anyNumeric = true;
        largestVariance = std::max(largestVariance, overallVariances[j]);
    }
    if (anyNumeric) {
        double epsilon = params.varSmoothing * largestVariance;
        // All numeric features constant: keep variances positive so the likelihood stays finite.
        if (!(epsilon > 0)) epsilon = std::max(params.varSmoothing, 1e-300);
        for (auto& f : features)
            if (f.categories == 0 && f.used) f.variances.array() += epsilon;
    }
    Vector logPriors = (classCounts / double(X.rows())).array().log();
    ctx.setProgress(1.0);
    return std::make_unique<NaiveBayesModel>(std::move(features), std::move(logPriors));
}

ModelKind naiveBayesModelKind()
{
    ModelKind kind;
    kind.name = "naive_bayes";
    kind.description =
        tr("naive Bayes for mixed data: numeric and categorical features and missing values as they are");
    kind.params = NaiveBayesParams::schema();
    kind.classification = true;
    kind.nativeFeatures = true;
    kind.train = [](const Matrix& X, const Vector& y, const TargetInfo& target, const ParamValues& values, uint64_t,
                    JobContext& ctx) -> Result<std::unique_ptr<Model>> {
        return asModel(trainNaiveBayes(X, y, target, NaiveBayesParams::fromValues(values), ctx));
    };
    return kind;
}

}  // namespace mlwb::core::ml
