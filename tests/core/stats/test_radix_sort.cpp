// Tests of radixSort(): the sorted keys (and the rows carried along, stably) equal what
// std::stable_sort gives, for the shapes that take different paths through the sort: tiny
// inputs, one repeated value, few distinct integers, rounded doubles of both signs (clustered
// buckets full of duplicates), full-range random keys, and a range given by the caller.
#include "core/base/job_context.h"
#include "core/stats/radix_sort.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

using namespace mlwb::core;

namespace {

// Sorts `keys` with radixSort (rows 0..n-1 along when withRows) and checks keys and rows
// against a stable sort of (key, row) by key.
void checkSorted(const std::vector<uint64_t>& keys, bool withRows, bool giveRange = false)
{
    const size_t n = keys.size();
    SortBuffers buffers;
    buffers.prepare(n, withRows);
    std::copy(keys.begin(), keys.end(), buffers.keys.data());
    if (withRows) {
        for (size_t i = 0; i < n; ++i) buffers.rows[i] = static_cast<uint32_t>(i);
    }
    buffers.size = n;
    if (giveRange && n > 0) {
        buffers.rangeKnown = true;
        buffers.minKey = *std::min_element(keys.begin(), keys.end());
        buffers.maxKey = *std::max_element(keys.begin(), keys.end());
    }
    JobContext job;
    QVERIFY(radixSort(buffers, job));

    std::vector<std::pair<uint64_t, uint32_t>> expected(n);
    for (size_t i = 0; i < n; ++i) expected[i] = {keys[i], static_cast<uint32_t>(i)};
    std::stable_sort(expected.begin(), expected.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (size_t i = 0; i < n; ++i) {
        if (buffers.keys[i] != expected[i].first) QFAIL(qPrintable(QString("key %1 of %2 out of place").arg(i).arg(n)));
        if (withRows && buffers.rows[i] != expected[i].second)
            QFAIL(qPrintable(QString("row %1 of %2 out of place (not stable)").arg(i).arg(n)));
    }
}

double roundSignificant(double v, int digits)
{
    if (v == 0.0) return v;
    const double scale = std::pow(10.0, digits - 1 - std::floor(std::log10(std::fabs(v))));
    return std::nearbyint(v * scale) / scale;
}

}  // namespace

class TestRadixSort : public QObject {
    Q_OBJECT

private slots:
    void tinyInputs();
    void oneRepeatedValue();
    void fewDistinctIntegers();
    void roundedDoublesOfBothSigns_data();
    void roundedDoublesOfBothSigns();
    void fullRangeKeys();
    void rangeGivenByCaller();
};

void TestRadixSort::tinyInputs()
{
    for (const bool rows : {false, true}) {
        checkSorted({}, rows);
        checkSorted({7}, rows);
        checkSorted({9, 3}, rows);
        checkSorted({3, 3}, rows);
        std::mt19937_64 rng(1);
        for (size_t n : {3, 47, 48, 49, 200}) {
            std::vector<uint64_t> keys(n);
            for (auto& k : keys) k = rng() % 50;
            checkSorted(keys, rows);
        }
    }
}

void TestRadixSort::oneRepeatedValue()
{
    checkSorted(std::vector<uint64_t>(100000, orderedKey(2.5)), true);
}

void TestRadixSort::fewDistinctIntegers()
{
    std::mt19937_64 rng(2);
    std::vector<uint64_t> keys(300000);
    for (auto& k : keys) k = orderedKey(static_cast<int64_t>(rng() % 5) - 2);
    checkSorted(keys, true);
    checkSorted(keys, false);
}

void TestRadixSort::roundedDoublesOfBothSigns_data()
{
    QTest::addColumn<int>("digits");
    QTest::addColumn<int>("rows");
    QTest::newRow("6 digits, 1M rows (long runs of duplicates)") << 6 << 1000000;
    QTest::newRow("3 digits, 200k rows (very long runs)") << 3 << 200000;
    QTest::newRow("15 digits, 200k rows (almost all distinct)") << 15 << 200000;
}

void TestRadixSort::roundedDoublesOfBothSigns()
{
    QFETCH(int, digits);
    QFETCH(int, rows);
    std::mt19937_64 rng(3);
    std::normal_distribution<double> normal(0.0, 1.3);
    std::vector<uint64_t> keys(static_cast<size_t>(rows));
    for (auto& k : keys) k = orderedKey(roundSignificant(normal(rng), digits));
    checkSorted(keys, true);
}

void TestRadixSort::fullRangeKeys()
{
    std::mt19937_64 rng(4);
    std::vector<uint64_t> keys(250000);
    for (auto& k : keys) k = rng();
    checkSorted(keys, true);
    checkSorted(keys, false);
}

void TestRadixSort::rangeGivenByCaller()
{
    std::mt19937_64 rng(5);
    std::vector<uint64_t> keys(100000);
    for (auto& k : keys) k = orderedKey(std::ldexp(static_cast<double>(rng() % 100000), -7));
    checkSorted(keys, true, true);
}

QTEST_GUILESS_MAIN(TestRadixSort)
#include "test_radix_sort.moc"
