#include "core/ml/kmeans/lloyd.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace mlwb::core::ml {

namespace {

// Rows per chunk: a chunk's distance block (k x 1024 doubles) and its rows stay in L2. Fixed,
// so sums and their rounding are the same at every thread count.
constexpr size_t kChunkRows = 1024;

// Sums per-chunk values in chunk order.
double orderedSum(const std::vector<double>& partials)
{
    double sum = 0;
    for (double v : partials) sum += v;
    return sum;
}

}  // namespace

KMeansData::KMeansData(Matrix rowsTransposed) : rowsT(std::move(rowsTransposed))
{
    squaredNorms = rowsT.colwise().squaredNorm().transpose();
    chunks = splitIntoChunks(static_cast<size_t>(rowsT.cols()), kChunkRows);
}

Result<std::vector<Eigen::Index>> kmeansPlusPlus(const KMeansData& data, int k, LegacyRandom& random, JobContext& ctx)
{
    const Eigen::Index n = data.rows();
    const auto& chunks = data.chunks;
    auto& pool = ThreadPool::global();
    const int trials = 2 + static_cast<int>(std::log(static_cast<double>(k)));
    std::vector<Eigen::Index> chosen;
    chosen.reserve(static_cast<size_t>(k));
    chosen.push_back(static_cast<Eigen::Index>(random.randint(static_cast<uint64_t>(n))));

    // Squared distance of every row to its nearest chosen centre, with the same formula as
    // sklearn's euclidean_distances: -2 x.c + |c|^2 + |x|^2, clipped at 0.
    Vector closest(n);
    std::vector<double> partial(chunks.size());
    {
        const Vector c = data.rowsT.col(chosen.front());
        const double cn = data.squaredNorms[chosen.front()];
        pool.parallelFor(chunks.size(), [&](size_t b) {
            const auto begin = static_cast<Eigen::Index>(chunks[b].begin);
            const auto count = static_cast<Eigen::Index>(chunks[b].end - chunks[b].begin);
            closest.segment(begin, count).noalias() = data.rowsT.middleCols(begin, count).transpose() * c;
            double sum = 0;
            for (Eigen::Index i = begin; i < begin + count; ++i) {
                closest[i] = std::max(0.0, (-2.0 * closest[i] + cn) + data.squaredNorms[i]);
                sum += closest[i];
            }
            partial[b] = sum;
        });
    }
    double potential = orderedSum(partial);

    std::vector<double> cumulative(static_cast<size_t>(n));
    Matrix candidateDistances(trials, n);  // column i: row i's distance under each candidate
    std::vector<Eigen::Index> candidates(static_cast<size_t>(trials));
    std::vector<double> trialPartial(chunks.size() * static_cast<size_t>(trials));
    for (int c = 1; c < k; ++c) {
        MLWB_RETURN_IF_ERROR(ctx.checkCancelled());
        ctx.setProgress(static_cast<double>(c) / k);
        // The draws first, then one running sum searched for each (numpy's searchsorted).
        std::vector<double> targets(static_cast<size_t>(trials));
        for (double& t : targets) t = random.uniform() * potential;
        double running = 0;
        for (Eigen::Index i = 0; i < n; ++i) cumulative[static_cast<size_t>(i)] = running += closest[i];
        for (int t = 0; t < trials; ++t) {
            const auto it = std::lower_bound(cumulative.begin(), cumulative.end(), targets[static_cast<size_t>(t)]);
            candidates[static_cast<size_t>(t)] = std::min<Eigen::Index>(it - cumulative.begin(), n - 1);
        }
        Matrix candidateRows(data.features(), trials);
        Vector candidateNorms(trials);
        for (int t = 0; t < trials; ++t) {
            candidateRows.col(t) = data.rowsT.col(candidates[static_cast<size_t>(t)]);
            candidateNorms[t] = data.squaredNorms[candidates[static_cast<size_t>(t)]];
        }
        const Matrix candidatesT = candidateRows.transpose();
        pool.parallelFor(chunks.size(), [&](size_t b) {
            const auto begin = static_cast<Eigen::Index>(chunks[b].begin);
            const auto count = static_cast<Eigen::Index>(chunks[b].end - chunks[b].begin);
            auto block = candidateDistances.middleCols(begin, count);
            block.noalias() = candidatesT * data.rowsT.middleCols(begin, count);
            double* sums = &trialPartial[b * static_cast<size_t>(trials)];
            std::fill(sums, sums + trials, 0.0);
            for (Eigen::Index i = 0; i < count; ++i) {
                const double xn = data.squaredNorms[begin + i];
                const double nearest = closest[begin + i];
                for (int t = 0; t < trials; ++t) {
                    double& d = block(t, i);
                    d = std::min(nearest, std::max(0.0, (-2.0 * d + candidateNorms[t]) + xn));
                    sums[t] += d;
                }
            }
        });
        int best = 0;
        double bestPotential = 0;
        for (int t = 0; t < trials; ++t) {
            double sum = 0;
            for (size_t b = 0; b < chunks.size(); ++b) sum += trialPartial[b * static_cast<size_t>(trials) + size_t(t)];
            if (t == 0 || sum < bestPotential) {
                best = t;
                bestPotential = sum;
            }
        }
        potential = bestPotential;
        closest = candidateDistances.row(best).transpose();
        chosen.push_back(candidates[static_cast<size_t>(best)]);
    }
    return chosen;
}

Result<LloydRun> runLloyd(const KMeansData& data, Matrix centersT, int maxIter, double tolerance, JobContext& ctx)
{
    const Eigen::Index n = data.rows();
    const Eigen::Index d = data.features();
    const Eigen::Index k = centersT.cols();
    const auto& chunks = data.chunks;
    auto& pool = ThreadPool::global();

    LloydRun run;
    run.labels.assign(static_cast<size_t>(n), -1);
    std::vector<int32_t> previous(static_cast<size_t>(n), -1);
    std::vector<Matrix> chunkSums(chunks.size(), Matrix(d, k));
    std::vector<Vector> chunkCounts(chunks.size(), Vector(k));

    // The E-step: nearest centre of each row by |c|^2 - 2 x.c (|x|^2 does not change the
    // argmin), first centre on ties; with update, each chunk's per-cluster sums and counts.
    const auto assign = [&](const Matrix& centers, bool update) {
        const Matrix minusTwoC = -2.0 * centers.transpose();  // k x d
        const Vector centerNorms = centers.colwise().squaredNorm().transpose();
        pool.parallelFor(chunks.size(), [&](size_t b) {
            const auto begin = static_cast<Eigen::Index>(chunks[b].begin);
            const auto count = static_cast<Eigen::Index>(chunks[b].end - chunks[b].begin);
            const auto rows = data.rowsT.middleCols(begin, count);
            Matrix distances(k, count);
            distances.noalias() = minusTwoC * rows;
            Matrix& sums = chunkSums[b];
            Vector& counts = chunkCounts[b];
            if (update) {
                sums.setZero();
                counts.setZero();
            }
            for (Eigen::Index i = 0; i < count; ++i) {
                Eigen::Index label = 0;
                double nearest = distances(0, i) + centerNorms[0];
                for (Eigen::Index j = 1; j < k; ++j) {
                    const double v = distances(j, i) + centerNorms[j];
                    if (v < nearest) {
                        nearest = v;
                        label = j;
                    }
                }
                run.labels[static_cast<size_t>(begin + i)] = static_cast<int32_t>(label);
                if (update) {
                    sums.col(label) += rows.col(i);
                    counts[label] += 1.0;
                }
            }
        });
    };

    Matrix next(d, k);
    Vector counts(k);
    bool strict = false;
    for (int iteration = 0; iteration < maxIter; ++iteration) {
        MLWB_RETURN_IF_ERROR(ctx.checkCancelled());
        assign(centersT, true);
        next.setZero();
        counts.setZero();
        for (size_t b = 0; b < chunks.size(); ++b) {
            next += chunkSums[b];
            counts += chunkCounts[b];
        }
        // An empty cluster takes the row farthest from its centre (farthest first, lower
        // row first on ties), which leaves its old cluster.
        std::vector<Eigen::Index> empty;
        for (Eigen::Index j = 0; j < k; ++j)
            if (counts[j] == 0) empty.push_back(j);
        if (!empty.empty()) {
            std::vector<double> distance(static_cast<size_t>(n));
            pool.parallelFor(chunks.size(), [&](size_t b) {
                for (size_t i = chunks[b].begin; i < chunks[b].end; ++i)
                    distance[i] = (data.rowsT.col(Eigen::Index(i)) - centersT.col(run.labels[i])).squaredNorm();
            });
            std::vector<Eigen::Index> order(static_cast<size_t>(n));
            std::iota(order.begin(), order.end(), Eigen::Index{0});
            const auto farther = [&](Eigen::Index a, Eigen::Index b) {
                const double da = distance[size_t(a)], db = distance[size_t(b)];
                return da > db || (da == db && a < b);
            };
            const auto take = std::min(static_cast<Eigen::Index>(empty.size()), n);
            std::partial_sort(order.begin(), order.begin() + take, order.end(), farther);
            for (Eigen::Index e = 0; e < take; ++e) {
                const Eigen::Index row = order[size_t(e)];
                const Eigen::Index from = run.labels[size_t(row)];
                const Eigen::Index to = empty[size_t(e)];
                next.col(from) -= data.rowsT.col(row);
                counts[from] -= 1.0;
                next.col(to) = data.rowsT.col(row);
                counts[to] = 1.0;
            }
        }
        double shift = 0;
        for (Eigen::Index j = 0; j < k; ++j) {
            if (counts[j] > 0) next.col(j) *= 1.0 / counts[j];
            shift += (next.col(j) - centersT.col(j)).squaredNorm();
        }
        centersT.swap(next);
        run.iterations = iteration + 1;
        ctx.setProgress(static_cast<double>(iteration + 1) / maxIter);
        if (run.labels == previous) {
            strict = run.converged = true;
            break;
        }
        if (shift <= tolerance) {
            run.converged = true;
            break;
        }
        previous = run.labels;
    }
    // Stopped on the shift or maxIter: the labels belong to the centres before the last
    // update, so assign once more (as sklearn does).
    if (!strict) assign(centersT, false);

    std::vector<double> partial(chunks.size());
    pool.parallelFor(chunks.size(), [&](size_t b) {
        double sum = 0;
        for (size_t i = chunks[b].begin; i < chunks[b].end; ++i)
            sum += (data.rowsT.col(Eigen::Index(i)) - centersT.col(run.labels[i])).squaredNorm();
        partial[b] = sum;
    });
    run.inertia = orderedSum(partial);
    run.centersT = std::move(centersT);
    return run;
}

}  // namespace mlwb::core::ml
