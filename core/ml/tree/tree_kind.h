// The "tree" kind: one CART decision tree (gini, entropy or squared error; depth and leaf
// limits), grown on binned features with native categories and missing values. Registered
// by the model registry.
#pragma once

#include "core/ml/registry.h"

namespace mlwb::core::ml {

ModelKind treeModelKind();

}  // namespace mlwb::core::ml
