// The parameters CART trees share (criterion, depth, leaf sizes, features per split, bins,
// pruning) and their translation into forest settings. Used by the tree and random_forest kinds.
#pragma once

#include "core/ml/params.h"
#include "core/ml/trees/forest_model.h"

namespace mlwb::core::ml {

// forest = true adds n_estimators and bootstrap and defaults max_features to "auto".
std::vector<ParamSpec> cartParamSpecs(bool forest);

Result<trees::ForestSettings> cartSettings(const std::string& kind, const ParamValues& values, Task task,
                                           Eigen::Index featureCount);

}  // namespace mlwb::core::ml
