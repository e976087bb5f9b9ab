// The Adam optimizer (Kingma and Ba) over one flat parameter vector, with scikit-learn's
// bias-corrected step size. Used by the mlp trainer, once per mini-batch.
#pragma once

#include "core/ml/matrix.h"

#include <cstdint>

namespace mlwb::core::ml {

class Adam {
public:
    // beta1, beta2 and epsilon are sklearn's defaults; the mlp does not expose them.
    Adam(Eigen::Index size, double learningRate, double beta1 = 0.9, double beta2 = 0.999, double epsilon = 1e-8);

    // params -= lr_t * m / (sqrt(v) + epsilon), lr_t = lr * sqrt(1 - beta2^t) / (1 - beta1^t).
    void step(Vector& params, const Vector& grad);

    int64_t steps() const { return m_steps; }

private:
    double m_learningRate;
    double m_beta1;
    double m_beta2;
    double m_epsilon;
    Vector m_first;   // running mean of the gradient
    Vector m_second;  // running mean of its square
    int64_t m_steps = 0;
};

}  // namespace mlwb::core::ml
