// The losses gbt boosts: binary log loss (one log-odds output), multinomial log loss (one
// score per class, softmax) and squared error. Gradients, hessians, baselines and the loss
// value early stopping watches. Used by gbt training and prediction.
#pragma once

#include "core/ml/matrix.h"

#include <vector>

namespace mlwb::core::ml {

enum class GbtLoss { Binary, Multinomial, Squared };

// The constant raw prediction that minimises the loss on y (log prior odds, log class
// priors, mean); one per output.
std::vector<double> gbtBaseline(GbtLoss loss, const Vector& y, const std::vector<uint32_t>& rows, int outputs);

// Per row of `rows`: the grower's boosting payload for output k, [1 (the row count),
// hessian, gradient, 0] at payload[trees::kGradientStride * r]. `scores` are the raw
// predictions, except for Multinomial: the class probabilities from gbtProbabilities(),
// computed once per round for all classes rather than a softmax per row and class.
void gbtGradients(GbtLoss loss, const Matrix& scores, const Vector& y, const std::vector<uint32_t>& rows, int k,
                  std::vector<double>& payload);

// Mean loss over `rows` (all rows of raw when rows is empty).
double gbtLossValue(GbtLoss loss, const Matrix& raw, const Vector& y, const std::vector<uint32_t>& rows);

// Raw predictions to class probabilities (rows x classes), in place semantics of the links.
Matrix gbtProbabilities(GbtLoss loss, const Matrix& raw);

}  // namespace mlwb::core::ml
