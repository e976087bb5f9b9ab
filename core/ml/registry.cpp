#include "core/ml/registry.h"

#include "core/base/text.h"
#include "core/ml/gbt/gbt_model.h"
#include "core/ml/kmeans/kmeans_model.h"
#include "core/ml/knn/knn_model.h"
#include "core/ml/linear/linear_model.h"
#include "core/ml/logistic/logistic_model.h"
#include "core/ml/mlp/mlp_model.h"
#include "core/ml/naive_bayes/categorical_nb.h"
#include "core/ml/naive_bayes/gaussian_nb.h"
#include "core/ml/naive_bayes/mixed_nb.h"
#include "core/ml/pca/pca_model.h"
#include "core/ml/random_forest/random_forest_kind.h"
#include "core/ml/tree/tree_kind.h"

namespace mlwb::core::ml {

ModelRegistry::ModelRegistry()
{
    m_kinds.push_back(linearModelKind());
    m_kinds.push_back(logisticModelKind());
    // Before the other naive Bayes kinds, so pickers offer it first: it takes the data as it is.
    m_kinds.push_back(naiveBayesModelKind());
    m_kinds.push_back(gaussianNbModelKind());
    m_kinds.push_back(categoricalNbModelKind());
    m_kinds.push_back(knnModelKind());
    m_kinds.push_back(treeModelKind());
    m_kinds.push_back(randomForestModelKind());
    m_kinds.push_back(gbtModelKind());
    m_kinds.push_back(mlpModelKind());
    m_kinds.push_back(kmeansModelKind());
    m_kinds.push_back(pcaModelKind());
}

const ModelRegistry& ModelRegistry::instance()
{
    static const ModelRegistry registry;
    return registry;
}

const ModelKind* ModelRegistry::find(std::string_view name) const
{
    for (const auto& kind : m_kinds) {
        if (kind.name == name) return &kind;
    }
    return nullptr;
}

Result<const ModelKind*> ModelRegistry::lookup(std::string_view name) const
{
    if (const ModelKind* kind = find(name)) return kind;
    std::string known;
    for (const auto& kind : m_kinds) {
        if (!known.empty()) known += ", ";
        known += kind.name;
    }
    return Status::invalidArgument(trf("unknown model \"{}\"; known: {}", name, known));
}

Status ModelRegistry::checkTask(const ModelKind& info, Task task) const
{
    if (info.supports(task)) return Status::ok();
    std::string fitting;
    for (const auto& other : m_kinds) {
        if (!other.supports(task)) continue;
        if (!fitting.empty()) fitting += ", ";
        fitting += other.name;
    }
    return Status::invalidArgument(
        trf("model \"{}\" does not support {}; models that do: {}", info.name, taskDisplayName(task), fitting));
}

Result<std::unique_ptr<Model>> ModelRegistry::train(std::string_view kindName, const Matrix& X, const Vector& y,
                                                    const TargetInfo& target, const std::vector<std::string>& params,
                                                    uint64_t seed, JobContext& ctx) const
{
    auto kind = lookup(kindName);
    if (!kind.isOk()) return kind.status();
    const ModelKind& info = **kind;
    MLWB_RETURN_IF_ERROR(checkTask(info, target.task));
    auto values = ParamValues::parse(info.params, params, info.name);
    if (!values.isOk()) return values.status();
    return info.train(X, y, target, *values, seed, ctx);
}

}  // namespace mlwb::core::ml
