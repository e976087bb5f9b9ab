#include "core/ml/tree/tree_kind.h"

#include "core/base/text.h"
#include "core/ml/tree/cart_params.h"
#include "core/ml/trees/forest_model.h"

namespace mlwb::core::ml {

ModelKind treeModelKind()
{
    ModelKind kind;
    kind.name = "tree";
    kind.description = tr("decision tree (CART) with native categories and missing values");
    kind.params = cartParamSpecs(false);
    kind.classification = true;
    kind.regression = true;
    kind.nativeFeatures = true;
    kind.train = [](const Matrix& X, const Vector& y, const TargetInfo& target, const ParamValues& values,
                    uint64_t seed, JobContext& ctx) -> Result<std::unique_ptr<Model>> {
        auto settings = cartSettings("tree", values, target.task, X.cols());
        if (!settings.isOk()) return settings.status();
        return asModel(trees::trainForest(X, y, target, std::move(settings).value(), seed, ctx));
    };
    return kind;
}

}  // namespace mlwb::core::ml
