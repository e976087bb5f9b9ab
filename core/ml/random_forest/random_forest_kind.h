// The "random_forest" kind: bootstrapped CART trees with random features per split, grown
// in parallel and averaged, for classification and regression. Registered by the model registry.
#pragma once

#include "core/ml/registry.h"

namespace mlwb::core::ml {

ModelKind randomForestModelKind();

}  // namespace mlwb::core::ml
