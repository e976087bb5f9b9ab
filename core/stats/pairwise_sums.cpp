#include "core/stats/pairwise_sums.h"

#include "core/base/job_context.h"
#include "core/base/thread_pool.h"
#include "core/stats/gram_kernel.h"

#include <Eigen/Core>

#include <algorithm>
#include <atomic>
#include <bit>
#include <cmath>
#include <limits>

namespace mlwb::core {

namespace {

// Chunks are the unit of parallel work and of deterministic combination; blocks are what one
// Gram product sees (rows x p doubles should stay in L2).
constexpr size_t kChunkRows = size_t{1} << 16;
constexpr size_t kBlockRows = 1024;

// Below this ratio of spread to sum of squares the fast formula may have lost most digits.
constexpr double kCancellationRatio = 1e-6;

struct Partial {
    Eigen::MatrixXd gram;         // p x p, lower triangle: sum x_i x_j
    Eigen::VectorXd sum;          // p: sum x_i over all rows (x_i is 0 where missing)
    Eigen::VectorXd squares;      // p: sum x_i^2
    Eigen::MatrixXd missSum;      // p x q: sum x_i over the rows where the k-th incomplete variable is missing
    Eigen::MatrixXd missSquares;  // p x q: the same for x_i^2
};

}  // namespace

std::optional<double> PairwiseSums::correlation(size_t i, size_t j) const
{
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    const size_t p = variables;
    const size_t rows = n[i * p + j];
    if (rows < 2) return nan;
    const double dn = static_cast<double>(rows);
    const double sx = sum[i * p + j];
    const double sy = sum[j * p + i];
    const double sxx = squares[i * p + j];
    const double syy = squares[j * p + i];
    const double vx = sxx - sx * sx / dn;
    const double vy = syy - sy * sy / dn;
    if (sxx == 0.0 || syy == 0.0) return nan;  // every value sits at the center: constant
    if (!(vx > kCancellationRatio * sxx) || !(vy > kCancellationRatio * syy)) return std::nullopt;
    const double cov = cross[i * p + j] - sx * sy / dn;
    return std::clamp(cov / std::sqrt(vx * vy), -1.0, 1.0);
}

Status computePairwiseSums(size_t rows, const std::vector<const uint64_t*>& present, const std::vector<size_t>& count,
                           const FillBlock& fill, ThreadPool& pool, const JobContext& job,
                           const std::function<void(double)>& progress, PairwiseSums& out)
{
    const size_t p = present.size();
    // Variables with missing rows need sums over the rows where they are present.
    std::vector<size_t> withMissing;
    std::vector<size_t> slot(p, 0);  // 0 = complete, else 1 + index into withMissing
    for (size_t v = 0; v < p; ++v) {
        if (present[v]) {
            withMissing.push_back(v);
            slot[v] = withMissing.size();
        }
    }
    const size_t q = withMissing.size();

    // Sums over "rows where j is present" are the full sums minus those over j's (few) missing
    // rows, which are cheap to visit; a masked product would cost as much as the Gram itself.
    const auto chunks = splitIntoChunks(rows, kChunkRows);
    std::vector<Partial> partials(chunks.size());
    std::atomic<size_t> done{0};
    const auto pp = static_cast<Eigen::Index>(p);
    const auto qq = static_cast<Eigen::Index>(q);
    pool.parallelFor(chunks.size(), [&](size_t c) {
        if (job.isCancelled()) return;
        Partial& partial = partials[c];
        partial.gram = Eigen::MatrixXd::Zero(pp, pp);
        partial.sum = Eigen::VectorXd::Zero(pp);
        partial.squares = Eigen::VectorXd::Zero(pp);
        partial.missSum = Eigen::MatrixXd::Zero(pp, qq);
        partial.missSquares = Eigen::MatrixXd::Zero(pp, qq);
        Eigen::MatrixXd x;
        for (size_t begin = chunks[c].begin; begin < chunks[c].end; begin += kBlockRows) {
            const size_t end = std::min(chunks[c].end, begin + kBlockRows);
            const auto len = static_cast<Eigen::Index>(end - begin);
            if (x.rows() != len) x.resize(len, pp);
            for (size_t v = 0; v < p; ++v) fill(v, begin, end, x.col(static_cast<Eigen::Index>(v)).data());
            addGramLower(x.data(), static_cast<size_t>(len), p, partial.gram.data());
            partial.sum += x.colwise().sum().transpose();
            partial.squares += x.colwise().squaredNorm().transpose();
            for (size_t k = 0; k < q; ++k) {
                const uint64_t* bits = present[withMissing[k]];
                for (size_t w = begin / 64; w * 64 < end; ++w) {
                    uint64_t missing = ~bits[w];
                    while (missing) {
                        const size_t row = w * 64 + static_cast<size_t>(std::countr_zero(missing));
                        missing &= missing - 1;
                        if (row < begin || row >= end) continue;
                        const auto r = static_cast<Eigen::Index>(row - begin);
                        partial.missSum.col(static_cast<Eigen::Index>(k)) += x.row(r).transpose();
                        partial.missSquares.col(static_cast<Eigen::Index>(k)) += x.row(r).transpose().cwiseAbs2();
                    }
                }
            }
        }
        if (progress) progress(static_cast<double>(++done) / static_cast<double>(chunks.size()));
    });
    if (job.isCancelled()) return Status::cancelled();

    Partial total;
    total.gram = Eigen::MatrixXd::Zero(pp, pp);
    total.sum = Eigen::VectorXd::Zero(pp);
    total.squares = Eigen::VectorXd::Zero(pp);
    total.missSum = Eigen::MatrixXd::Zero(pp, qq);
    total.missSquares = Eigen::MatrixXd::Zero(pp, qq);
    for (const Partial& partial : partials) {  // chunk order: same sums whatever the pool size
        total.gram += partial.gram;
        total.sum += partial.sum;
        total.squares += partial.squares;
        total.missSum += partial.missSum;
        total.missSquares += partial.missSquares;
    }

    out.variables = p;
    out.n.assign(p * p, 0);
    out.sum.assign(p * p, 0.0);
    out.squares.assign(p * p, 0.0);
    out.cross.assign(p * p, 0.0);
    const size_t words = (rows + 63) / 64;
    for (size_t i = 0; i < p; ++i) {
        for (size_t j = 0; j < p; ++j) {
            size_t both = 0;
            if (!present[i] && !present[j])
                both = rows;
            else if (!present[i])
                both = count[j];
            else if (!present[j])
                both = count[i];
            else if (i == j)
                both = count[i];
            else
                for (size_t w = 0; w < words; ++w)
                    both += static_cast<size_t>(std::popcount(present[i][w] & present[j][w]));
            const auto ii = static_cast<Eigen::Index>(i);
            const auto jj = static_cast<Eigen::Index>(j);
            out.n[i * p + j] = both;
            out.sum[i * p + j] = total.sum(ii);
            out.squares[i * p + j] = total.squares(ii);
            if (slot[j] > 0) {
                const auto k = static_cast<Eigen::Index>(slot[j] - 1);
                out.sum[i * p + j] -= total.missSum(ii, k);
                out.squares[i * p + j] -= total.missSquares(ii, k);
            }
            out.cross[i * p + j] = total.gram(std::max(ii, jj), std::min(ii, jj));
        }
    }
    return Status::ok();
}

}  // namespace mlwb::core
