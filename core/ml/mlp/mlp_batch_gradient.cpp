#include "core/ml/mlp/mlp_batch_gradient.h"

#include "core/base/thread_pool.h"

#include <algorithm>

namespace mlwb::core::ml {

namespace {

// A batch is cut into blocks of at most kBlockRows rows, of equal size (200 rows: 2 x 100).
// Block b goes to slot b % kSlots, which sums its blocks in order; the slots are then summed
// in slot order. Both depend only on the batch size, never on the thread count, and kSlots
// bounds the scratch memory however large the batch.
constexpr size_t kBlockRows = 128;
constexpr size_t kSlots = 8;
// Below this many multiply-adds (rows x parameters) a batch runs on the calling thread: waking
// a worker would cost more than it saves. The arithmetic is the same either way.
constexpr double kParallelWork = 1.5e5;

}  // namespace

MlpBatchGradient::MlpBatchGradient(const MlpNetwork& network, const RowMajorMatrix& X, const RowMajorMatrix& Y,
                                   double alpha)
    : m_network(network), m_X(X), m_Y(Y), m_alpha(alpha), m_slots(kSlots), m_slotLoss(kSlots, 0.0)
{}

double MlpBatchGradient::compute(std::span<const uint32_t> rows, Vector& grad)
{
    const size_t n = rows.size();
    const size_t blocks = std::max<size_t>(1, (n + kBlockRows - 1) / kBlockRows);
    const size_t slots = std::min(blocks, kSlots);
    auto runSlot = [&](size_t slot) {
        MlpNetwork::Workspace& ws = m_slots[slot];
        if (ws.gradient.size() == m_network.parameterCount()) ws.gradient.setZero();
        double loss = 0;
        for (size_t b = slot; b < blocks; b += kSlots) {
            const size_t begin = b * n / blocks;
            const size_t end = (b + 1) * n / blocks;
            const auto count = static_cast<Eigen::Index>(end - begin);
            ws.input.resize(count, m_X.cols());
            ws.target.resize(count, m_Y.cols());
            for (Eigen::Index i = 0; i < count; ++i) {
                const uint32_t row = rows[begin + size_t(i)];
                ws.input.row(i) = m_X.row(row);
                ws.target.row(i) = m_Y.row(row);
            }
            loss += m_network.lossGradient(ws);
        }
        m_slotLoss[slot] = loss;
    };
    if (slots > 1 && double(n) * double(m_network.parameterCount()) >= kParallelWork)
        ThreadPool::global().parallelFor(slots, runSlot);
    else
        for (size_t slot = 0; slot < slots; ++slot) runSlot(slot);

    double loss = 0;
    grad = m_slots[0].gradient;
    loss += m_slotLoss[0];
    for (size_t slot = 1; slot < slots; ++slot) {
        grad += m_slots[slot].gradient;
        loss += m_slotLoss[slot];
    }
    // sklearn: (A^T delta + alpha W) / n, and the penalty divided by the batch rows too.
    const double rowsInBatch = static_cast<double>(n);
    grad /= rowsInBatch;
    m_network.addWeightDecay(grad, m_alpha / rowsInBatch);
    return loss / rowsInBatch + 0.5 * m_alpha * m_network.squaredWeightNorm() / rowsInBatch;
}

}  // namespace mlwb::core::ml
