// The histogram tree grower shared by the tree kinds: grows one tree on binned rows, best
// split first, from per-row sums (weights with class indicators or targets, or boosting
// gradients). Used by tree and random_forest (CART criteria) and gbt (gradient criterion).
#pragma once

#include "core/base/job_context.h"
#include "core/ml/trees/binning.h"
#include "core/ml/trees/grouped_bins.h"
#include "core/ml/trees/tree.h"

#include <cstdint>
#include <memory>
#include <random>
#include <vector>

namespace mlwb::core::ml::trees {

// What a split improves. Every criterion works on per-row sums with channel 0 the row
// weight (what min_samples_leaf counts):
//   Squared  [w, w*y]: squared error of y (regression), or with `classes` the Gini
//            impurity of the class indicators (the two coincide: both are sums of
//            within-node variances); node value = the mean, or the class shares.
//   Entropy  classification only; node value = class shares.
//   Gradient [w, hessian, gradient, 0] of a boosting loss; node value = -g / (h + l2). The
//            zero pads a row to four doubles, which a histogram slot adds as one vector.
// Classes are summed as [w, w_1 .. w_{K-1}]: class 0's weight is w minus the others, which
// saves a channel (a third of the histogram traffic for binary targets).
enum class Criterion { Squared, Entropy, Gradient };

// Channels per row are limited (stack buffers in the split scan): at most this many classes.
constexpr int kMaxTreeClasses = 64;

// The value bins a node's rows fell into, lo..hi (lo > hi when all were missing).
struct BinRange {
    int lo = 0;
    int hi = -1;
};

struct GrowthOptions {
    Criterion criterion = Criterion::Squared;
    int classes = 0;             // K >= 2 for classification, 0 otherwise
    int maxDepth = 0;            // 0 = unlimited
    int maxLeaves = 0;           // 0 = unlimited
    double minSamplesLeaf = 1;   // weight on each side of a split
    double minSamplesSplit = 2;  // weight a node needs to be split
    double minHessian = 0;       // Gradient: hessian on each side of a split
    double l2 = 0;               // Gradient: L2 penalty on leaf values
    int maxFeatures = 0;         // features tried per node (drawn at random); 0 = all
    // Keeps each open leaf's histograms so a child's come from its parent's minus its
    // sibling's: half the work, worth the memory when leaves are few. Boosting only (the
    // Gradient criterion): its bins are then also kept interleaved (GroupedBins).
    bool subtractHistograms = false;
    // Builds a large node's histograms feature-parallel; off when trees already run in parallel.
    bool parallelFeatures = true;

    int stride() const { return criterion == Criterion::Gradient ? kGradientStride : classes >= 2 ? classes : 2; }
    int valueWidth() const { return classes >= 2 ? classes : 1; }
};

// Grows trees over one binned matrix. `rows` are the training rows (ascending, each with a
// non-zero weight); `payload` holds stride() doubles per row of the binned matrix.
class TreeGrower {
public:
    TreeGrower(const BinnedMatrix& X, GrowthOptions options);
    ~TreeGrower();

    // Restricts the features every node may split on (a boosting round's column sample);
    // empty = all.
    void setFeatures(std::vector<int> features) { m_features = std::move(features); }

    // Growth stops early (leaving a partial tree the caller must discard) once the job is
    // cancelled; checked between splits.
    void setCancellation(const JobContext* job) { m_job = job; }

    // rng is drawn from only when options.maxFeatures limits the features per node.
    Tree grow(std::vector<uint32_t> rows, const double* payload, std::mt19937_64* rng = nullptr);

    // After grow(): the training rows (in the grower's order) and each node's range of them,
    // so a booster can update its leaves' rows without walking the tree.
    const std::vector<uint32_t>& rows() const { return m_rows; }
    uint32_t nodeBegin(int32_t node) const { return m_ranges[static_cast<size_t>(node)].first; }
    uint32_t nodeEnd(int32_t node) const { return m_ranges[static_cast<size_t>(node)].second; }

private:
    struct Split;
    struct Open;

    void nodeValue(const double* sums, double* out) const;
    double score(const double* sums) const;
    double categoryKey(const double* bin, int focus) const;
    bool feasible(const double* left, const double* right) const;

    void buildHistograms(const Open& node, const std::vector<int>& features, const double* payload,
                         std::vector<double>& hist);
    bool splittable(const Open& node) const;
    void findSplit(Open& node, const double* payload, std::mt19937_64* rng);
    const double* orderedPayload(const Open& node, const double* payload);
    void searchGrouped(Open& built, Open* derived, bool scanBuilt, const double* payload);
    void clearRanges(const std::vector<int>& features, std::vector<double>& hist) const;
    void bestSplitOf(int feature, BinRange range, const double* hist, const double* total, double parentScore,
                     Split& best) const;
    void scanNumeric(int feature, BinRange range, const double* hist, const double* total, double parentScore,
                     Split& best) const;
    void scanCategorical(int feature, BinRange range, const double* hist, const double* total, double parentScore,
                         Split& best) const;
    std::vector<int> usableFeatures() const;
    void partition(const Open& node, const Split& split, uint32_t& middle);

    const BinnedMatrix& m_X;
    GrowthOptions m_options;
    int m_stride;
    std::vector<uint32_t> m_rows;
    std::vector<uint32_t> m_scratch;
    std::vector<uint32_t> m_scratchRight;  // right-hand runs of a parallel partition
    std::vector<double> m_hist;            // CART: reused by every node, all zeros between nodes
    std::vector<int> m_features;
    std::vector<BinRange> m_binRanges;              // CART: per feature, of the node last built
    std::vector<std::vector<double>> m_spareHists;  // boosting: histograms of finished nodes, for reuse
    const JobContext* m_job = nullptr;
    std::vector<double> m_ordered;  // the payload of the node being built, in node order
    std::vector<std::pair<uint32_t, uint32_t>> m_ranges;
    std::unique_ptr<GroupedBins> m_grouped;  // boosting only
};

}  // namespace mlwb::core::ml::trees
