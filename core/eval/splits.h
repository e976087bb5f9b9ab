// Train/test splits of row indices: holdout, k-fold, stratified and repeated variants, all
// seeded and platform-independent. Used by model training, `mlwb-cli train` and the Train & Evaluate view.
#pragma once

#include "core/base/status.h"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace mlwb::core {

// One split of rows 0..n-1. Both lists are sorted ascending and together hold every row
// exactly once, so callers can gather rows in storage order (cache friendly).
struct Fold {
    std::vector<uint32_t> train;
    std::vector<uint32_t> test;
};

// The same seed gives the same split on every platform and at every thread count: rows are
// shuffled by Fisher-Yates over std::mt19937_64 with our own unbiased integer draw (see shuffle.h).

// A random holdout: ceil(testFraction * n) rows for testing (as sklearn's train_test_split),
// the rest for training. Fails when testFraction is outside (0, 1) or either side would be empty.
Result<Fold> holdout(size_t n, double testFraction, uint64_t seed);

// A holdout that keeps class proportions: each class puts floor or ceil of testFraction of its
// rows into the test set (largest remainders, ties to the lower class code), and the test set
// has ceil(testFraction * n) rows. labels are class codes >= 0 (a missing target, code < 0, is
// an error). classNames, when given, index by code and name classes in messages.
// A class of one row cannot be on both sides: its row goes to training. A class of two rows
// or more keeps at least one training row (the model cannot learn a class it never sees)
// unless no other class can take its share. Each class left on one side adds a warning
// naming it and its size to `warnings` (when given). Fails for a one-class target and as
// holdout() does.
Result<Fold> stratifiedHoldout(std::span<const int32_t> labels, double testFraction, uint64_t seed,
                               std::span<const std::string> classNames = {},
                               std::vector<std::string>* warnings = nullptr);

// k folds; fold i tests the i-th contiguous block of the (shuffled when `shuffle`) row order.
// The first n % k folds have one row more, as sklearn's KFold. Fails when k < 2 or k > n.
Result<std::vector<Fold>> kFold(size_t n, int k, bool shuffle, uint64_t seed);

// k folds in which every class has floor or ceil of (its rows / k) test rows in each fold and
// fold sizes differ by at most one row. Rows of each class are shuffled by the seed. A class
// with fewer rows than k is tested in as many folds as it has rows, one row each (as
// scikit-learn's StratifiedKFold and Weka do), and adds a warning naming it and its size to
// `warnings` (when given), since the other folds test without it.
// Fails when k < 2, k > n, or the target has one class.
Result<std::vector<Fold>> stratifiedKFold(std::span<const int32_t> labels, int k, uint64_t seed,
                                          std::span<const std::string> classNames = {},
                                          std::vector<std::string>* warnings = nullptr);

// `repeats` rounds of shuffled k-fold, k * repeats folds in round order; each round draws its
// own permutation from one generator seeded once, so round r is reproducible from (seed, r).
Result<std::vector<Fold>> repeatedKFold(size_t n, int k, int repeats, uint64_t seed);
// The same over labels; stratified rounds use stratifiedKFold's rule (its warnings once, not
// per round), unstratified ones only use labels.size().
Result<std::vector<Fold>> repeatedKFold(std::span<const int32_t> labels, int k, int repeats, uint64_t seed,
                                        bool stratified, std::span<const std::string> classNames = {},
                                        std::vector<std::string>* warnings = nullptr);

}  // namespace mlwb::core
