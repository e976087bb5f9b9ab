// The clustering half of metrics.h: inertia and the silhouette coefficient (sklearn's definitions).
#include "core/eval/metrics.h"

#include "core/base/job_context.h"
#include "core/base/text.h"
#include "core/base/thread_pool.h"
#include "core/eval/shuffle.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <numeric>
#include <random>

namespace mlwb::core {

namespace {

Status checkRows(const Eigen::Ref<const Eigen::MatrixXd>& x, std::span<const int32_t> labels)
{
    if (x.rows() == 0)
        return Status::invalidArgument(tr("there are no rows to evaluate the clustering on; use a non-empty dataset."));
    if (size_t(x.rows()) != labels.size())
        return Status::invalidArgument(trf(
            "the data has {} rows but there are {} cluster labels; pass one label per row.", x.rows(), labels.size()));
    for (Eigen::Index c = 0; c < x.cols(); ++c) {
        for (Eigen::Index i = 0; i < x.rows(); ++i) {
            if (!std::isfinite(x(i, c)))
                return Status::invalidArgument(
                    trf("feature {} of row {} is {}; impute or drop missing values before "
                        "evaluating a clustering.",
                        c + 1, i + 1, x(i, c)));
        }
    }
    return Status::ok();
}

}  // namespace

Result<double> inertia(const Eigen::Ref<const Eigen::MatrixXd>& x, std::span<const int32_t> labels,
                       const Eigen::Ref<const Eigen::MatrixXd>& centers)
{
    MLWB_RETURN_IF_ERROR(checkRows(x, labels));
    if (centers.cols() != x.cols())
        return Status::invalidArgument(
            trf("the cluster centers have {} features but the data has {}; use the centers "
                "fitted on these features.",
                centers.cols(), x.cols()));
    double sum = 0.0;
    for (size_t i = 0; i < labels.size(); ++i) {
        if (labels[i] < 0 || labels[i] >= centers.rows())
            return Status::invalidArgument(
                trf("the cluster label {} of row {} is outside 0..{}; every row needs one "
                    "of the {} fitted clusters.",
                    labels[i], i + 1, centers.rows() - 1, centers.rows()));
        sum += (x.row(Eigen::Index(i)) - centers.row(labels[i])).squaredNorm();
    }
    return sum;
}

Result<double> silhouetteScore(const Eigen::Ref<const Eigen::MatrixXd>& x, std::span<const int32_t> labels,
                               size_t sampleSize, uint64_t seed, const JobContext* context)
{
    MLWB_RETURN_IF_ERROR(checkRows(x, labels));
    const size_t total = labels.size();

    // As sklearn's sample_size: the score of the sampled rows among themselves.
    std::vector<uint32_t> rows(total);
    std::iota(rows.begin(), rows.end(), 0u);
    if (sampleSize > 0 && sampleSize < total) {
        std::mt19937_64 engine(seed);
        shuffleInPlace(rows, engine);
        rows.resize(sampleSize);
        std::sort(rows.begin(), rows.end());
    }
    const size_t n = rows.size();

    // Dense cluster numbers 0..clusters-1 in order of label value, so any codes work.
    std::vector<int32_t> distinct;
    distinct.reserve(n);
    for (uint32_t row : rows) distinct.push_back(labels[row]);
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    const size_t clusters = distinct.size();
    if (clusters < 2 || clusters > n - 1)
        return Status::invalidArgument(
            trf("the silhouette needs between 2 and {} clusters among the {} {}rows; "
                "there are {}. Choose a cluster count in that range{}.",
                n >= 1 ? n - 1 : 0, n, n < total ? tr("sampled ") : std::string(), clusters,
                n < total ? tr(" or a larger sample size") : std::string()));
    std::vector<uint32_t> cluster(n);
    std::vector<double> clusterSize(clusters, 0.0);
    for (size_t i = 0; i < n; ++i) {
        cluster[i] = uint32_t(std::lower_bound(distinct.begin(), distinct.end(), labels[rows[i]]) - distinct.begin());
        clusterSize[cluster[i]] += 1.0;
    }

    // Distances by blocks of 256 rows against all rows through one matrix product each:
    // |p - q|^2 = |p|^2 + |q|^2 - 2 p.q, as scikit-learn's euclidean_distances computes them
    // (and with its zero diagonal). A loop over pairs would be several times slower; blocks
    // this tall make repacking all rows for each product cheap.
    Eigen::MatrixXd points(Eigen::Index(n), x.cols());
    for (size_t i = 0; i < n; ++i) points.row(Eigen::Index(i)) = x.row(rows[i]);
    const Eigen::VectorXd squaredNorms = points.rowwise().squaredNorm();

    // Each row's coefficient is written to its own slot and summed in row order afterwards,
    // so the result does not depend on the thread count.
    std::vector<double> coefficient(n, 0.0);
    const std::vector<ChunkRange> chunks = splitIntoChunks(n, 256);
    std::atomic<bool> cancelled{false};
    ThreadPool::global().parallelFor(chunks.size(), [&](size_t chunkIndex) {
        if (cancelled.load(std::memory_order_relaxed) || (context && context->isCancelled())) {
            cancelled = true;
            return;
        }
        const ChunkRange chunk = chunks[chunkIndex];
        const auto width = Eigen::Index(chunk.end - chunk.begin);
        // Column r holds row (chunk.begin + r)'s products with every row.
        const Eigen::MatrixXd products = points * points.middleRows(Eigen::Index(chunk.begin), width).transpose();
        std::vector<double> distanceSum(clusters);
        for (size_t i = chunk.begin; i < chunk.end; ++i) {
            std::fill(distanceSum.begin(), distanceSum.end(), 0.0);
            const double* dot = products.col(Eigen::Index(i - chunk.begin)).data();
            const double own2 = squaredNorms[Eigen::Index(i)];
            for (size_t j = 0; j < n; ++j) {
                const double squared = own2 + squaredNorms[Eigen::Index(j)] - 2.0 * dot[j];
                distanceSum[cluster[j]] += j == i ? 0.0 : std::sqrt(std::max(squared, 0.0));
            }
            const uint32_t own = cluster[i];
            if (clusterSize[own] <= 1.0) continue;  // a singleton scores 0, as in sklearn
            const double a = distanceSum[own] / (clusterSize[own] - 1.0);
            double b = std::numeric_limits<double>::infinity();
            for (size_t c = 0; c < clusters; ++c) {
                if (c != own) b = std::min(b, distanceSum[c] / clusterSize[c]);
            }
            const double denominator = std::max(a, b);
            coefficient[i] = denominator > 0.0 ? (b - a) / denominator : 0.0;
        }
    });
    if (cancelled) return Status::cancelled();
    double sum = 0.0;
    for (double s : coefficient) sum += s;
    return sum / double(n);
}

Result<MetricSet> clusteringMetrics(const Eigen::Ref<const Eigen::MatrixXd>& x, std::span<const int32_t> labels,
                                    const Eigen::Ref<const Eigen::MatrixXd>& centers, size_t sampleSize, uint64_t seed,
                                    const JobContext* context)
{
    Result<double> sumOfSquares = inertia(x, labels, centers);
    if (!sumOfSquares.isOk()) return sumOfSquares.status();
    Result<double> silhouette = silhouetteScore(x, labels, sampleSize, seed, context);
    if (!silhouette.isOk()) return silhouette.status();
    MetricSet set;
    set.set(metric::kInertia, *sumOfSquares);
    set.set(metric::kSilhouette, *silhouette);
    return set;
}

}  // namespace mlwb::core
