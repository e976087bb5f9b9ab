// The numeric types every model trains on and predicts from: a column-major double matrix
// (rows = samples) and a double vector. Used by feature preparation, every model and the registry.
#pragma once

#include <Eigen/Core>
#include <string>

namespace mlwb::core::ml {

// Column-major because the solvers that dominate training (coordinate descent, X^T r in
// gradients, one-hot filling per column) walk features one at a time.
using Matrix = Eigen::MatrixXd;
using Vector = Eigen::VectorXd;

// Classification or regression (decided by feature preparation from the target column), or
// one of the unsupervised tasks, which have no target and are decided by the model kind.
enum class Task { Classification, Regression, Clustering, Decomposition };

// True for the tasks without a target: clustering and decomposition.
inline bool isUnsupervised(Task task)
{
    return task == Task::Clustering || task == Task::Decomposition;
}

// The task's identifier ("classification", ...), as the CLI's JSON and options spell it.
const char* taskName(Task task);
// The task as a word inside a message, translated (the identifier stays English).
std::string taskDisplayName(Task task);

}  // namespace mlwb::core::ml
