// The numeric core of k-means: greedy k-means++ seeding and one run of Lloyd's algorithm on
// rows stored as the columns of a features x rows matrix (each row contiguous). Work is split
// into fixed row chunks whose partial sums are combined in chunk order, so the result is the
// same at any thread count. Used by KMeansModel; tested through it.
#pragma once

#include "core/base/job_context.h"
#include "core/base/thread_pool.h"
#include "core/ml/kmeans/legacy_random.h"
#include "core/ml/matrix.h"

#include <cstdint>
#include <vector>

namespace mlwb::core::ml {

struct KMeansData {
    Matrix rowsT;                    // features x rows, centred on the training mean (as sklearn)
    Vector squaredNorms;             // of each row
    std::vector<ChunkRange> chunks;  // fixed row chunks for every parallel pass

    explicit KMeansData(Matrix rowsTransposed);
    Eigen::Index rows() const { return rowsT.cols(); }
    Eigen::Index features() const { return rowsT.rows(); }
};

// The k rows chosen as initial centres, as sklearn's _kmeans_plusplus: the first uniformly,
// each next one the best (lowest potential) of 2 + floor(ln k) candidates drawn with
// probability proportional to the squared distance to the nearest centre so far.
// Cancelled -> Status::cancelled().
Result<std::vector<Eigen::Index>> kmeansPlusPlus(const KMeansData& data, int k, LegacyRandom& random, JobContext& ctx);

struct LloydRun {
    Matrix centersT;              // features x k
    std::vector<int32_t> labels;  // nearest centre of each row (after the last update)
    double inertia = 0;
    int iterations = 0;
    bool converged = false;  // stopped by strict convergence or tolerance, not by maxIter
};

// Lloyd iterations from the given centres until the labels repeat (strict convergence), the
// squared centre shift sums to at most tolerance, or maxIter; empty clusters take the rows
// farthest from their centres, as sklearn does.
Result<LloydRun> runLloyd(const KMeansData& data, Matrix centersT, int maxIter, double tolerance, JobContext& ctx);

}  // namespace mlwb::core::ml
