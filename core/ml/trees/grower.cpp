#include "core/ml/trees/grower.h"

#include "core/base/thread_pool.h"
#include "core/eval/shuffle.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <cmath>
#include <cstring>
#include <numeric>
#include <type_traits>

namespace mlwb::core::ml::trees {

namespace {

constexpr size_t kBins = 256;  // value bins and the missing bin: one byte's worth

// Rows of a node from which partitioning and gathering run in parallel chunks of kRowChunk.
constexpr size_t kParallelPartition = 32768;
constexpr size_t kRowChunk = 16384;

// Rows x features from which a node's histograms are worth building on several threads.
constexpr size_t kParallelWork = size_t{1} << 16;

// A split must improve the criterion by more than rounding noise of the parent's score.
constexpr double kRelativeMinGain = 1e-10;

// Channels per row at most: classification with up to 64 classes, or the 4 of boosting.
constexpr int kMaxStride = kMaxTreeClasses;

// The best threshold found in one feature's scan.
struct ScanResult {
    double gain = 0;
    int bin = -1;
    bool missingLeft = false;
    double left[kMaxStride];
    double right[kMaxStride];
};

// Sums each row's payload into the histogram slot of its bin. `ordered` holds the payload of
// the node's rows in node order (gathered once per node, so the per-feature passes read it
// sequentially). S is the stride when known at compile time (0 = use `stride`).
template <int S>
BinRange accumulateRows(const uint8_t* column, const uint32_t* rows, size_t count, const double* ordered, int stride,
                        double* hist)
{
    const int width = S > 0 ? S : stride;
    int lo = kMissingBin, hi = 0;
    for (size_t i = 0; i < count; ++i) {
        const int bin = column[rows[i]];
        double* slot = hist + static_cast<size_t>(bin) * width;
        const double* values = ordered + i * width;
        for (int c = 0; c < width; ++c) slot[c] += values[c];
        if (bin != kMissingBin) {
            lo = std::min(lo, bin);
            hi = std::max(hi, bin);
        }
    }
    return {lo, hi};
}

// The payload of the given rows, in their order (a plain loop: copy_n with a run-time
// length of three would be a library call per row).
template <int S>
void gatherRowsOf(const double* payload, const uint32_t* rows, size_t count, int stride, double* out)
{
    const int width = S > 0 ? S : stride;
    for (size_t i = 0; i < count; ++i) {
        const double* from = payload + static_cast<size_t>(rows[i]) * width;
        for (int c = 0; c < width; ++c) out[i * width + c] = from[c];
    }
}

void gatherRows(const double* payload, const uint32_t* rows, size_t count, int stride, double* out)
{
    switch (stride) {
    case 2: gatherRowsOf<2>(payload, rows, count, stride, out); break;
    case 3: gatherRowsOf<3>(payload, rows, count, stride, out); break;
    case 4: gatherRowsOf<4>(payload, rows, count, stride, out); break;
    default: gatherRowsOf<0>(payload, rows, count, stride, out); break;
    }
}

BinRange accumulate(const uint8_t* column, const uint32_t* rows, size_t count, const double* ordered, int stride,
                    double* hist)
{
    switch (stride) {
    case 2: return accumulateRows<2>(column, rows, count, ordered, stride, hist);
    case 3: return accumulateRows<3>(column, rows, count, ordered, stride, hist);
    case 4: return accumulateRows<4>(column, rows, count, ordered, stride, hist);
    default: return accumulateRows<0>(column, rows, count, ordered, stride, hist);
    }
}

}  // namespace

struct TreeGrower::Split {
    double gain = 0;
    int feature = -1;
    bool categorical = false;
    bool missingLeft = false;
    int binThreshold = 0;             // numeric: bins <= this go left
    int binAbove = -1;                // numeric: the node's lowest value bin right of the threshold
    std::vector<uint8_t> leftBins;    // categorical: the value bins that go left
    std::vector<double> left, right;  // the children's sums
};

struct TreeGrower::Open {
    int32_t node = 0;
    uint32_t begin = 0, end = 0;
    int depth = 0;
    std::vector<double> sums;
    std::vector<double> hist;  // features x kBins x stride, when histograms are kept
    Split split;
};

TreeGrower::TreeGrower(const BinnedMatrix& X, GrowthOptions options)
    : m_X(X), m_options(options), m_stride(options.stride())
{
    assert(!(options.subtractHistograms && options.maxFeatures > 0));
    assert(!options.subtractHistograms || options.criterion == Criterion::Gradient);
    if (options.subtractHistograms) m_grouped = std::make_unique<GroupedBins>(X);
}

TreeGrower::~TreeGrower() = default;

namespace {

// The criterion scores, inlined into the split scans. Larger is purer; a split's gain is
// score(left) + score(right) - score(parent).
struct GradientScore {
    double l2;
    double operator()(const double* s) const { return s[2] * s[2] / (s[1] + l2); }
};
struct SquaredScore {  // regression: [w, w*y]
    double operator()(const double* s) const { return s[0] > 0 ? s[1] * s[1] / s[0] : 0.0; }
};
struct GiniScore {  // [w, w_1 .. w_{K-1}]
    int stride;
    double operator()(const double* s) const
    {
        if (s[0] <= 0) return 0;
        double rest = s[0], total = 0;
        for (int k = 1; k < stride; ++k) {
            total += s[k] * s[k];
            rest -= s[k];
        }
        return (total + rest * rest) / s[0];
    }
};
struct EntropyScore {  // -(w * entropy) = sum c log c - w log w
    int stride;
    static double xlogx(double x) { return x > 0 ? x * std::log(x) : 0.0; }
    double operator()(const double* s) const
    {
        if (s[0] <= 0) return 0;
        double rest = s[0], total = -xlogx(s[0]);
        for (int k = 1; k < stride; ++k) {
            total += xlogx(s[k]);
            rest -= s[k];
        }
        return total + xlogx(rest);
    }
};

}  // namespace

double TreeGrower::score(const double* sums) const
{
    switch (m_options.criterion) {
    case Criterion::Gradient: return GradientScore{m_options.l2}(sums);
    case Criterion::Squared: return m_options.classes >= 2 ? GiniScore{m_stride}(sums) : SquaredScore{}(sums);
    case Criterion::Entropy: return EntropyScore{m_stride}(sums);
    }
    return 0;
}

void TreeGrower::nodeValue(const double* sums, double* out) const
{
    if (m_options.criterion == Criterion::Gradient) {
        const double denominator = sums[1] + m_options.l2;
        out[0] = denominator > 0 ? -sums[2] / denominator : 0.0;
        return;
    }
    if (m_options.classes < 2) {
        out[0] = sums[0] > 0 ? sums[1] / sums[0] : 0.0;
        return;
    }
    double rest = sums[0];
    for (int k = 1; k < m_stride; ++k) {
        out[k] = sums[0] > 0 ? sums[k] / sums[0] : 0.0;
        rest -= sums[k];
    }
    out[0] = sums[0] > 0 ? std::max(rest, 0.0) / sums[0] : 0.0;
}

// The order in which a categorical feature's categories are tried as prefixes: by mean
// target (regression, one-hot focus class) or by the leaf value a boosting step would take.
double TreeGrower::categoryKey(const double* bin, int focus) const
{
    if (m_options.criterion == Criterion::Gradient) return bin[2] / (bin[1] + m_options.l2);
    if (bin[0] <= 0) return 0.0;
    if (m_options.classes < 2) return bin[1] / bin[0];
    double share = bin[0];  // class 0 is implicit
    if (focus > 0) return bin[focus] / bin[0];
    for (int k = 1; k < m_stride; ++k) share -= bin[k];
    return share / bin[0];
}

bool TreeGrower::feasible(const double* left, const double* right) const
{
    if (left[0] < m_options.minSamplesLeaf || right[0] < m_options.minSamplesLeaf) return false;
    if (left[0] <= 0 || right[0] <= 0) return false;
    if (m_options.criterion == Criterion::Gradient &&
        (left[1] < m_options.minHessian || right[1] < m_options.minHessian))
        return false;
    return true;
}

namespace {

// The best threshold of one numeric feature's histogram: bins 0..b left, the rest right, and
// the missing bin on whichever side is better (or alone on its side). Templated on the score
// and the stride so the inner loop has no calls or variable-length loops in it.
template <int S, class Score>
void scanThresholds(const Score& score, int stride, int binCount, BinRange range, const double* hist,
                    const double* total, double parentScore, double minLeaf, double minHessian, bool gradient,
                    ScanResult& best)
{
    const int width = S > 0 ? S : stride;
    const double* missing = hist + static_cast<size_t>(kMissingBin) * width;
    const bool hasMissing = missing[0] > 0;
    constexpr int kSize = S > 0 ? S : kMaxStride;
    std::array<double, kSize> leftSums{}, rightSums{}, leftMissingSums{}, rightMissingSums{};
    double* left = leftSums.data();
    double* right = rightSums.data();
    double* leftMissing = leftMissingSums.data();
    double* rightMissing = rightMissingSums.data();
    const auto feasible = [&](const double* l, const double* r) {
        if (!(l[0] >= minLeaf && r[0] >= minLeaf && l[0] > 0 && r[0] > 0)) return false;
        return !gradient || (l[1] >= minHessian && r[1] >= minHessian);
    };
    const auto consider = [&](const double* l, const double* r, int bin, bool missingLeft) {
        if (!feasible(l, r)) return;
        const double gain = score(l) + score(r) - parentScore;
        if (!(gain > best.gain)) return;
        best.gain = gain;
        best.bin = bin;
        best.missingLeft = missingLeft;
        std::copy(l, l + width, best.left);
        std::copy(r, r + width, best.right);
    };
    // Bins outside the range the node's rows fell into are empty: the same partitions.
    const int last = std::min(range.hi, binCount - 2);
    for (int b = range.lo; b <= last; ++b) {
        const double* bin = hist + static_cast<size_t>(b) * width;
        if (bin[0] == 0) continue;  // the same partition as the bin before
        for (int c = 0; c < width; ++c) {
            left[c] += bin[c];
            right[c] = total[c] - left[c];
        }
        // Rows missing at prediction time follow the larger side when training had none
        // here to learn from.
        consider(left, right, b, !hasMissing && left[0] >= right[0]);
        if (!hasMissing) continue;
        for (int c = 0; c < width; ++c) {
            leftMissing[c] = left[c] + missing[c];
            rightMissing[c] = total[c] - leftMissing[c];
        }
        consider(leftMissing, rightMissing, b, true);
    }
    // All present values on one side, the missing ones on the other.
    if (hasMissing) {
        for (int c = 0; c < width; ++c) {
            left[c] = total[c] - missing[c];
            right[c] = missing[c];
        }
        consider(left, right, binCount - 1, false);
    }
}

template <class Score>
void scanThresholdsOf(const Score& score, int stride, int binCount, BinRange range, const double* hist,
                      const double* total, double parentScore, double minLeaf, double minHessian, bool gradient,
                      ScanResult& best)
{
    if constexpr (std::is_same_v<Score, GradientScore>) {
        scanThresholds<kGradientStride>(score, stride, binCount, range, hist, total, parentScore, minLeaf, minHessian,
                                        gradient, best);
    } else {
        switch (stride) {
        case 2:
            scanThresholds<2>(score, stride, binCount, range, hist, total, parentScore, minLeaf, minHessian, gradient,
                              best);
            break;
        case 3:
            scanThresholds<3>(score, stride, binCount, range, hist, total, parentScore, minLeaf, minHessian, gradient,
                              best);
            break;
        default:
            scanThresholds<0>(score, stride, binCount, range, hist, total, parentScore, minLeaf, minHessian, gradient,
                              best);
            break;
        }
    }
}

}  // namespace

void TreeGrower::scanNumeric(int feature, BinRange range, const double* hist, const double* total, double parentScore,
                             Split& best) const
{
    const FeatureBins& bins = m_X.features[static_cast<size_t>(feature)];
    ScanResult result;
    result.gain = best.gain;
    const double minLeaf = m_options.minSamplesLeaf;
    const double minHessian = m_options.minHessian;
    switch (m_options.criterion) {
    case Criterion::Gradient:
        scanThresholdsOf(GradientScore{m_options.l2}, m_stride, bins.binCount, range, hist, total, parentScore, minLeaf,
                         minHessian, true, result);
        break;
    case Criterion::Squared:
        if (m_options.classes >= 2)
            scanThresholdsOf(GiniScore{m_stride}, m_stride, bins.binCount, range, hist, total, parentScore, minLeaf,
                             minHessian, false, result);
        else
            scanThresholdsOf(SquaredScore{}, m_stride, bins.binCount, range, hist, total, parentScore, minLeaf,
                             minHessian, false, result);
        break;
    case Criterion::Entropy:
        scanThresholdsOf(EntropyScore{m_stride}, m_stride, bins.binCount, range, hist, total, parentScore, minLeaf,
                         minHessian, false, result);
        break;
    }
    if (result.bin < 0) return;
    best.gain = result.gain;
    best.feature = feature;
    best.categorical = false;
    best.binThreshold = result.bin;
    best.binAbove = -1;
    for (int b = result.bin + 1; b <= std::min(range.hi, bins.binCount - 1); ++b)
        if (hist[static_cast<size_t>(b) * m_stride] > 0) {
            best.binAbove = b;
            break;
        }
    best.missingLeft = result.missingLeft;
    best.left.assign(result.left, result.left + m_stride);
    best.right.assign(result.right, result.right + m_stride);
}

void TreeGrower::scanCategorical(int feature, BinRange range, const double* hist, const double* total,
                                 double parentScore, Split& best) const
{
    const FeatureBins& bins = m_X.features[static_cast<size_t>(feature)];
    const double* missing = hist + static_cast<size_t>(kMissingBin) * m_stride;
    const bool hasMissing = missing[0] > 0;
    // Multiclass: order categories by the share of the node's commonest class.
    int focus = 0;
    if (m_options.classes >= 2) {
        double best = total[0];
        for (int k = 1; k < m_stride; ++k) best -= total[k];
        for (int k = 1; k < m_stride; ++k)
            if (total[k] > best) {
                best = total[k];
                focus = k;
            }
    }
    std::vector<std::pair<double, uint8_t>> order;
    for (int b = range.lo; b <= std::min(range.hi, bins.binCount - 1); ++b) {
        const double* bin = hist + static_cast<size_t>(b) * m_stride;
        if (bin[0] > 0) order.emplace_back(categoryKey(bin, focus), static_cast<uint8_t>(b));
    }
    if (order.empty()) return;
    std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.first < b.first; });

    std::vector<double> left(static_cast<size_t>(m_stride), 0.0), right(left), withMissing(left), rest(left);
    const size_t prefixes = hasMissing ? order.size() : order.size() - 1;
    for (size_t j = 0; j < prefixes; ++j) {
        const double* bin = hist + static_cast<size_t>(order[j].second) * m_stride;
        for (int c = 0; c < m_stride; ++c) {
            left[size_t(c)] += bin[c];
            right[size_t(c)] = total[c] - left[size_t(c)];
            withMissing[size_t(c)] = left[size_t(c)] + missing[c];
            rest[size_t(c)] = total[c] - withMissing[size_t(c)];
        }
        const auto consider = [&](const std::vector<double>& l, const std::vector<double>& r, bool missingLeft) {
            if (!feasible(l.data(), r.data())) return;
            const double gain = score(l.data()) + score(r.data()) - parentScore;
            if (!(gain > best.gain)) return;
            best.gain = gain;
            best.feature = feature;
            best.categorical = true;
            best.missingLeft = missingLeft || (!hasMissing && l[0] >= r[0]);
            best.leftBins.clear();
            for (size_t i = 0; i <= j; ++i) best.leftBins.push_back(order[i].second);
            best.left = l;
            best.right = r;
        };
        consider(left, right, false);
        if (hasMissing && j + 1 < order.size()) consider(withMissing, rest, true);
    }
}

void TreeGrower::bestSplitOf(int feature, BinRange range, const double* hist, const double* total, double parentScore,
                             Split& best) const
{
    if (m_X.features[static_cast<size_t>(feature)].categorical)
        scanCategorical(feature, range, hist, total, parentScore, best);
    else
        scanNumeric(feature, range, hist, total, parentScore, best);
}

// The payload of a node's rows in node order (gathered once per node, so that each pass over
// the rows reads it sequentially). A node with every row of the matrix (an unsampled root)
// has them in order already: its payload is used as it is.
const double* TreeGrower::orderedPayload(const Open& node, const double* payload)
{
    const size_t count = node.end - node.begin;
    if (count == static_cast<size_t>(m_X.rows)) return payload;
    const uint32_t* rows = m_rows.data() + node.begin;
    m_ordered.resize(count * static_cast<size_t>(m_stride));
    if (count >= kParallelPartition && m_options.parallelFeatures) {
        const auto chunks = splitIntoChunks(count, kRowChunk);
        ThreadPool::global().parallelFor(chunks.size(), [&](size_t c) {
            gatherRows(payload, rows + chunks[c].begin, chunks[c].end - chunks[c].begin, m_stride,
                       m_ordered.data() + chunks[c].begin * static_cast<size_t>(m_stride));
        });
    } else {
        gatherRows(payload, rows, count, m_stride, m_ordered.data());
    }
    return m_ordered.data();
}

// CART's histograms: one shared buffer that is all zeros between nodes (clearRanges() undoes
// each node's bins after its scan), which spares small nodes from clearing and scanning 256
// bins for a handful of rows.
void TreeGrower::buildHistograms(const Open& node, const std::vector<int>& features, const double* payload,
                                 std::vector<double>& hist)
{
    const size_t block = kBins * static_cast<size_t>(m_stride);
    const auto featureCount = static_cast<size_t>(m_X.cols());
    if (hist.size() != block * featureCount) hist.assign(block * featureCount, 0.0);
    m_binRanges.resize(featureCount);
    const size_t count = node.end - node.begin;
    const uint32_t* rows = m_rows.data() + node.begin;
    const double* ordered = orderedPayload(node, payload);
    const auto build = [&](size_t i) {
        const int f = features[i];
        m_binRanges[static_cast<size_t>(f)] =
            accumulate(m_X.column(f), rows, count, ordered, m_stride, hist.data() + block * static_cast<size_t>(f));
    };
    if (m_options.parallelFeatures && count * features.size() >= kParallelWork)
        ThreadPool::global().parallelFor(features.size(), build);
    else
        for (size_t i = 0; i < features.size(); ++i) build(i);
}

// Boosting, for one split (or the root): builds `built`'s histograms from its rows, derives
// `derived`'s (when given; it holds its parent's on entry) as parent minus built, and finds
// the best split of each node to scan (`built` when scanBuilt, and `derived`). One task per
// group of four features does all three for its features, so a group's histograms stay in
// one core's cache, and one parallel loop per split keeps the second core busy, small nodes
// included once their features have many bins (a scan of 256 bins can cost more than the
// node's rows).
void TreeGrower::searchGrouped(Open& built, Open* derived, bool scanBuilt, const double* payload)
{
    const size_t block = kBins * static_cast<size_t>(m_stride);
    const auto featureCount = static_cast<size_t>(m_X.cols());
    if (built.hist.empty() && !m_spareHists.empty()) {
        built.hist = std::move(m_spareHists.back());
        m_spareHists.pop_back();
    }
    if (built.hist.size() != block * featureCount) built.hist.assign(block * featureCount, 0.0);
    const size_t count = built.end - built.begin;
    const uint32_t* rows = count == static_cast<size_t>(m_X.rows) ? nullptr : m_rows.data() + built.begin;
    const double* ordered = orderedPayload(built, payload);

    std::vector<char> wanted(featureCount, 0);
    for (int f : usableFeatures()) wanted[static_cast<size_t>(f)] = 1;
    std::vector<int> groups;
    for (int g = 0; g < m_grouped->groupCount(); ++g)
        for (int j = 0; j < GroupedBins::kWidth; ++j) {
            const auto f = static_cast<size_t>(g * GroupedBins::kWidth + j);
            if (f < featureCount && wanted[f]) {
                groups.push_back(g);
                break;
            }
        }

    Open* scanned[2];
    size_t nodes = 0;
    if (scanBuilt) scanned[nodes++] = &built;
    if (derived) scanned[nodes++] = derived;
    double parentScores[2] = {0, 0}, minGains[2] = {0, 0};
    for (size_t k = 0; k < nodes; ++k) {
        scanned[k]->split = Split{};
        parentScores[k] = score(scanned[k]->sums.data());
        minGains[k] = kRelativeMinGain * std::max(std::abs(parentScores[k]), 1e-300);
    }
    std::vector<Split> best(nodes * featureCount);
    const auto stride = static_cast<size_t>(m_stride);

    const auto task = [&](size_t i) {
        const int g = groups[i];
        double* hists[GroupedBins::kWidth];
        for (int j = 0; j < GroupedBins::kWidth; ++j) {
            const auto f = static_cast<size_t>(g * GroupedBins::kWidth + j);
            hists[j] = f < featureCount && wanted[f] ? built.hist.data() + block * f : nullptr;
        }
        m_grouped->accumulate(g, rows, count, ordered, hists);
        for (int j = 0; j < GroupedBins::kWidth; ++j) {
            if (!hists[j]) continue;
            const auto f = static_cast<size_t>(g * GroupedBins::kWidth + j);
            if (derived) {
                double* to = derived->hist.data() + block * f;
                const size_t used = static_cast<size_t>(m_X.features[f].binCount) * stride;
                for (size_t b = 0; b < used; ++b) to[b] -= hists[j][b];
                for (size_t b = kMissingBin * stride; b < block; ++b) to[b] -= hists[j][b];
            }
            for (size_t k = 0; k < nodes; ++k) {
                Split& candidate = best[k * featureCount + f];
                candidate.gain = minGains[k];
                bestSplitOf(static_cast<int>(f), BinRange{0, kMissingBin - 1}, scanned[k]->hist.data() + block * f,
                            scanned[k]->sums.data(), parentScores[k], candidate);
            }
        }
    };
    // Threads pay off once the rows and the bins to scan are many enough (a weighted sum,
    // since a scan step costs several times a row's update); small data with few bins per
    // feature would otherwise spend its time waking the pool.
    size_t scanSteps = 0;
    for (size_t f = 0; f < featureCount; ++f)
        if (wanted[f]) scanSteps += static_cast<size_t>(m_X.features[f].binCount);
    const size_t work = count * groups.size() * GroupedBins::kWidth + 8 * nodes * scanSteps;
    if (m_options.parallelFeatures && work >= kParallelWork / 2)
        ThreadPool::global().parallelFor(groups.size(), task);
    else
        for (size_t i = 0; i < groups.size(); ++i) task(i);
    // In feature order, the first of equal gains wins: the same split at any thread count.
    for (size_t k = 0; k < nodes; ++k)
        for (size_t f = 0; f < featureCount; ++f) {
            Split& candidate = best[k * featureCount + f];
            if (candidate.feature >= 0 && candidate.gain > scanned[k]->split.gain)
                scanned[k]->split = std::move(candidate);
        }
}

void TreeGrower::clearRanges(const std::vector<int>& features, std::vector<double>& hist) const
{
    const size_t block = kBins * static_cast<size_t>(m_stride);
    for (int f : features) {
        const BinRange range = m_binRanges[static_cast<size_t>(f)];
        double* h = hist.data() + block * static_cast<size_t>(f);
        if (range.lo <= range.hi)
            std::fill(h + static_cast<size_t>(range.lo) * m_stride, h + static_cast<size_t>(range.hi + 1) * m_stride,
                      0.0);
        std::fill(h + static_cast<size_t>(kMissingBin) * m_stride, h + block, 0.0);
    }
}

bool TreeGrower::splittable(const Open& node) const
{
    const double w = node.sums[0];
    if (m_options.maxDepth > 0 && node.depth >= m_options.maxDepth) return false;
    if (w < m_options.minSamplesSplit || w < 2 * m_options.minSamplesLeaf) return false;
    if (node.end - node.begin < 2) return false;
    if (m_options.classes >= 2) {
        // A pure node (one class) cannot improve.
        double first = w;
        for (int k = 1; k < m_stride; ++k) {
            if (node.sums[size_t(k)] >= w * (1 - 1e-12)) return false;
            first -= node.sums[size_t(k)];
        }
        if (first >= w * (1 - 1e-12)) return false;
    }
    return true;
}

void TreeGrower::findSplit(Open& node, const double* payload, std::mt19937_64* rng)
{
    node.split = Split{};
    if (!splittable(node)) return;

    std::vector<int> order = usableFeatures();
    const int featureCount = static_cast<int>(order.size());
    int batch = featureCount;
    if (m_options.maxFeatures > 0 && m_options.maxFeatures < featureCount && rng) {
        for (size_t i = order.size() - 1; i > 0; --i) std::swap(order[i], order[uniformIndex(*rng, i + 1)]);
        batch = m_options.maxFeatures;
    }

    const double parentScore = score(node.sums.data());
    const double minGain = kRelativeMinGain * std::max(std::abs(parentScore), 1e-300);
    const size_t block = kBins * static_cast<size_t>(m_stride);
    std::vector<double>& hist = m_hist;
    // Like CART, keep drawing features past max_features until one gives a valid split.
    for (int first = 0; first < featureCount; first += batch) {
        const std::vector<int> features(order.begin() + first, order.begin() + std::min(first + batch, featureCount));
        buildHistograms(node, features, payload, hist);
        std::vector<Split> best(features.size());
        const auto scan = [&](size_t i) {
            best[i].gain = minGain;
            const BinRange range = m_binRanges[static_cast<size_t>(features[i])];
            bestSplitOf(features[i], range, hist.data() + block * static_cast<size_t>(features[i]), node.sums.data(),
                        parentScore, best[i]);
        };
        const size_t count = node.end - node.begin;
        if (m_options.parallelFeatures && count * features.size() >= kParallelWork)
            ThreadPool::global().parallelFor(features.size(), scan);
        else
            for (size_t i = 0; i < features.size(); ++i) scan(i);
        clearRanges(features, hist);
        for (auto& candidate : best) {
            if (candidate.feature >= 0 && candidate.gain > node.split.gain) node.split = std::move(candidate);
        }
        if (node.split.feature >= 0) break;
    }
}

std::vector<int> TreeGrower::usableFeatures() const
{
    if (!m_features.empty()) return m_features;
    std::vector<int> all(static_cast<size_t>(m_X.cols()));
    std::iota(all.begin(), all.end(), 0);
    return all;
}

void TreeGrower::partition(const Open& node, const Split& split, uint32_t& middle)
{
    std::array<bool, kBins> goesLeft{};
    if (split.categorical) {
        for (uint8_t bin : split.leftBins) goesLeft[bin] = true;
    } else {
        for (int b = 0; b <= split.binThreshold && b < static_cast<int>(kMissingBin); ++b) goesLeft[size_t(b)] = true;
    }
    goesLeft[kMissingBin] = split.missingLeft;
    const uint8_t* column = m_X.column(split.feature);
    const size_t count = node.end - node.begin;
    if (!m_options.parallelFeatures || count < kParallelPartition) {
        uint32_t out = node.begin;
        size_t rightCount = 0;
        // Both stores every time, one of them kept: no branch to mispredict on a random side.
        // (out <= i, so rows are moved down in place only after they are read.)
        for (uint32_t i = node.begin; i < node.end; ++i) {
            const uint32_t row = m_rows[i];
            const bool left = goesLeft[column[row]];
            m_rows[out] = row;
            m_scratch[rightCount] = row;
            out += left;
            rightCount += !left;
        }
        std::copy(m_scratch.begin(), m_scratch.begin() + static_cast<std::ptrdiff_t>(rightCount), m_rows.begin() + out);
        middle = out;
        return;
    }
    // Large nodes: each fixed chunk splits its rows into left and right runs, then the runs
    // are laid out chunk by chunk, so the order is the sequential one at any thread count.
    const auto chunks = splitIntoChunks(count, kRowChunk);
    std::vector<size_t> leftCount(chunks.size()), rightCount(chunks.size());
    m_scratchRight.resize(m_scratch.size());
    uint32_t* rows = m_rows.data() + node.begin;
    ThreadPool::global().parallelFor(chunks.size(), [&](size_t c) {
        size_t l = 0, r = 0;
        for (size_t i = chunks[c].begin; i < chunks[c].end; ++i) {
            const uint32_t row = rows[i];
            const bool left = goesLeft[column[row]];
            m_scratch[chunks[c].begin + l] = row;
            m_scratchRight[chunks[c].begin + r] = row;
            l += left;
            r += !left;
        }
        leftCount[c] = l;
        rightCount[c] = r;
    });
    std::vector<size_t> leftAt(chunks.size()), rightAt(chunks.size());
    size_t lefts = 0;
    for (size_t c = 0; c < chunks.size(); ++c) {
        leftAt[c] = lefts;
        lefts += leftCount[c];
    }
    size_t rights = lefts;
    for (size_t c = 0; c < chunks.size(); ++c) {
        rightAt[c] = rights;
        rights += rightCount[c];
    }
    ThreadPool::global().parallelFor(chunks.size(), [&](size_t c) {
        std::copy_n(m_scratch.data() + chunks[c].begin, leftCount[c], rows + leftAt[c]);
        std::copy_n(m_scratchRight.data() + chunks[c].begin, rightCount[c], rows + rightAt[c]);
    });
    middle = node.begin + static_cast<uint32_t>(lefts);
}

Tree TreeGrower::grow(std::vector<uint32_t> rows, const double* payload, std::mt19937_64* rng)
{
    const int width = m_options.valueWidth();
    Tree tree(width);
    m_rows = std::move(rows);
    m_scratch.resize(m_rows.size());
    m_ranges.clear();
    std::vector<double> value(static_cast<size_t>(width));

    Open root;
    root.begin = 0;
    root.end = static_cast<uint32_t>(m_rows.size());
    root.sums.assign(static_cast<size_t>(m_stride), 0.0);
    for (uint32_t row : m_rows)
        for (int c = 0; c < m_stride; ++c) root.sums[size_t(c)] += payload[static_cast<size_t>(row) * m_stride + c];
    TreeNode rootNode;
    rootNode.cover = root.sums[0];
    nodeValue(root.sums.data(), value.data());
    root.node = tree.addNode(rootNode, value.data());
    m_ranges.emplace_back(root.begin, root.end);
    if (!m_grouped)
        findSplit(root, payload, rng);
    else if (splittable(root))
        searchGrouped(root, nullptr, true, payload);

    std::vector<Open> open;
    if (root.split.feature >= 0) open.push_back(std::move(root));
    size_t leaves = 1;
    const bool bestFirst = m_options.maxLeaves > 0;
    while (!open.empty() && (!bestFirst || leaves < static_cast<size_t>(m_options.maxLeaves))) {
        if (m_job && m_job->isCancelled()) break;
        // Best first when leaves are limited (ties: the older node); otherwise the order does
        // not change the tree and the last opened node keeps memory local.
        size_t pick = open.size() - 1;
        if (bestFirst) {
            pick = 0;
            for (size_t i = 1; i < open.size(); ++i)
                if (open[i].split.gain > open[pick].split.gain) pick = i;
        }
        Open parent = std::move(open[pick]);
        open.erase(open.begin() + static_cast<std::ptrdiff_t>(pick));
        const Split& split = parent.split;

        uint32_t middle = 0;
        partition(parent, split, middle);
        Open children[2];
        children[0].begin = parent.begin;
        children[0].end = middle;
        children[0].sums = split.left;
        children[1].begin = middle;
        children[1].end = parent.end;
        children[1].sums = split.right;
        for (auto& child : children) {
            child.depth = parent.depth + 1;
            TreeNode node;
            node.cover = child.sums[0];
            nodeValue(child.sums.data(), value.data());
            child.node = tree.addNode(node, value.data());
            m_ranges.emplace_back(child.begin, child.end);
        }

        TreeNode& node = tree.nodes()[static_cast<size_t>(parent.node)];
        node.left = children[0].node;
        node.right = children[1].node;
        node.feature = split.feature;
        node.gain = split.gain;
        node.missingLeft = split.missingLeft;
        node.categorical = split.categorical;
        const FeatureBins& bins = m_X.features[static_cast<size_t>(split.feature)];
        if (split.categorical) {
            std::vector<uint64_t> bits((bins.codeToBin.size() + 63) / 64, 0);
            for (uint8_t bin : split.leftBins) {
                const auto code = static_cast<size_t>(bins.binToCode[bin]);
                bits[code / 64] |= uint64_t{1} << (code % 64);
            }
            // Categories too rare for a bin were trained as missing; predict them so too.
            if (split.missingLeft) {
                for (size_t code = 0; code < bins.codeToBin.size(); ++code)
                    if (bins.codeToBin[code] < 0) bits[code / 64] |= uint64_t{1} << (code % 64);
            }
            tree.nodes()[static_cast<size_t>(parent.node)].categorySet = tree.addCategorySet(std::move(bits));
        } else {
            node.binThreshold = static_cast<uint8_t>(split.binThreshold);
            node.threshold = split.binThreshold < static_cast<int>(bins.edges.size())
                                 ? bins.edges[static_cast<size_t>(split.binThreshold)]
                                 : std::numeric_limits<double>::infinity();
            // CART (as scikit-learn's trees) puts the threshold midway between the node's own
            // neighbouring values, which matters for unseen values in a gap of the node's rows;
            // boosting keeps the column's bin edges, as histogram boosting does (and as its
            // binned validation rows are split).
            if (m_options.criterion != Criterion::Gradient && !bins.values.empty() && split.binAbove >= 0) {
                const double below = bins.values[static_cast<size_t>(split.binThreshold)];
                const double above = bins.values[static_cast<size_t>(split.binAbove)];
                double midpoint = below / 2.0 + above / 2.0;
                if (midpoint == above) midpoint = below;  // adjacent doubles: keep the lower one left
                node.threshold = midpoint;
            }
        }
        ++leaves;

        // Children that can never split need no histograms and no scan: the last split's when
        // the leaves are used up, and those too small, too deep or pure.
        const bool full = bestFirst && leaves >= static_cast<size_t>(m_options.maxLeaves);
        const bool canSplit[2] = {!full && splittable(children[0]), !full && splittable(children[1])};
        if (!m_grouped) {
            for (int c = 0; c < 2; ++c)
                if (canSplit[c]) findSplit(children[c], payload, rng);
        } else if (canSplit[0] || canSplit[1]) {
            // Build the smaller child's histograms; the larger one's are the parent's minus them.
            const int small = (children[0].end - children[0].begin) <= (children[1].end - children[1].begin) ? 0 : 1;
            Open* large = canSplit[1 - small] ? &children[1 - small] : nullptr;
            if (large)
                large->hist = std::move(parent.hist);
            else
                m_spareHists.push_back(std::move(parent.hist));
            searchGrouped(children[small], large, canSplit[small], payload);
        } else {
            m_spareHists.push_back(std::move(parent.hist));
        }
        for (auto& child : children) {
            if (child.split.feature >= 0)
                open.push_back(std::move(child));
            else if (!child.hist.empty())
                m_spareHists.push_back(std::move(child.hist));
        }
    }
    for (auto& node : open)
        if (!node.hist.empty()) m_spareHists.push_back(std::move(node.hist));
    return tree;
}

}  // namespace mlwb::core::ml::trees
