#include "core/ml/mlp/mlp_network.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <limits>

namespace mlwb::core::ml {

namespace {

// A double in [0, 1) from the top 53 bits: specified by the standard on every platform,
// unlike std::uniform_real_distribution.
double uniform01(std::mt19937_64& engine)
{
    return static_cast<double>(engine() >> 11) * 0x1.0p-53;
}

void applyActivation(MlpActivation activation, Matrix& z)
{
    switch (activation) {
    case MlpActivation::Relu: z = z.cwiseMax(0.0); break;
    case MlpActivation::Tanh: z = z.array().tanh(); break;
    case MlpActivation::Logistic: z = z.array().logistic(); break;
    }
}

// delta *= f'(z), written with the layer's output a = f(z) as sklearn does.
void applyDerivative(MlpActivation activation, const Matrix& a, Matrix& delta)
{
    switch (activation) {
    case MlpActivation::Relu: {
        // A plain loop the compiler turns into a compare-and-mask; Eigen's select() stays a
        // scalar branch here, mispredicted about half the time on relu outputs.
        double* d = delta.data();
        const double* out = a.data();
        for (Eigen::Index k = 0; k < delta.size(); ++k) d[k] = out[k] > 0.0 ? d[k] : 0.0;
        break;
    }
    case MlpActivation::Tanh: delta.array() *= 1.0 - a.array().square(); break;
    case MlpActivation::Logistic: delta.array() *= a.array() * (1.0 - a.array()); break;
    }
}

void applyOutput(MlpOutput output, Matrix& z)
{
    switch (output) {
    case MlpOutput::Identity: break;
    case MlpOutput::Logistic: z = z.array().logistic(); break;
    case MlpOutput::Softmax: {
        // Column by column over a column-major block: each step is a vectorized pass over rows.
        const Vector top = z.rowwise().maxCoeff();
        z.colwise() -= top;
        z = z.array().exp();
        const Vector sums = z.rowwise().sum();
        z.array().colwise() /= sums.array();
        break;
    }
    }
}

// sklearn clips probabilities to [eps, 1 - eps] before taking logs.
constexpr double kEps = std::numeric_limits<double>::epsilon();

double summedLoss(MlpOutput output, const Matrix& predicted, const Matrix& target)
{
    switch (output) {
    case MlpOutput::Identity: return 0.5 * (predicted - target).squaredNorm();
    case MlpOutput::Logistic: {
        const auto p = predicted.array().max(kEps).min(1.0 - kEps);
        const auto y = target.array();
        return -(y * p.log() + (1.0 - y) * (1.0 - p).log()).sum();
    }
    case MlpOutput::Softmax: {
        const auto p = predicted.array().max(kEps).min(1.0 - kEps);
        return -(target.array() * p.log()).sum();  // one-hot: 0 * log(p) adds nothing
    }
    }
    return 0;
}

}  // namespace

MlpNetwork::MlpNetwork(std::vector<Eigen::Index> sizes, MlpActivation activation, MlpOutput output)
    : m_sizes(std::move(sizes)), m_activation(activation), m_output(output)
{
    assert(m_sizes.size() >= 2);
    Eigen::Index offset = 0;
    for (int l = 0; l < layerCount(); ++l) {
        m_weightOffsets.push_back(offset);
        offset += m_sizes[size_t(l)] * m_sizes[size_t(l) + 1];
        m_biasOffsets.push_back(offset);
        offset += m_sizes[size_t(l) + 1];
    }
    m_parameters = Vector::Zero(offset);
}

void MlpNetwork::initialize(std::mt19937_64& engine)
{
    const double factor = m_activation == MlpActivation::Logistic ? 2.0 : 6.0;
    for (int l = 0; l < layerCount(); ++l) {
        const Eigen::Index fanIn = m_sizes[size_t(l)];
        const Eigen::Index fanOut = m_sizes[size_t(l) + 1];
        const double bound = std::sqrt(factor / double(fanIn + fanOut));
        // sklearn draws a C-ordered (fan_in, fan_out) array: row by row of W.
        auto W = weights(m_parameters, l);
        for (Eigen::Index i = 0; i < fanIn; ++i)
            for (Eigen::Index j = 0; j < fanOut; ++j) W(i, j) = -bound + 2.0 * bound * uniform01(engine);
        auto b = biases(m_parameters, l);
        for (Eigen::Index j = 0; j < fanOut; ++j) b[j] = -bound + 2.0 * bound * uniform01(engine);
    }
}

Eigen::Map<Matrix> MlpNetwork::weights(Vector& flat, int layer) const
{
    return {flat.data() + m_weightOffsets[size_t(layer)], m_sizes[size_t(layer)], m_sizes[size_t(layer) + 1]};
}

Eigen::Map<const Matrix> MlpNetwork::weights(const Vector& flat, int layer) const
{
    return {flat.data() + m_weightOffsets[size_t(layer)], m_sizes[size_t(layer)], m_sizes[size_t(layer) + 1]};
}

Eigen::Map<Vector> MlpNetwork::biases(Vector& flat, int layer) const
{
    return {flat.data() + m_biasOffsets[size_t(layer)], m_sizes[size_t(layer) + 1]};
}

Eigen::Map<const Vector> MlpNetwork::biases(const Vector& flat, int layer) const
{
    return {flat.data() + m_biasOffsets[size_t(layer)], m_sizes[size_t(layer) + 1]};
}

double MlpNetwork::squaredWeightNorm() const
{
    double sum = 0;
    for (int l = 0; l < layerCount(); ++l) sum += weights(m_parameters, l).squaredNorm();
    return sum;
}

void MlpNetwork::addWeightDecay(Vector& grad, double factor) const
{
    for (int l = 0; l < layerCount(); ++l) weights(grad, l) += factor * weights(m_parameters, l);
}

void MlpNetwork::forward(const Eigen::Ref<const Matrix>& input, std::vector<Matrix>& activations) const
{
    activations.resize(size_t(layerCount()));
    for (int l = 0; l < layerCount(); ++l) {
        Matrix& out = activations[size_t(l)];
        out.resize(input.rows(), m_sizes[size_t(l) + 1]);
        if (l == 0)
            out.noalias() = input * weights(m_parameters, 0);
        else
            out.noalias() = activations[size_t(l) - 1] * weights(m_parameters, l);
        out.rowwise() += biases(m_parameters, l).transpose();
        if (l + 1 < layerCount())
            applyActivation(m_activation, out);
        else
            applyOutput(m_output, out);
    }
}

Matrix MlpNetwork::predict(const Eigen::Ref<const Matrix>& X) const
{
    std::vector<Matrix> activations;
    forward(X, activations);
    return std::move(activations.back());
}

double MlpNetwork::lossGradient(Workspace& ws) const
{
    const int layers = layerCount();
    forward(ws.input, ws.activations);
    const double loss = summedLoss(m_output, ws.activations.back(), ws.target);

    ws.deltas.resize(size_t(layers));
    if (ws.gradient.size() != parameterCount()) ws.gradient = Vector::Zero(parameterCount());
    // The output/loss pairs above all have d loss / d z = prediction - target.
    ws.deltas.back() = ws.activations.back() - ws.target;
    for (int l = layers - 1; l >= 0; --l) {
        const Matrix& delta = ws.deltas[size_t(l)];
        auto gradW = weights(ws.gradient, l);
        if (l == 0)
            gradW.noalias() += ws.input.transpose() * delta;
        else
            gradW.noalias() += ws.activations[size_t(l) - 1].transpose() * delta;
        biases(ws.gradient, l) += delta.colwise().sum().transpose();
        if (l > 0) {
            Matrix& below = ws.deltas[size_t(l) - 1];
            below.resize(delta.rows(), m_sizes[size_t(l)]);
            below.noalias() = delta * weights(m_parameters, l).transpose();
            applyDerivative(m_activation, ws.activations[size_t(l) - 1], below);
        }
    }
    return loss;
}

}  // namespace mlwb::core::ml
