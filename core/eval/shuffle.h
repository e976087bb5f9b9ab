// Seeded, platform-independent random draws: an unbiased integer in [0, bound) and a
// Fisher-Yates shuffle over std::mt19937_64. Used by the splits and sampling of model training,
// `mlwb-cli train` and the Train & Evaluate view.
#pragma once

#include <cstdint>
#include <random>
#include <span>

namespace mlwb::core {

// std::uniform_int_distribution and std::shuffle are implementation-defined, so the same seed
// would give other folds with libc++ or MSVC; std::mt19937_64's output sequence is specified.

// Uniform in [0, bound), bound > 0, by rejection (no modulo bias). Consumes one or more draws.
uint64_t uniformIndex(std::mt19937_64& engine, uint64_t bound);

// In-place Fisher-Yates shuffle: for i from size-1 down to 1, swap item i with uniformIndex(i+1).
void shuffleInPlace(std::span<uint32_t> items, std::mt19937_64& engine);

// A seed for sub-stream `stream` of `seed` (splitmix64 of both), so that e.g. repeat r of a
// repeated k-fold does not depend on how many draws the earlier repeats made.
uint64_t deriveSeed(uint64_t seed, uint64_t stream);

}  // namespace mlwb::core
