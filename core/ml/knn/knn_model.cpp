#include "core/ml/knn/knn_model.h"

#include "core/base/text.h"
#include "core/base/thread_pool.h"
#include "core/ml/registry.h"

#include <algorithm>
#include <atomic>
#include <cmath>

namespace mlwb::core::ml {

namespace {

// Query rows per parallel task and training rows per distance block: a block's dot products
// (kTrainBlock x kQueryBlock doubles, 1 MiB) stay in L2 while the top-k scan reads them.
// Fixed sizes, so the arithmetic (and any rounding) is the same at every thread count.
constexpr Eigen::Index kQueryBlock = 128;
constexpr Eigen::Index kTrainBlock = 1024;

// The k smallest (squared distance, index) pairs seen so far, sorted ascending.
struct TopK {
    double* dist;
    Eigen::Index* index;
    Eigen::Index k;
    Eigen::Index size = 0;

    // Training rows arrive in increasing index order, so a candidate equal to the current
    // worst never displaces it: ties keep the lower index.
    void offer(double d, Eigen::Index i)
    {
        if (size == k) {
            if (!(d < dist[k - 1])) return;
            --size;
        }
        Eigen::Index pos = size;
        while (pos > 0 && dist[pos - 1] > d) {
            dist[pos] = dist[pos - 1];
            index[pos] = index[pos - 1];
            --pos;
        }
        dist[pos] = d;
        index[pos] = i;
        ++size;
    }
};

}  // namespace

std::vector<ParamSpec> KnnParams::schema()
{
    return {
        ParamSpec::intParam("n_neighbors", 5, 1, 1e6, trNoop("how many nearest training rows vote")),
        ParamSpec::choiceParam("weights", "uniform", {"uniform", "distance"},
                               trNoop("uniform: equal votes; distance: closer rows count more (1/distance)")),
        ParamSpec::boolParam("scale", true,
                             trNoop("standardize every feature (mean 0, standard deviation 1, learned on the training "
                                    "rows) before measuring distances, so that a feature with wide values such as an "
                                    "income does not outvote the others (off: raw features, as scikit-learn)")),
    };
}

KnnParams KnnParams::fromValues(const ParamValues& values)
{
    KnnParams params;
    params.nNeighbors = static_cast<int>(values.getInt("n_neighbors"));
    params.weights = values.getChoice("weights") == "distance" ? Weights::Distance : Weights::Uniform;
    params.scale = values.getBool("scale");
    return params;
}

KnnModel::KnnModel(TargetInfo target, const Matrix& X, Vector y, KnnParams params)
    : m_target(target), m_y(std::move(y)), m_params(params)
{
    if (m_params.scale) {
        m_scaling = Standardizer::fit(X);
        m_trainT = m_scaling->apply(X).transpose();
    } else {
        m_trainT = X.transpose();
    }
    m_trainNorms = m_trainT.colwise().squaredNorm().transpose();
}

Result<Neighbors> KnnModel::kNeighbors(const Matrix& X, JobContext& ctx) const
{
    MLWB_RETURN_IF_ERROR(checkFeatureCount(X));
    if (!X.allFinite())
        return Status::invalidArgument(
            tr("model \"knn\": the rows to predict contain missing or infinite values; prepare them with the "
               "feature preparation first"));
    const Eigen::Index queries = X.rows();
    const Eigen::Index train = m_trainT.cols();
    const Eigen::Index k = m_params.nNeighbors;
    Neighbors out;
    out.indices.resize(queries, k);
    out.distances.resize(queries, k);

    const size_t blockCount = static_cast<size_t>((queries + kQueryBlock - 1) / kQueryBlock);
    std::atomic<size_t> blocksDone{0};
    ThreadPool::global().parallelFor(blockCount, [&](size_t block) {
        if (ctx.isCancelled()) return;
        const Eigen::Index begin = static_cast<Eigen::Index>(block) * kQueryBlock;
        const Eigen::Index count = std::min(kQueryBlock, queries - begin);
        Matrix queryT = X.middleRows(begin, count).transpose();  // features x count
        // The training statistics, never the query rows' own: a row's neighbours must not
        // depend on which other rows are predicted with it.
        if (m_scaling) queryT = (queryT.colwise() - m_scaling->mean).array().colwise() / m_scaling->scale.array();
        const Vector queryNorms = queryT.colwise().squaredNorm().transpose();
        Matrix dots(kTrainBlock, count);
        std::vector<TopK> tops;
        tops.reserve(static_cast<size_t>(count));
        for (Eigen::Index q = 0; q < count; ++q)
            tops.push_back({&out.distances(begin + q, 0), &out.indices(begin + q, 0), k});
        for (Eigen::Index start = 0; start < train; start += kTrainBlock) {
            const Eigen::Index width = std::min(kTrainBlock, train - start);
            auto block = dots.topRows(width);
            block.noalias() = m_trainT.middleCols(start, width).transpose() * queryT;
            for (Eigen::Index q = 0; q < count; ++q) {
                TopK& top = tops[static_cast<size_t>(q)];
                const double* column = block.col(q).data();
                const double* norms = m_trainNorms.data() + start;
                const double qn = queryNorms[q];
                // ||a - b||^2 = ||a||^2 + ||b||^2 - 2 a.b, as sklearn's euclidean_distances.
                for (Eigen::Index t = 0; t < width; ++t) {
                    const double d = qn + norms[t] - 2.0 * column[t];
                    if (top.size < k || d < top.dist[k - 1]) top.offer(d, start + t);
                }
            }
        }
        for (Eigen::Index q = 0; q < count; ++q) {
            auto row = out.distances.row(begin + q);
            row = row.cwiseMax(0.0).cwiseSqrt();  // rounding can make an exact match slightly negative
        }
        const size_t done = ++blocksDone;
        if ((done & 7) == 0) ctx.setProgress(double(done) / double(blockCount));
    });
    if (ctx.isCancelled()) return Status::cancelled();
    ctx.setProgress(1.0);
    return out;
}

Result<Matrix> KnnModel::aggregate(const Matrix& X, JobContext& ctx) const
{
    auto neighbors = kNeighbors(X, ctx);
    if (!neighbors.isOk()) return neighbors.status();
    const auto& idx = neighbors->indices;
    const auto& dist = neighbors->distances;
    const Eigen::Index k = idx.cols();
    const bool classify = m_target.task == Task::Classification;
    Matrix out = Matrix::Zero(X.rows(), classify ? m_target.classCount : 1);
    Vector weights(k);
    for (Eigen::Index i = 0; i < X.rows(); ++i) {
        if (m_params.weights == KnnParams::Weights::Uniform) {
            weights.setOnes();
        } else {
            // sklearn: 1/d, except that exact matches (d == 0) take all the weight.
            const bool anyExact = (dist.row(i).array() == 0.0).any();
            for (Eigen::Index j = 0; j < k; ++j)
                weights[j] = anyExact ? (dist(i, j) == 0.0 ? 1.0 : 0.0) : 1.0 / dist(i, j);
        }
        if (classify) {
            for (Eigen::Index j = 0; j < k; ++j) out(i, static_cast<Eigen::Index>(m_y[idx(i, j)])) += weights[j];
            out.row(i) /= out.row(i).sum();
        } else {
            double sum = 0;
            for (Eigen::Index j = 0; j < k; ++j) sum += weights[j] * m_y[idx(i, j)];
            out(i, 0) = sum / weights.sum();
        }
    }
    return out;
}

Result<Vector> KnnModel::predict(const Matrix& X, JobContext& ctx) const
{
    auto scores = aggregate(X, ctx);
    if (!scores.isOk()) return scores.status();
    if (m_target.task == Task::Regression) return Vector(scores->col(0));
    Vector out(X.rows());
    for (Eigen::Index i = 0; i < X.rows(); ++i) {
        Eigen::Index best = 0;
        scores->row(i).maxCoeff(&best);  // ties: the lowest class code, like sklearn's mode
        out[i] = static_cast<double>(best);
    }
    return out;
}

Result<Matrix> KnnModel::predictProba(const Matrix& X, JobContext& ctx) const
{
    if (m_target.task != Task::Classification) return Model::predictProba(X);
    return aggregate(X, ctx);
}

Result<Vector> KnnModel::predict(const Matrix& X) const
{
    JobContext ctx;
    return predict(X, ctx);
}

Result<Matrix> KnnModel::predictProba(const Matrix& X) const
{
    JobContext ctx;
    return predictProba(X, ctx);
}

Result<std::unique_ptr<KnnModel>> trainKnn(const Matrix& X, const Vector& y, const TargetInfo& target,
                                           const KnnParams& params, JobContext& ctx)
{
    MLWB_RETURN_IF_ERROR(checkTrainingData(X, y, target, "knn"));
    MLWB_RETURN_IF_ERROR(ctx.checkCancelled());
    if (params.nNeighbors > X.rows())
        return Status::invalidArgument(trf("parameter \"n_neighbors\": {} is more than the {} training rows; lower it",
                                           params.nNeighbors, X.rows()));
    // "Training" only stores the rows; the work happens at prediction.
    auto model = std::make_unique<KnnModel>(target, X, y, params);
    ctx.setProgress(1.0);
    return model;
}

ModelKind knnModelKind()
{
    ModelKind kind;
    kind.name = "knn";
    kind.description = tr("k-nearest neighbours (Euclidean, exact search)");
    kind.params = KnnParams::schema();
    kind.classification = true;
    kind.regression = true;
    kind.train = [](const Matrix& X, const Vector& y, const TargetInfo& target, const ParamValues& values, uint64_t,
                    JobContext& ctx) -> Result<std::unique_ptr<Model>> {
        return asModel(trainKnn(X, y, target, KnnParams::fromValues(values), ctx));
    };
    return kind;
}

}  // namespace mlwb::core::ml
