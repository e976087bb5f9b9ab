// The weights of a multi-layer perceptron and its forward and backward passes over a block of
// rows, in scikit-learn's layout (layer l maps fan_in to fan_out units) and initialisation.
// Used by the mlp model (prediction) and its trainer (loss and gradients of mini-batches).
#pragma once

#include "core/ml/matrix.h"

#include <random>
#include <vector>

namespace mlwb::core::ml {

enum class MlpActivation { Relu, Tanh, Logistic };

// The output layer and its loss, as sklearn pairs them: identity + squared error / 2 for
// regression, logistic + binary log loss for two classes, softmax + log loss for more.
enum class MlpOutput { Identity, Logistic, Softmax };

class MlpNetwork {
public:
    MlpNetwork() = default;
    // sizes: inputs, then each hidden layer, then outputs (1 for regression and two classes).
    MlpNetwork(std::vector<Eigen::Index> sizes, MlpActivation activation, MlpOutput output);

    // Glorot-uniform like sklearn: weights then biases of each layer, in layer order, from
    // U(-b, b) with b = sqrt(f / (fan_in + fan_out)), f = 2 for logistic units and 6 otherwise.
    void initialize(std::mt19937_64& engine);

    const std::vector<Eigen::Index>& sizes() const { return m_sizes; }
    int layerCount() const { return static_cast<int>(m_sizes.size()) - 1; }  // weight layers
    MlpActivation activation() const { return m_activation; }
    MlpOutput output() const { return m_output; }
    Eigen::Index inputCount() const { return m_sizes.front(); }
    Eigen::Index outputCount() const { return m_sizes.back(); }

    // Every weight and bias in one vector (W0, b0, W1, b1, ...; W column-major), so that the
    // optimizer and the gradient sums work on flat arrays.
    Eigen::Index parameterCount() const { return m_parameters.size(); }
    Vector& parameters() { return m_parameters; }
    const Vector& parameters() const { return m_parameters; }

    // Views of layer `layer` inside any vector laid out like parameters().
    Eigen::Map<Matrix> weights(Vector& flat, int layer) const;
    Eigen::Map<const Matrix> weights(const Vector& flat, int layer) const;
    Eigen::Map<Vector> biases(Vector& flat, int layer) const;
    Eigen::Map<const Vector> biases(const Vector& flat, int layer) const;

    // Sum of squared weights (biases are not penalized, as in sklearn).
    double squaredWeightNorm() const;
    // grad_W += factor * W for every layer: the gradient of the L2 penalty.
    void addWeightDecay(Vector& grad, double factor) const;

    // Output-layer values for the rows of X: probabilities (rows x 1 for two classes, rows x K
    // for K) or regression values. X must have inputCount() columns.
    Matrix predict(const Eigen::Ref<const Matrix>& X) const;

    // Scratch buffers of one block of rows; reused from batch to batch to avoid allocations.
    struct Workspace {
        Matrix input;                     // rows x inputs
        Matrix target;                    // rows x outputs: 0/1 (one-hot) for classification, values for regression
        std::vector<Matrix> activations;  // output of each layer, rows x units
        std::vector<Matrix> deltas;       // loss gradient with respect to each layer's pre-activation
        Vector gradient;                  // laid out like parameters()
    };

    // Adds to ws.gradient (sized and zeroed on first use) the gradient of the loss summed over
    // the rows of ws.input/ws.target (no penalty, not divided by the row count) and returns
    // that summed loss. Accumulating lets one workspace take several blocks of a batch.
    double lossGradient(Workspace& ws) const;

private:
    // Runs the layers on input, leaving each layer's output in activations.
    void forward(const Eigen::Ref<const Matrix>& input, std::vector<Matrix>& activations) const;

    std::vector<Eigen::Index> m_sizes;
    MlpActivation m_activation = MlpActivation::Relu;
    MlpOutput m_output = MlpOutput::Identity;
    Vector m_parameters;
    std::vector<Eigen::Index> m_weightOffsets;
    std::vector<Eigen::Index> m_biasOffsets;
};

}  // namespace mlwb::core::ml
