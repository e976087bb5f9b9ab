#include "core/ml/gbt/gbt_loss.h"

#include "core/base/thread_pool.h"
#include "core/ml/trees/grower.h"

#include <algorithm>
#include <cmath>

namespace mlwb::core::ml {

namespace {

double sigmoid(double x)
{
    return x >= 0 ? 1.0 / (1.0 + std::exp(-x)) : std::exp(x) / (1.0 + std::exp(x));
}

// log(1 + exp(x)) without overflow.
double softplus(double x)
{
    return x > 0 ? x + std::log1p(std::exp(-x)) : std::log1p(std::exp(x));
}

// Rows per parallel chunk; a fixed grain keeps the chunking (and sums) thread-count free.
constexpr size_t kGrain = 8192;

}  // namespace

std::vector<double> gbtBaseline(GbtLoss loss, const Vector& y, const std::vector<uint32_t>& rows, int outputs)
{
    std::vector<double> baseline(static_cast<size_t>(outputs), 0.0);
    const double n = static_cast<double>(rows.size());
    constexpr double kEps = 1e-12;  // keeps the log finite for a class absent from the rows
    switch (loss) {
    case GbtLoss::Binary: {
        double positives = 0;
        for (uint32_t r : rows) positives += y[r];
        const double p = std::clamp(positives / n, kEps, 1 - kEps);
        baseline[0] = std::log(p / (1 - p));
        break;
    }
    case GbtLoss::Multinomial: {
        std::vector<double> counts(static_cast<size_t>(outputs), 0.0);
        for (uint32_t r : rows) counts[static_cast<size_t>(y[r])] += 1;
        for (int k = 0; k < outputs; ++k) baseline[size_t(k)] = std::log(std::max(counts[size_t(k)] / n, kEps));
        break;
    }
    case GbtLoss::Squared: {
        long double sum = 0;
        for (uint32_t r : rows) sum += y[r];
        baseline[0] = static_cast<double>(sum / n);
        break;
    }
    }
    return baseline;
}

void gbtGradients(GbtLoss loss, const Matrix& scores, const Vector& y, const std::vector<uint32_t>& rows, int k,
                  std::vector<double>& payload)
{
    const auto chunks = splitIntoChunks(rows.size(), kGrain);
    if (loss == GbtLoss::Binary) {
        // The hot case, vectorized: Eigen's exp works on whole packets of a chunk's scores.
        ThreadPool::global().parallelFor(chunks.size(), [&](size_t c) {
            const auto length = static_cast<Eigen::Index>(chunks[c].end - chunks[c].begin);
            Eigen::ArrayXd p(length);
            for (Eigen::Index i = 0; i < length; ++i) p[i] = scores(rows[chunks[c].begin + size_t(i)], 0);
            p = 1.0 / (1.0 + (-p).exp());
            for (Eigen::Index i = 0; i < length; ++i) {
                const uint32_t r = rows[chunks[c].begin + size_t(i)];
                double* slot = payload.data() + trees::kGradientStride * static_cast<size_t>(r);
                slot[0] = 1;
                slot[1] = p[i] * (1 - p[i]);
                slot[2] = p[i] - y[r];
                slot[3] = 0;
            }
        });
        return;
    }
    ThreadPool::global().parallelFor(chunks.size(), [&](size_t c) {
        for (size_t i = chunks[c].begin; i < chunks[c].end; ++i) {
            const uint32_t r = rows[i];
            const auto row = static_cast<Eigen::Index>(r);
            double* slot = payload.data() + trees::kGradientStride * static_cast<size_t>(r);
            double g = 0, h = 1;
            switch (loss) {
            case GbtLoss::Binary: break;  // handled above, vectorized
            case GbtLoss::Multinomial: {
                const double p = scores(row, k);
                g = p - (static_cast<int>(y[row]) == k ? 1.0 : 0.0);
                h = p * (1 - p);
                break;
            }
            case GbtLoss::Squared:
                g = scores(row, 0) - y[row];
                h = 1;
                break;
            }
            slot[0] = 1;
            slot[1] = h;
            slot[2] = g;
            slot[3] = 0;
        }
    });
}

double gbtLossValue(GbtLoss loss, const Matrix& raw, const Vector& y, const std::vector<uint32_t>& rows)
{
    const size_t n = rows.empty() ? static_cast<size_t>(raw.rows()) : rows.size();
    const auto chunks = splitIntoChunks(n, kGrain);
    std::vector<double> partial(chunks.size(), 0.0);
    ThreadPool::global().parallelFor(chunks.size(), [&](size_t c) {
        double sum = 0;
        for (size_t i = chunks[c].begin; i < chunks[c].end; ++i) {
            const auto row = static_cast<Eigen::Index>(rows.empty() ? i : rows[i]);
            switch (loss) {
            case GbtLoss::Binary: {
                const double z = raw(row, 0);
                sum += softplus(z) - y[row] * z;
                break;
            }
            case GbtLoss::Multinomial: {
                double top = raw(row, 0);
                for (Eigen::Index j = 1; j < raw.cols(); ++j) top = std::max(top, raw(row, j));
                double total = 0;
                for (Eigen::Index j = 0; j < raw.cols(); ++j) total += std::exp(raw(row, j) - top);
                sum += top + std::log(total) - raw(row, static_cast<Eigen::Index>(y[row]));
                break;
            }
            case GbtLoss::Squared: {
                const double d = raw(row, 0) - y[row];
                sum += 0.5 * d * d;
                break;
            }
            }
        }
        partial[c] = sum;
    });
    double total = 0;
    for (double v : partial) total += v;  // chunk order: the same sum at any thread count
    return total / static_cast<double>(n);
}

Matrix gbtProbabilities(GbtLoss loss, const Matrix& raw)
{
    if (loss == GbtLoss::Binary) {
        Matrix p(raw.rows(), 2);
        for (Eigen::Index i = 0; i < raw.rows(); ++i) {
            p(i, 1) = sigmoid(raw(i, 0));
            p(i, 0) = 1 - p(i, 1);
        }
        return p;
    }
    Matrix p(raw.rows(), raw.cols());
    const auto chunks = splitIntoChunks(static_cast<size_t>(raw.rows()), kGrain);
    ThreadPool::global().parallelFor(chunks.size(), [&](size_t c) {
        for (auto i = static_cast<Eigen::Index>(chunks[c].begin); i < static_cast<Eigen::Index>(chunks[c].end); ++i) {
            const double top = raw.row(i).maxCoeff();
            double sum = 0;
            for (Eigen::Index j = 0; j < raw.cols(); ++j) sum += (p(i, j) = std::exp(raw(i, j) - top));
            p.row(i) /= sum;
        }
    });
    return p;
}

}  // namespace mlwb::core::ml
