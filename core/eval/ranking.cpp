#include "core/eval/ranking.h"

#include <algorithm>
#include <cassert>

namespace mlwb::core {

RankedCounts rankScores(std::span<const int32_t> yTrue, std::span<const double> scores, int32_t positiveClass)
{
    assert(yTrue.size() == scores.size());
    struct Item {
        double score;
        uint32_t positive;
    };
    std::vector<Item> items(scores.size());
    for (size_t i = 0; i < scores.size(); ++i)
        items[i] = {scores[i], yTrue[i] == positiveClass ? 1u : 0u};
    // Order inside a run of equal scores is irrelevant: the run becomes one entry.
    std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.score > b.score; });

    RankedCounts ranked;
    double tp = 0.0, fp = 0.0;
    for (size_t i = 0; i < items.size(); ++i) {
        tp += items[i].positive;
        fp += 1 - items[i].positive;
        if (i + 1 == items.size() || items[i + 1].score != items[i].score) {
            ranked.thresholds.push_back(items[i].score);
            ranked.truePositives.push_back(tp);
            ranked.falsePositives.push_back(fp);
        }
    }
    ranked.positives = tp;
    ranked.negatives = fp;
    return ranked;
}

}  // namespace mlwb::core
