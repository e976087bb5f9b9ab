#include "core/ml/trees/pruning.h"

#include <cmath>
#include <limits>
#include <queue>

namespace mlwb::core::ml::trees {

namespace {

// The weakest-link sequence of one tree. R(t) - R(leaves under t) is the sum of the split
// gains under t over the root's weight: a gain is score(left) + score(right) - score(parent),
// and a node's weight x impurity is its weight - score (gini), its sum of squares - score
// (squared error) or -score in nats (entropy), so the gains telescope. That spares storing
// each node's impurity (a regression node's would need the sum of y^2 the grower never
// keeps). The nodes' alphas live in a heap; a collapse changes its ancestors' alphas, which
// are pushed again with a new version, and stale entries are skipped when they surface.
class WeakestLink {
public:
    WeakestLink(const Tree& tree, Criterion criterion) : m_nodes(tree.nodes())
    {
        const size_t n = m_nodes.size();
        m_parent.assign(n, -1);
        m_leaves.assign(n, 1);
        m_branchGain.assign(n, 0.0);
        m_version.assign(n, 0);
        m_open.assign(n, 0);
        m_collapsed.assign(n, 0);
        const double total = n ? m_nodes.front().cover : 0;
        m_scale = total > 0 ? 1 / total : 0;
        if (criterion == Criterion::Entropy) m_scale /= std::log(2.0);  // scikit-learn's entropy is in bits
        // Children always come after their parent: a backward pass sees both children first.
        for (size_t i = n; i-- > 0;) {
            const TreeNode& node = m_nodes[i];
            if (node.isLeaf()) continue;
            const auto left = static_cast<size_t>(node.left), right = static_cast<size_t>(node.right);
            m_parent[left] = m_parent[right] = static_cast<int32_t>(i);
            m_leaves[i] = m_leaves[left] + m_leaves[right];
            m_branchGain[i] = node.gain + m_branchGain[left] + m_branchGain[right];
            m_open[i] = 1;
        }
        for (size_t i = 0; i < n; ++i)
            if (m_open[i]) push(static_cast<int32_t>(i));
    }

    // The open node with the smallest effective alpha (the first in node order on ties), or
    // false when the root is a leaf.
    bool next(double& alpha, int32_t& node)
    {
        while (!m_heap.empty()) {
            const Entry top = m_heap.top();
            const auto i = static_cast<size_t>(top.node);
            if (m_open[i] && top.version == m_version[i]) {
                alpha = top.alpha;
                node = top.node;
                return true;
            }
            m_heap.pop();
        }
        return false;
    }

    void collapse(int32_t node)
    {
        const auto at = static_cast<size_t>(node);
        m_collapsed[at] = 1;
        // The subtree's nodes leave the tree; their heap entries go stale.
        std::vector<int32_t> stack{node};
        while (!stack.empty()) {
            const TreeNode& inner = m_nodes[static_cast<size_t>(stack.back())];
            m_open[static_cast<size_t>(stack.back())] = 0;
            stack.pop_back();
            if (!inner.isLeaf()) {
                stack.push_back(inner.left);
                stack.push_back(inner.right);
            }
        }
        const size_t lostLeaves = m_leaves[at] - 1;
        const double lostGain = m_branchGain[at];
        m_leaves[at] = 1;
        m_branchGain[at] = 0;
        for (int32_t up = m_parent[at]; up >= 0; up = m_parent[static_cast<size_t>(up)]) {
            const auto u = static_cast<size_t>(up);
            m_leaves[u] -= lostLeaves;
            m_branchGain[u] -= lostGain;
            ++m_version[u];
            push(up);
        }
    }

    size_t leaves() const { return m_leaves.empty() ? 0 : m_leaves.front(); }
    const std::vector<char>& collapsed() const { return m_collapsed; }

private:
    struct Entry {
        double alpha;
        int32_t node;
        uint32_t version;
    };
    // std::priority_queue keeps the largest on top: "larger" here means a larger alpha, then
    // a later node, so the top is the smallest alpha and the first node among equals.
    struct Later {
        bool operator()(const Entry& a, const Entry& b) const
        {
            return a.alpha != b.alpha ? a.alpha > b.alpha : a.node > b.node;
        }
    };

    void push(int32_t node)
    {
        const auto i = static_cast<size_t>(node);
        const double alpha = m_branchGain[i] * m_scale / static_cast<double>(m_leaves[i] - 1);
        m_heap.push({alpha, node, m_version[i]});
    }

    const std::vector<TreeNode>& m_nodes;
    double m_scale = 0;
    std::vector<int32_t> m_parent;
    std::vector<size_t> m_leaves;      // leaves under each node, in the tree as pruned so far
    std::vector<double> m_branchGain;  // split gains under each node, likewise
    std::vector<uint32_t> m_version;
    std::vector<char> m_open;  // internal, not collapsed, not under a collapsed node
    std::vector<char> m_collapsed;
    std::priority_queue<Entry, std::vector<Entry>, Later> m_heap;
};

}  // namespace

std::vector<PruningStep> costComplexityPath(const Tree& tree, Criterion criterion)
{
    WeakestLink links(tree, criterion);
    std::vector<PruningStep> path{{0.0, links.leaves()}};
    double alpha = 0;
    int32_t node = -1;
    while (links.next(alpha, node)) {
        links.collapse(node);
        path.push_back({alpha, links.leaves()});
    }
    return path;
}

Tree pruneTree(Tree tree, Criterion criterion, double ccpAlpha)
{
    if (!(ccpAlpha > 0) || tree.nodes().size() < 2) return tree;
    WeakestLink links(tree, criterion);
    double alpha = 0;
    int32_t node = -1;
    bool any = false;
    while (links.next(alpha, node) && alpha <= ccpAlpha) {
        links.collapse(node);
        any = true;
    }
    if (!any) return tree;
    return tree.collapsed(links.collapsed());
}

}  // namespace mlwb::core::ml::trees
