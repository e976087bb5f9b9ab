#include "core/ml/unsupervised.h"

#include "core/base/text.h"

namespace mlwb::core::ml {

Result<Vector> DecompositionModel::predict(const Matrix&) const
{
    return Status::unsupported(
        trf("model \"{}\" is a decomposition and predicts nothing; use its component scores (transform)", kind()));
}

}  // namespace mlwb::core::ml
