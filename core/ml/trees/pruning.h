// Minimal cost-complexity pruning of a grown CART tree, as scikit-learn defines it
// (ccp_alpha). Used by trainForest for the tree and random_forest kinds, and by their tests.
#pragma once

#include "core/ml/trees/grower.h"
#include "core/ml/trees/tree.h"

#include <vector>

namespace mlwb::core::ml::trees {

// One step of the weakest-link sequence: the effective alpha at which it happens and the
// leaves left after it.
struct PruningStep {
    double alpha = 0;
    size_t leaves = 0;
};

// The sequence scikit-learn's cost_complexity_pruning_path() reports: the whole tree at
// alpha 0, then one collapse per step until only the root is left. R(t) is a node's impurity
// under `criterion` (gini or entropy in bits for classes, mean squared error for values)
// times its share of the root's weight; the effective alpha of an internal node t is
// (R(t) - R(leaves under t)) / (leaves under t - 1), and each step collapses the node with
// the smallest one (the first in node order on ties).
std::vector<PruningStep> costComplexityPath(const Tree& tree, Criterion criterion);

// The tree with the weakest link collapsed while its effective alpha is <= ccpAlpha: a
// collapsed node becomes a leaf with its own value, its subtree and split gains gone.
// ccpAlpha 0 returns the tree unchanged.
Tree pruneTree(Tree tree, Criterion criterion, double ccpAlpha);

}  // namespace mlwb::core::ml::trees
