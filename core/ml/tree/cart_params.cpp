#include "core/ml/tree/cart_params.h"

#include "core/base/text.h"

#include <limits>

namespace mlwb::core::ml {

std::vector<ParamSpec> cartParamSpecs(bool forest)
{
    std::vector<ParamSpec> specs;
    if (forest) {
        specs.push_back(ParamSpec::intParam("n_estimators", 100, 1, 10000, trNoop("how many trees to average")));
        specs.push_back(
            ParamSpec::boolParam("bootstrap", true, trNoop("grow each tree on rows drawn with replacement")));
    }
    specs.push_back(ParamSpec::choiceParam(
        "criterion", "auto", {"auto", "gini", "entropy", "squared_error"},
        trNoop("what a split improves; auto: gini for classification, squared_error for regression")));
    specs.push_back(ParamSpec::intParam("max_depth", 0, 0, 1000, trNoop("deepest level of a tree; 0 = no limit")));
    specs.push_back(
        ParamSpec::intParam("min_samples_split", 2, 2, 1e9, trNoop("rows a node needs before it is split")));
    specs.push_back(ParamSpec::intParam("min_samples_leaf", 1, 1, 1e9, trNoop("rows each side of a split must keep")));
    specs.push_back(ParamSpec::intParam("max_leaf_nodes", 0, 0, 1e9,
                                        trNoop("most leaves per tree, grown best split first; 0 = no limit")));
    specs.push_back(ParamSpec::choiceParam(
        "max_features", forest ? "auto" : "all", {"auto", "sqrt", "log2", "all"},
        trNoop("features each split looks at, drawn at random; auto: sqrt for classification, all for regression")));
    specs.push_back(
        ParamSpec::intParam("max_bins", trees::kMaxBins, 2, trees::kMaxBins,
                            trNoop("value bins per numeric feature (quantiles); fewer is faster and coarser")));
    specs.push_back(ParamSpec::doubleParam(
        "ccp_alpha", 0, 0, std::numeric_limits<double>::infinity(),
        trNoop("cost-complexity pruning: after growing, collapse the subtrees whose impurity decrease per extra "
               "leaf is at most this; 0 = no pruning")));
    return specs;
}

Result<trees::ForestSettings> cartSettings(const std::string& kind, const ParamValues& values, Task task,
                                           Eigen::Index featureCount)
{
    trees::ForestSettings settings;
    settings.kind = kind;
    const std::string& criterion = values.getChoice("criterion");
    const bool classification = task == Task::Classification;
    if (criterion == "squared_error" && classification)
        return Status::invalidArgument(
            tr("parameter \"criterion\": squared_error is for regression; use gini or entropy for the "
               "classification target, or auto"));
    if ((criterion == "gini" || criterion == "entropy") && !classification)
        return Status::invalidArgument(
            trf("parameter \"criterion\": {} is for classification; use squared_error for the regression target, "
                "or auto",
                criterion));
    settings.growth.criterion = criterion == "entropy" ? trees::Criterion::Entropy : trees::Criterion::Squared;
    settings.growth.maxDepth = static_cast<int>(values.getInt("max_depth"));
    settings.growth.minSamplesSplit = static_cast<double>(values.getInt("min_samples_split"));
    settings.growth.minSamplesLeaf = static_cast<double>(values.getInt("min_samples_leaf"));
    settings.growth.maxLeaves = static_cast<int>(values.getInt("max_leaf_nodes"));
    if (settings.growth.maxLeaves == 1)
        return Status::invalidArgument(
            tr("parameter \"max_leaf_nodes\": a tree needs at least 2 leaves (or 0 for no limit)"));
    const int maxFeatures = trees::maxFeaturesFor(values.getChoice("max_features"), featureCount, task);
    settings.growth.maxFeatures = maxFeatures < featureCount ? maxFeatures : 0;
    settings.maxBins = static_cast<int>(values.getInt("max_bins"));
    settings.ccpAlpha = values.getDouble("ccp_alpha");
    if (values.contains("n_estimators")) {
        settings.trees = static_cast<int>(values.getInt("n_estimators"));
        settings.bootstrap = values.getBool("bootstrap");
        settings.parallelTrees = true;
    }
    return settings;
}

}  // namespace mlwb::core::ml
