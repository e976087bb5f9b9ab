// One grown decision tree in flat arrays: split nodes (numeric threshold or category set, a
// learned side for missing values) and a value vector per node. Used by the tree,
// random_forest and gbt models for prediction and, later, by explanations (node covers).
#pragma once

#include "core/ml/matrix.h"

#include <cstdint>
#include <vector>

namespace mlwb::core::ml::trees {

struct TreeNode {
    int32_t left = -1;  // child indices; -1 on leaves
    int32_t right = -1;
    int32_t feature = -1;
    bool categorical = false;
    bool missingLeft = false;
    uint8_t binThreshold = 0;  // numeric, binned rows: bin <= binThreshold goes left
    double threshold = 0;      // numeric, raw rows: value <= threshold goes left
    int32_t categorySet = -1;  // categorical: index of its category bit set in Tree::categorySets
    double cover = 0;          // weighted training rows that reached the node
    double gain = 0;           // criterion improvement of the split (0 on leaves)

    bool isLeaf() const { return left < 0; }
};

class Tree {
public:
    explicit Tree(int valueWidth = 1) : m_valueWidth(valueWidth) {}

    int valueWidth() const { return m_valueWidth; }
    const std::vector<TreeNode>& nodes() const { return m_nodes; }
    std::vector<TreeNode>& nodes() { return m_nodes; }
    size_t leafCount() const;
    int depth() const;

    // Adds a node with its values (valueWidth() of them) and returns its index.
    int32_t addNode(const TreeNode& node, const double* values);
    // The node's value vector: class probabilities, a regression value or a boosting step.
    const double* value(int32_t node) const { return m_values.data() + static_cast<size_t>(node) * m_valueWidth; }
    double* value(int32_t node) { return m_values.data() + static_cast<size_t>(node) * m_valueWidth; }

    // Category codes (raw codes, as FeaturePrep gives them) that go left; one bit set per
    // categorical split. Codes outside the set go right; missing ones follow missingLeft.
    int32_t addCategorySet(std::vector<uint64_t> bits);
    bool categoryGoesLeft(const TreeNode& node, double code) const;

    // The leaf a raw row reaches; `row` points at its first feature, `stride` apart.
    int32_t leafOf(const double* row, Eigen::Index stride) const;
    int32_t leafOf(const Matrix& X, Eigen::Index row) const { return leafOf(X.data() + row, X.rows()); }

    // Adds (scale x leaf value) of every row of X to the matching row of `out` (rows x
    // valueWidth); rows are processed in parallel blocks.
    void accumulate(const Matrix& X, double scale, Matrix& out) const;

    // Sum of split gains per feature into `importance` (sized to the feature count).
    void addGains(std::vector<double>& importance) const;

    // A copy in which every node marked in `toLeaf` (one flag per node) becomes a leaf with
    // its own value and cover; the nodes under it are dropped and the rest keep their order.
    // Pruning's result.
    Tree collapsed(const std::vector<char>& toLeaf) const;

private:
    int m_valueWidth;
    std::vector<TreeNode> m_nodes;
    std::vector<double> m_values;
    std::vector<std::vector<uint64_t>> m_categorySets;
};

}  // namespace mlwb::core::ml::trees
