#include "core/eval/ranking.h"

#include <array>
#include <cassert>
#include <cstring>

namespace mlwb::core {

namespace {

struct Item {
    uint64_t key;  // ascending key = descending score
    uint32_t positive;
};

// Maps a double to an unsigned key whose ascending order is the score's descending order:
// IEEE bits, flipped so negatives sort below positives, then inverted.
uint64_t descendingKey(double score)
{
    if (score == 0.0) score = 0.0;  // -0.0 ties with 0.0, as == says
    uint64_t bits;
    std::memcpy(&bits, &score, sizeof bits);
    const uint64_t ascending = (bits & 0x8000000000000000ull) ? ~bits : bits | 0x8000000000000000ull;
    return ~ascending;
}

// LSD radix sort on 11-bit digits (2048 buckets stay in L1 while scattering): metrics must
// stay well under a second for a million rows per class, and a comparison sort of doubles is
// several times slower. All digit histograms come from one read of the keys; a pass whose
// digit is the same for every key (common for probabilities) is skipped.
void radixSort(std::vector<Item>& items)
{
    constexpr int kDigitBits = 11;
    constexpr int kPasses = (64 + kDigitBits - 1) / kDigitBits;
    constexpr uint64_t kMask = (uint64_t(1) << kDigitBits) - 1;
    std::vector<std::array<size_t, size_t(kMask) + 1>> counts(kPasses);
    for (auto& histogram : counts) histogram.fill(0);
    for (const Item& item : items) {
        for (int pass = 0; pass < kPasses; ++pass) ++counts[size_t(pass)][(item.key >> (pass * kDigitBits)) & kMask];
    }
    std::vector<Item> buffer(items.size());
    for (int pass = 0; pass < kPasses; ++pass) {
        const int shift = pass * kDigitBits;
        auto& histogram = counts[size_t(pass)];
        if (histogram[(items.front().key >> shift) & kMask] == items.size()) continue;
        size_t offset = 0;
        for (size_t& count : histogram) {
            const size_t c = count;
            count = offset;
            offset += c;
        }
        for (const Item& item : items) buffer[histogram[(item.key >> shift) & kMask]++] = item;
        items.swap(buffer);
    }
}

}  // namespace

RankedCounts rankScores(std::span<const int32_t> yTrue, std::span<const double> scores, int32_t positiveClass)
{
    assert(yTrue.size() == scores.size());
    RankedCounts ranked;
    if (scores.empty()) return ranked;
    std::vector<Item> items(scores.size());
    for (size_t i = 0; i < scores.size(); ++i)
        items[i] = {descendingKey(scores[i]), yTrue[i] == positiveClass ? 1u : 0u};
    // Order inside a run of equal scores is irrelevant: the run becomes one entry.
    radixSort(items);

    size_t distinct = 1;
    for (size_t i = 1; i < items.size(); ++i) distinct += items[i].key != items[i - 1].key ? 1 : 0;
    ranked.thresholds.reserve(distinct);
    ranked.truePositives.reserve(distinct);
    ranked.falsePositives.reserve(distinct);

    double tp = 0.0, fp = 0.0;
    for (size_t i = 0; i < items.size(); ++i) {
        tp += items[i].positive;
        fp += 1 - items[i].positive;
        if (i + 1 == items.size() || items[i + 1].key != items[i].key) {
            // Scores are taken back from the input's bits: the key is a bijection.
            uint64_t bits = ~items[i].key;
            bits = (bits & 0x8000000000000000ull) ? bits & 0x7FFFFFFFFFFFFFFFull : ~bits;
            double score;
            std::memcpy(&score, &bits, sizeof score);
            ranked.thresholds.push_back(score);
            ranked.truePositives.push_back(tp);
            ranked.falsePositives.push_back(fp);
        }
    }
    ranked.positives = tp;
    ranked.negatives = fp;
    return ranked;
}

}  // namespace mlwb::core
