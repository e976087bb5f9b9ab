// The model registry: every model kind by name ("linear", "logistic", "knn", ...) with its
// parameter schema, supported tasks and training function. Used by mlwb-cli train, the GUI's
// model picker and tuning, which know models only through it.
#pragma once

#include "core/base/job_context.h"
#include "core/ml/model.h"
#include "core/ml/params.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace mlwb::core::ml {

// Trains one model. Reports progress on ctx, returns Status::cancelled() promptly after a
// cancel request, and gives the same model for the same seed whatever the thread count.
using TrainFunction =
    std::function<Result<std::unique_ptr<Model>>(const Matrix& X, const Vector& y, const TargetInfo& target,
                                                 const ParamValues& params, uint64_t seed, JobContext& ctx)>;

struct ModelKind {
    std::string name;         // "linear"
    std::string description;  // one line for pickers and `mlwb-cli models`
    std::vector<ParamSpec> params;
    bool classification = false;
    bool regression = false;
    bool clustering = false;     // no target: groups rows (kmeans)
    bool decomposition = false;  // no target: finds components of the features (pca)
    // Takes missing values (NaN) and category codes as they are (FeatureOptions::
    // nativeEncoding) instead of imputed, one-hot encoded features: the tree kinds and naive_bayes.
    bool nativeFeatures = false;
    // Called only through ModelRegistry::train, which has already checked the task and
    // parsed the parameters against `params`.
    TrainFunction train;

    bool supports(Task task) const
    {
        switch (task) {
        case Task::Classification: return classification;
        case Task::Regression: return regression;
        case Task::Clustering: return clustering;
        case Task::Decomposition: return decomposition;
        }
        return false;
    }
    // Clustering or decomposition: trains without a target.
    bool unsupervised() const { return clustering || decomposition; }
};

// Turns a method's own Result<unique_ptr<ConcreteModel>> into what TrainFunction returns.
template <class ConcreteModel>
Result<std::unique_ptr<Model>> asModel(Result<std::unique_ptr<ConcreteModel>> trained)
{
    if (!trained.isOk()) return trained.status();
    return std::unique_ptr<Model>(std::move(trained).value());
}

class ModelRegistry {
public:
    // Every built-in kind. The list is explicit (registry.cpp) rather than filled by static
    // initializers, which a static library would silently drop at link time.
    static const ModelRegistry& instance();

    const std::vector<ModelKind>& kinds() const { return m_kinds; }
    const ModelKind* find(std::string_view name) const;
    // find() with a message listing the known kinds.
    Result<const ModelKind*> lookup(std::string_view name) const;

    // Ok when the kind handles the task; otherwise a message listing the kinds that do.
    Status checkTask(const ModelKind& kind, Task task) const;

    // Parses the "NAME=VALUE" strings against the kind's schema, checks the task is
    // supported and trains: the one call `mlwb-cli train` needs.
    Result<std::unique_ptr<Model>> train(std::string_view kind, const Matrix& X, const Vector& y,
                                         const TargetInfo& target, const std::vector<std::string>& params,
                                         uint64_t seed, JobContext& ctx) const;

private:
    ModelRegistry();
    std::vector<ModelKind> m_kinds;
};

}  // namespace mlwb::core::ml
