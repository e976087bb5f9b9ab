// The lower triangle of a block's Gram matrix (sums of x_i x_j over its rows), the inner loop of
// the Pearson and Spearman matrices (pairwise_sums.cpp). Hand-tiled rather than Eigen's product:
// Eigen is compiled for the baseline x86-64 (SSE2), while this kernel also carries an AVX2+FMA
// version that the loader picks on processors that have it.
#pragma once

#include <cstddef>

namespace mlwb::core {

// g[i + j * p] += sum over r of x[r + i * rows] * x[r + j * rows], for p > i >= j: x is a block
// of `rows` rows and p variables stored variable by variable, g a p x p column-major matrix of
// which only the lower triangle (diagonal included) is touched.
void addGramLower(const double* x, size_t rows, size_t p, double* g);

}  // namespace mlwb::core
