#include "core/ml/model.h"

#include "core/base/text.h"

#include <cmath>

namespace mlwb::core::ml {

const char* taskName(Task task)
{
    switch (task) {
    case Task::Classification: return "classification";
    case Task::Regression: return "regression";
    case Task::Clustering: return "clustering";
    case Task::Decomposition: return "decomposition";
    }
    return "regression";
}

std::string taskDisplayName(Task task)
{
    switch (task) {
    case Task::Classification: return tr("classification");
    case Task::Regression: return tr("regression");
    case Task::Clustering: return tr("clustering");
    case Task::Decomposition: return tr("decomposition");
    }
    return tr("regression");
}

Result<Matrix> Model::predictProba(const Matrix&) const
{
    return Status::unsupported(trf("model \"{}\" is a {} model and gives no class probabilities; use predict", kind(),
                                   taskDisplayName(task())));
}

Status Model::checkFeatureCount(const Matrix& X) const
{
    if (X.cols() != featureCount())
        return Status::invalidArgument(
            trf("model \"{}\" was trained on {} features but got {}; prepare the rows with the same feature "
                "preparation as the training rows",
                kind(), featureCount(), X.cols()));
    return Status::ok();
}

Status checkTrainingData(const Matrix& X, const Vector& y, const TargetInfo& target, const char* kind,
                         bool allowMissingFeatures)
{
    // Unsupervised kinds have no target: y is empty and only X is checked.
    if (X.rows() != y.size() && !(isUnsupervised(target.task) && y.size() == 0))
        return Status::invalidArgument(
            trf("model \"{}\": {} feature rows but {} target values", kind, X.rows(), y.size()));
    if (X.rows() == 0)
        return Status::invalidArgument(trf("model \"{}\": no training rows; check the split and filters", kind));
    if (X.cols() == 0)
        return Status::invalidArgument(trf("model \"{}\": no features to train on; choose feature columns", kind));
    if (allowMissingFeatures) {
        if (X.array().isInf().any())
            return Status::invalidArgument(
                trf("model \"{}\": the features contain infinite values; replace them", kind));
    } else if (!X.allFinite()) {
        return Status::invalidArgument(
            trf("model \"{}\": the features contain missing or infinite values; prepare them with the feature "
                "preparation first",
                kind));
    }
    if (!y.allFinite())
        return Status::invalidArgument(trf("model \"{}\": the target contains missing or infinite values", kind));
    if (target.task == Task::Classification) {
        if (target.classCount < 2)
            return Status::invalidArgument(trf(
                "model \"{}\": the target has only {} class; a classifier needs at least 2", kind, target.classCount));
        for (Eigen::Index i = 0; i < y.size(); ++i) {
            const double v = y[i];
            if (v < 0 || v >= target.classCount || v != std::floor(v))
                return Status::invalidArgument(trf("model \"{}\": target value {} in row {} is not a class code 0..{}",
                                                   kind, v, i + 1, target.classCount - 1));
        }
    }
    return Status::ok();
}

}  // namespace mlwb::core::ml
