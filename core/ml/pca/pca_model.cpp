#include "core/ml/pca/pca_model.h"

#include "core/base/text.h"
#include "core/base/thread_pool.h"
#include "core/ml/registry.h"

#include <Eigen/Eigenvalues>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>

namespace mlwb::core::ml {

namespace {

// Rows per chunk of the covariance and sign passes; fixed, so that partial sums (and their
// rounding) are the same at any thread count.
constexpr size_t kChunkRows = 4096;

}  // namespace

std::vector<ParamSpec> PcaParams::schema()
{
    return {
        ParamSpec::intParam("n_components", 0, 0, 1e6,
                            trNoop("how many components to keep, largest variance first; 0 keeps min(rows, features)")),
        ParamSpec::boolParam("whiten", false, trNoop("divide each component's scores by its standard deviation")),
        ParamSpec::boolParam(
            "scale", false,
            trNoop("standardize every feature first (PCA of the correlation matrix); turn it on when the "
                   "features have different units, or the widest one becomes the first component (off: "
                   "as scikit-learn)")),
    };
}

PcaParams PcaParams::fromValues(const ParamValues& values)
{
    PcaParams params;
    params.nComponents = static_cast<int>(values.getInt("n_components"));
    params.whiten = values.getBool("whiten");
    params.scale = values.getBool("scale");
    return params;
}

PcaModel::PcaModel(PcaParams params, Fit fit) : m_params(params), m_fit(std::move(fit)) {}

Result<Matrix> PcaModel::transform(const Matrix& X) const
{
    MLWB_RETURN_IF_ERROR(checkFeatureCount(X));
    if (!X.allFinite())
        return Status::invalidArgument(
            tr("model \"pca\": the rows contain missing or infinite values; prepare them with the feature "
               "preparation first"));
    // Scaling folds into the projection: ((x - mean) / scale) . v = (x - mean) . (v / scale).
    Matrix projection = m_fit.components.transpose();  // features x components
    for (Eigen::Index j = 0; j < projection.rows(); ++j) projection.row(j) /= m_fit.scale[j];
    if (m_params.whiten) {
        for (Eigen::Index c = 0; c < projection.cols(); ++c) {
            const double sd = std::sqrt(m_fit.explainedVariance[c]);
            projection.col(c) *= sd > 0 ? 1.0 / sd : 0.0;  // a zero-variance component scores 0
        }
    }
    Matrix out(X.rows(), projection.cols());
    const auto chunks = splitIntoChunks(static_cast<size_t>(X.rows()), kChunkRows);
    ThreadPool::global().parallelFor(chunks.size(), [&](size_t b) {
        const auto begin = static_cast<Eigen::Index>(chunks[b].begin);
        const auto count = static_cast<Eigen::Index>(chunks[b].end - chunks[b].begin);
        out.middleRows(begin, count).noalias() =
            (X.middleRows(begin, count).rowwise() - m_fit.mean.transpose()) * projection;
    });
    return out;
}

Result<std::unique_ptr<PcaModel>> fitPca(const Matrix& X, const PcaParams& params, JobContext& ctx)
{
    MLWB_RETURN_IF_ERROR(checkTrainingData(X, Vector(), {Task::Decomposition, 0}, "pca"));
    MLWB_RETURN_IF_ERROR(ctx.checkCancelled());
    const Eigen::Index n = X.rows();
    const Eigen::Index d = X.cols();
    if (n < 2) return Status::invalidArgument(tr("model \"pca\": one row has no variance; use at least two rows"));
    const Eigen::Index most = std::min(n, d);
    if (params.nComponents > most)
        return Status::invalidArgument(
            trf("parameter \"n_components\": {} is more than the {} {} available; use at "
                "most {} (0 keeps them all)",
                params.nComponents, most, d <= n ? tr("features") : tr("rows"), most));
    const Eigen::Index keep = params.nComponents > 0 ? params.nComponents : most;

    PcaModel::Fit fit;
    fit.mean.resize(d);
    fit.scale = Vector::Ones(d);
    auto& pool = ThreadPool::global();
    pool.parallelFor(static_cast<size_t>(d), [&](size_t jj) {
        const auto j = static_cast<Eigen::Index>(jj);
        fit.mean[j] = X.col(j).sum() / static_cast<double>(n);
        if (params.scale) {
            const double sd = std::sqrt((X.col(j).array() - fit.mean[j]).square().sum() / static_cast<double>(n));
            // As StandardScaler: a constant column is only centred.
            if (sd > 10.0 * std::numeric_limits<double>::epsilon() * std::abs(fit.mean[j])) fit.scale[j] = sd;
        }
    });
    ctx.setProgress(0.1);

    // The covariance as one Gram matrix of the centred rows, summed chunk by chunk in order.
    const auto chunks = splitIntoChunks(static_cast<size_t>(n), kChunkRows);
    std::vector<Matrix> partial(chunks.size());
    std::atomic<bool> cancelled{false};
    const Eigen::RowVectorXd inverseScale = fit.scale.cwiseInverse().transpose();
    pool.parallelFor(chunks.size(), [&](size_t b) {
        if (cancelled || ctx.isCancelled()) {
            cancelled = true;
            return;
        }
        const auto begin = static_cast<Eigen::Index>(chunks[b].begin);
        const auto count = static_cast<Eigen::Index>(chunks[b].end - chunks[b].begin);
        const Matrix centred =
            (X.middleRows(begin, count).rowwise() - fit.mean.transpose()).array().rowwise() * inverseScale.array();
        partial[b] = Matrix::Zero(d, d);
        partial[b].selfadjointView<Eigen::Lower>().rankUpdate(centred.transpose());
    });
    if (cancelled) return Status::cancelled();
    Matrix gram = Matrix::Zero(d, d);
    for (const Matrix& p : partial) gram += p;
    const Matrix covariance = gram.selfadjointView<Eigen::Lower>().toDenseMatrix() / static_cast<double>(n - 1);
    ctx.setProgress(0.5);

    const Eigen::SelfAdjointEigenSolver<Matrix> solver(covariance);
    if (solver.info() != Eigen::Success)
        return Status::internal(tr("model \"pca\": the eigendecomposition of the covariance did not converge"));
    const double total = covariance.trace();
    if (!(total > 0))
        return Status::invalidArgument(
            tr("model \"pca\": every feature is constant, so there is no variance to decompose; choose other "
               "features"));
    // Eigen sorts ascending; components go largest first.
    fit.components.resize(keep, d);
    fit.explainedVariance.resize(keep);
    for (Eigen::Index c = 0; c < keep; ++c) {
        fit.components.row(c) = solver.eigenvectors().col(d - 1 - c).transpose();
        fit.explainedVariance[c] = std::max(0.0, solver.eigenvalues()[d - 1 - c]);
    }
    fit.explainedVarianceRatio = fit.explainedVariance / total;

    // sklearn's sign rule (svd_flip on U): the row with the largest |score| on a component
    // scores positive. The first such row wins ties, scanning chunks in order.
    std::vector<Eigen::VectorXd> chunkMax(chunks.size());
    std::vector<Eigen::VectorXd> chunkSign(chunks.size());
    const Matrix projection = (fit.components.array().rowwise() * inverseScale.array()).matrix().transpose();
    pool.parallelFor(chunks.size(), [&](size_t b) {
        if (cancelled || ctx.isCancelled()) {
            cancelled = true;
            return;
        }
        const auto begin = static_cast<Eigen::Index>(chunks[b].begin);
        const auto count = static_cast<Eigen::Index>(chunks[b].end - chunks[b].begin);
        const Matrix scores = (X.middleRows(begin, count).rowwise() - fit.mean.transpose()) * projection;
        chunkMax[b] = Vector::Constant(keep, -1.0);
        chunkSign[b] = Vector::Ones(keep);
        for (Eigen::Index c = 0; c < keep; ++c) {
            for (Eigen::Index i = 0; i < count; ++i) {
                const double v = scores(i, c);
                if (std::abs(v) > chunkMax[b][c]) {
                    chunkMax[b][c] = std::abs(v);
                    chunkSign[b][c] = v < 0 ? -1.0 : 1.0;
                }
            }
        }
    });
    if (cancelled) return Status::cancelled();
    for (Eigen::Index c = 0; c < keep; ++c) {
        double largest = -1.0, sign = 1.0;
        for (size_t b = 0; b < chunks.size(); ++b) {
            if (chunkMax[b][c] > largest) {
                largest = chunkMax[b][c];
                sign = chunkSign[b][c];
            }
        }
        fit.components.row(c) *= sign;
    }
    ctx.setProgress(1.0);
    return std::make_unique<PcaModel>(params, std::move(fit));
}

ModelKind pcaModelKind()
{
    ModelKind kind;
    kind.name = "pca";
    kind.description = tr("principal component analysis (centred; full eigendecomposition; optional whitening)");
    kind.params = PcaParams::schema();
    kind.decomposition = true;
    kind.train = [](const Matrix& X, const Vector&, const TargetInfo&, const ParamValues& values, uint64_t,
                    JobContext& ctx) -> Result<std::unique_ptr<Model>> {
        return asModel(fitPca(X, PcaParams::fromValues(values), ctx));
    };
    return kind;
}

}  // namespace mlwb::core::ml
