// The mean loss and gradient of one mini-batch of an mlp, computed in fixed blocks of rows on
// the thread pool and summed in block order, so the result is the same at every thread count.
// Used by the mlp trainer for each Adam step.
#pragma once

#include "core/ml/mlp/mlp_network.h"

#include <cstdint>
#include <span>
#include <vector>

namespace mlwb::core::ml {

// Row-major so that gathering a shuffled batch reads each row as one contiguous run.
using RowMajorMatrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

class MlpBatchGradient {
public:
    // X: training rows (standardized), Y: their targets (rows x outputs); both must outlive this.
    MlpBatchGradient(const MlpNetwork& network, const RowMajorMatrix& X, const RowMajorMatrix& Y, double alpha);

    // Loss of the batch `rows` (indices into X/Y) as sklearn reports it: the mean loss plus
    // 0.5 * alpha * ||W||^2 / rows; grad receives its gradient.
    double compute(std::span<const uint32_t> rows, Vector& grad);

private:
    const MlpNetwork& m_network;
    const RowMajorMatrix& m_X;
    const RowMajorMatrix& m_Y;
    double m_alpha;
    std::vector<MlpNetwork::Workspace> m_slots;
    std::vector<double> m_slotLoss;
};

}  // namespace mlwb::core::ml
