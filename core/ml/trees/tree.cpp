#include "core/ml/trees/tree.h"

#include "core/base/thread_pool.h"

#include <algorithm>
#include <cmath>

namespace mlwb::core::ml::trees {

size_t Tree::leafCount() const
{
    return static_cast<size_t>(
        std::count_if(m_nodes.begin(), m_nodes.end(), [](const TreeNode& n) { return n.isLeaf(); }));
}

int Tree::depth() const
{
    if (m_nodes.empty()) return 0;
    // Children always come after their parent, so one forward pass sees every parent first.
    std::vector<int> depthOf(m_nodes.size(), 0);
    int deepest = 0;
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        const TreeNode& node = m_nodes[i];
        if (node.isLeaf()) continue;
        depthOf[static_cast<size_t>(node.left)] = depthOf[static_cast<size_t>(node.right)] = depthOf[i] + 1;
        deepest = std::max(deepest, depthOf[i] + 1);
    }
    return deepest;
}

int32_t Tree::addNode(const TreeNode& node, const double* values)
{
    m_nodes.push_back(node);
    m_values.insert(m_values.end(), values, values + m_valueWidth);
    return static_cast<int32_t>(m_nodes.size() - 1);
}

int32_t Tree::addCategorySet(std::vector<uint64_t> bits)
{
    m_categorySets.push_back(std::move(bits));
    return static_cast<int32_t>(m_categorySets.size() - 1);
}

bool Tree::categoryGoesLeft(const TreeNode& node, double code) const
{
    if (std::isnan(code) || code < 0) return node.missingLeft;
    const auto& bits = m_categorySets[static_cast<size_t>(node.categorySet)];
    const auto c = static_cast<uint64_t>(code);
    if (c / 64 >= bits.size()) return false;
    return (bits[c / 64] >> (c % 64)) & 1u;
}

int32_t Tree::leafOf(const double* row, Eigen::Index stride) const
{
    int32_t at = 0;
    while (true) {
        const TreeNode& node = m_nodes[static_cast<size_t>(at)];
        if (node.isLeaf()) return at;
        const double v = row[node.feature * stride];
        bool left;
        if (node.categorical)
            left = categoryGoesLeft(node, v);
        else
            left = std::isnan(v) ? node.missingLeft : v <= node.threshold;
        at = left ? node.left : node.right;
    }
}

void Tree::accumulate(const Matrix& X, double scale, Matrix& out) const
{
    constexpr size_t kBlock = 4096;
    const auto rows = static_cast<size_t>(X.rows());
    ThreadPool::global().parallelFor((rows + kBlock - 1) / kBlock, [&](size_t block) {
        const size_t end = std::min(rows, (block + 1) * kBlock);
        for (size_t i = block * kBlock; i < end; ++i) {
            const auto row = static_cast<Eigen::Index>(i);
            const double* v = value(leafOf(X, row));
            for (int k = 0; k < m_valueWidth; ++k) out(row, k) += scale * v[k];
        }
    });
}

void Tree::addGains(std::vector<double>& importance) const
{
    for (const TreeNode& node : m_nodes) {
        if (!node.isLeaf() && node.feature >= 0 && static_cast<size_t>(node.feature) < importance.size())
            importance[static_cast<size_t>(node.feature)] += node.gain;
    }
}

Tree Tree::collapsed(const std::vector<char>& toLeaf) const
{
    Tree out(m_valueWidth);
    if (m_nodes.empty()) return out;
    // Children come after their parent, so one forward pass knows whether a node is kept
    // before it reaches it, and the kept nodes keep that order.
    std::vector<char> keep(m_nodes.size(), 0);
    std::vector<int32_t> newIndex(m_nodes.size(), -1);
    keep[0] = 1;
    int32_t kept = 0;
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        if (!keep[i]) continue;
        newIndex[i] = kept++;
        const TreeNode& node = m_nodes[i];
        if (!node.isLeaf() && !toLeaf[i])
            keep[static_cast<size_t>(node.left)] = keep[static_cast<size_t>(node.right)] = 1;
    }
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        if (newIndex[i] < 0) continue;
        TreeNode node = m_nodes[i];
        if (node.isLeaf() || toLeaf[i]) {
            TreeNode leaf;
            leaf.cover = node.cover;
            node = leaf;
        } else {
            node.left = newIndex[static_cast<size_t>(node.left)];
            node.right = newIndex[static_cast<size_t>(node.right)];
            if (node.categorical) node.categorySet = out.addCategorySet(m_categorySets[size_t(node.categorySet)]);
        }
        out.addNode(node, value(static_cast<int32_t>(i)));
    }
    return out;
}

}  // namespace mlwb::core::ml::trees
