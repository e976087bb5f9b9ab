#include "core/ml/kmeans/kmeans_model.h"

#include "core/base/text.h"
#include "core/base/thread_pool.h"
#include "core/ml/kmeans/lloyd.h"
#include "core/ml/registry.h"

#include <cmath>
#include <set>

namespace mlwb::core::ml {

namespace {

constexpr size_t kPredictChunk = 4096;

// Whether two labelings are the same partition up to renaming (sklearn's _is_same_clustering):
// then a later initialisation with a lower inertia found the same clusters, and the first is kept.
bool sameClustering(const std::vector<int32_t>& a, const std::vector<int32_t>& b, int k)
{
    std::vector<int32_t> mapping(static_cast<size_t>(k), -1);
    for (size_t i = 0; i < a.size(); ++i) {
        int32_t& m = mapping[static_cast<size_t>(a[i])];
        if (m == -1)
            m = b[i];
        else if (m != b[i])
            return false;
    }
    return true;
}

}  // namespace

std::vector<ParamSpec> KMeansParams::schema()
{
    return {
        ParamSpec::intParam("n_clusters", 8, 1, 1e6, trNoop("how many clusters to form")),
        ParamSpec::intParam("n_init", 10, 1, 1000,
                            trNoop("how many k-means++ initialisations to run; the one with the lowest inertia is "
                                   "kept")),
        ParamSpec::intParam("max_iter", 300, 1, 1e6, trNoop("most Lloyd iterations of one run")),
        ParamSpec::doubleParam("tol", 1e-4, 0, 1e6,
                               trNoop("stop when the centres move less than this (relative to the mean feature "
                                      "variance)")),
        ParamSpec::boolParam("scale", true,
                             trNoop("standardize every feature (mean 0, standard deviation 1) before clustering, so "
                                    "that features with different units or ranges weigh the same and the widest one "
                                    "does not decide the clusters (off: raw features, as scikit-learn)")),
    };
}

KMeansParams KMeansParams::fromValues(const ParamValues& values)
{
    KMeansParams params;
    params.nClusters = static_cast<int>(values.getInt("n_clusters"));
    params.nInit = static_cast<int>(values.getInt("n_init"));
    params.maxIter = static_cast<int>(values.getInt("max_iter"));
    params.tol = values.getDouble("tol");
    params.scale = values.getBool("scale");
    return params;
}

KMeansModel::KMeansModel(KMeansParams params, std::optional<Standardizer> scaling, Fit fit)
    : m_params(params), m_scaling(std::move(scaling)), m_fit(std::move(fit))
{}

Result<Matrix> KMeansModel::toModelSpace(const Matrix& X) const
{
    MLWB_RETURN_IF_ERROR(checkFeatureCount(X));
    if (!X.allFinite())
        return Status::invalidArgument(
            tr("model \"kmeans\": the rows contain missing or infinite values; prepare them with the feature "
               "preparation first"));
    return m_scaling ? m_scaling->apply(X) : X;
}

Result<Matrix> KMeansModel::transform(const Matrix& X) const
{
    auto rows = toModelSpace(X);
    if (!rows.isOk()) return rows.status();
    const Matrix& Z = *rows;
    Matrix out(Z.rows(), m_fit.centers.rows());
    const auto chunks = splitIntoChunks(static_cast<size_t>(Z.rows()), kPredictChunk);
    ThreadPool::global().parallelFor(chunks.size(), [&](size_t b) {
        for (size_t i = chunks[b].begin; i < chunks[b].end; ++i)
            for (Eigen::Index j = 0; j < m_fit.centers.rows(); ++j)
                out(Eigen::Index(i), j) = (Z.row(Eigen::Index(i)) - m_fit.centers.row(j)).norm();
    });
    return out;
}

Result<Vector> KMeansModel::predict(const Matrix& X) const
{
    auto distances = transform(X);
    if (!distances.isOk()) return distances.status();
    Vector out(X.rows());
    for (Eigen::Index i = 0; i < X.rows(); ++i) {
        Eigen::Index best = 0;
        distances->row(i).minCoeff(&best);  // the first minimum: the lower cluster code
        out[i] = static_cast<double>(best);
    }
    return out;
}

Matrix KMeansModel::centersInFeatureUnits() const
{
    if (!m_scaling) return m_fit.centers;
    Matrix out = m_fit.centers;
    for (Eigen::Index j = 0; j < out.cols(); ++j)
        out.col(j) = out.col(j).array() * m_scaling->scale[j] + m_scaling->mean[j];
    return out;
}

Result<std::unique_ptr<KMeansModel>> trainKMeans(const Matrix& X, const KMeansParams& params, uint64_t seed,
                                                 JobContext& ctx)
{
    MLWB_RETURN_IF_ERROR(checkTrainingData(X, Vector(), {Task::Clustering, 0}, "kmeans"));
    MLWB_RETURN_IF_ERROR(ctx.checkCancelled());
    if (params.nClusters > X.rows())
        return Status::invalidArgument(
            trf("parameter \"n_clusters\": {} is more than the {} rows; lower it or use "
                "more rows",
                params.nClusters, X.rows()));
    if (params.nClusters < 1 || params.nInit < 1 || params.maxIter < 1 || !(params.tol >= 0))
        return Status::invalidArgument(
            tr("model \"kmeans\": n_clusters, n_init and max_iter must be at least 1 and "
               "tol at least 0"));

    std::optional<Standardizer> scaling;
    if (params.scale) scaling = Standardizer::fit(X);
    const Matrix scaled = scaling ? scaling->apply(X) : Matrix();
    const Matrix& Z = scaling ? scaled : X;

    // As sklearn, work on rows centred on their mean (the |x|^2 - 2 x.c + |c|^2 distances lose
    // less to rounding near the origin), and scale tol by the mean feature variance.
    const Eigen::Index n = Z.rows();
    const Eigen::Index d = Z.cols();
    Vector mean(d), variance(d);
    ThreadPool::global().parallelFor(static_cast<size_t>(d), [&](size_t jj) {
        const auto j = static_cast<Eigen::Index>(jj);
        mean[j] = Z.col(j).sum() / static_cast<double>(n);
        variance[j] = (Z.col(j).array() - mean[j]).square().sum() / static_cast<double>(n);
    });
    const double tolerance = variance.mean() * params.tol;
    Matrix rowsT(d, n);
    const auto transposeChunks = splitIntoChunks(static_cast<size_t>(n), 4096);
    ThreadPool::global().parallelFor(transposeChunks.size(), [&](size_t b) {
        const auto begin = static_cast<Eigen::Index>(transposeChunks[b].begin);
        const auto count = static_cast<Eigen::Index>(transposeChunks[b].end - transposeChunks[b].begin);
        rowsT.middleCols(begin, count) = (Z.middleRows(begin, count).rowwise() - mean.transpose()).transpose();
    });
    const KMeansData data(std::move(rowsT));

    LegacyRandom random(seed);
    KMeansModel::Fit best;
    bool converged = false;
    bool haveBest = false;
    for (int init = 0; init < params.nInit; ++init) {
        const double share = 1.0 / params.nInit;
        JobContext seeding = ctx.subRange(share * init, share * (init + 0.2));
        JobContext iterating = ctx.subRange(share * (init + 0.2), share * (init + 1));
        auto chosen = kmeansPlusPlus(data, params.nClusters, random, seeding);
        if (!chosen.isOk()) return chosen.status();
        Matrix centersT(d, params.nClusters);
        for (int j = 0; j < params.nClusters; ++j) centersT.col(j) = data.rowsT.col((*chosen)[size_t(j)]);
        auto run = runLloyd(data, std::move(centersT), params.maxIter, tolerance, iterating);
        if (!run.isOk()) return run.status();
        best.initInertias.push_back(run->inertia);
        if (!haveBest || (run->inertia < best.inertia && !sameClustering(run->labels, best.labels, params.nClusters))) {
            haveBest = true;
            best.inertia = run->inertia;
            best.labels = std::move(run->labels);
            best.iterations = run->iterations;
            best.centers = run->centersT.transpose();
            converged = run->converged;
        }
    }
    best.centers.rowwise() += mean.transpose();
    ctx.setProgress(1.0);

    auto model = std::make_unique<KMeansModel>(params, std::move(scaling), std::move(best));
    const std::set<int32_t> distinct(model->trainingLabels().begin(), model->trainingLabels().end());
    if (static_cast<int>(distinct.size()) < params.nClusters)
        model->addWarning(
            trf("kmeans found only {} distinct clusters of the {} asked for: the rows have fewer "
                "distinct points; lower n_clusters",
                distinct.size(), params.nClusters));
    if (!converged)
        model->addWarning(
            trf("kmeans did not converge within max_iter={} iterations; raise max_iter or tol", params.maxIter));
    return model;
}

ModelKind kmeansModelKind()
{
    ModelKind kind;
    kind.name = "kmeans";
    kind.description = tr("k-means clustering (k-means++ initialisation, Lloyd iterations)");
    kind.params = KMeansParams::schema();
    kind.clustering = true;
    kind.train = [](const Matrix& X, const Vector&, const TargetInfo&, const ParamValues& values, uint64_t seed,
                    JobContext& ctx) -> Result<std::unique_ptr<Model>> {
        return asModel(trainKMeans(X, KMeansParams::fromValues(values), seed, ctx));
    };
    return kind;
}

}  // namespace mlwb::core::ml
