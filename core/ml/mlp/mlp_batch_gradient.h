// The mean loss and gradient of one mini-batch of an mlp, computed in fixed blocks of rows on
// the thread pool and summed in block order, so the result is the same at every thread count.
// Used by the mlp trainer for each Adam step.
#pragma once

#include "core/ml/mlp/mlp_network.h"

#include <cstdint>
#include <span>
#include <vector>

namespace mlwb::core::ml {

class MlpBatchGradient {
public:
    // X: training rows (standardized), Y: their targets (rows x outputs); both must outlive this.
    MlpBatchGradient(const MlpNetwork& network, const Matrix& X, const Matrix& Y, double alpha);

    // Loss of the batch `rows` (indices into X/Y) as sklearn reports it: the mean loss plus
    // 0.5 * alpha * ||W||^2 / rows; grad receives its gradient.
    double compute(std::span<const uint32_t> rows, Vector& grad);

private:
    const MlpNetwork& m_network;
    const Matrix& m_X;
    const Matrix& m_Y;
    double m_alpha;
    std::vector<MlpNetwork::Workspace> m_slots;
    std::vector<double> m_slotLoss;
};

}  // namespace mlwb::core::ml
