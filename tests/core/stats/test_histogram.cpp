// Tests of computeHistogram() and its halves histogramOfSorted() / histogramOfCounts():
// equal-width numeric bins with hand-computed counts, category counts with ties and the
// "other" bucket, booleans, text, datetimes, and missing-only columns.
#include "core/data/column.h"
#include "core/data/column_builder.h"
#include "core/stats/histogram.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

using namespace mlwb::core;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

ColumnPtr floatColumn(const std::vector<double>& values)  // NaN = missing
{
    ColumnBuilder builder("x", ColumnType::Float64);
    for (double v : values) {
        if (std::isnan(v))
            builder.appendNull();
        else
            builder.appendFloat64(v);
    }
    return builder.finish();
}

}  // namespace

class TestHistogram : public QObject {
    Q_OBJECT

private slots:
    void numeric_data();
    void numeric();
    void dateTimeBins();
    void integerBins_data();
    void integerBins();
    void categorical_data();
    void categorical();
    void booleanAndText();
    void sortedMatchesScan();
    void fromCounts();
};

void TestHistogram::numeric_data()
{
    QTest::addColumn<std::vector<double>>("values");
    QTest::addColumn<size_t>("bins");
    QTest::addColumn<std::vector<double>>("edges");
    QTest::addColumn<std::vector<size_t>>("counts");
    QTest::addColumn<size_t>("missing");

    // By hand: width (10 - 1) / 3 = 3, bin = floor((v - 1) / 3); the top value joins the last bin.
    QTest::newRow("three bins") << std::vector<double>{1, 2, 2, 3, 4, 10, kNaN} << size_t(3)
                                << std::vector<double>{1, 4, 7, 10} << std::vector<size_t>{4, 1, 1} << size_t(1);
    // Edges exactly on a boundary go to the upper bin: 2 -> bin 1 of [0,2),[2,4].
    QTest::newRow("boundary") << std::vector<double>{0, 2, 4} << size_t(2) << std::vector<double>{0, 2, 4}
                              << std::vector<size_t>{1, 2} << size_t(0);
    QTest::newRow("negative") << std::vector<double>{-4, -3, -1, 0} << size_t(4)
                              << std::vector<double>{-4, -3, -2, -1, 0} << std::vector<size_t>{1, 1, 0, 2} << size_t(0);
    // A constant column gets a single bin [v, v + 1].
    QTest::newRow("constant") << std::vector<double>{5, 5, kNaN, 5} << size_t(10) << std::vector<double>{5, 6}
                              << std::vector<size_t>{3} << size_t(1);
    QTest::newRow("all missing") << std::vector<double>{kNaN, kNaN} << size_t(5) << std::vector<double>{}
                                 << std::vector<size_t>{} << size_t(2);
    QTest::newRow("empty") << std::vector<double>{} << size_t(5) << std::vector<double>{} << std::vector<size_t>{}
                           << size_t(0);
    // Zero bins is treated as one.
    QTest::newRow("zero bins") << std::vector<double>{1, 2, 3} << size_t(0) << std::vector<double>{1, 3}
                               << std::vector<size_t>{3} << size_t(0);
}

void TestHistogram::numeric()
{
    QFETCH(std::vector<double>, values);
    QFETCH(size_t, bins);
    QFETCH(std::vector<double>, edges);
    QFETCH(std::vector<size_t>, counts);
    QFETCH(size_t, missing);
    const Histogram h = computeHistogram(*floatColumn(values), bins);
    QCOMPARE(h.edges, edges);
    QCOMPARE(h.counts, counts);
    QCOMPARE(h.missing, missing);
    QCOMPARE(h.isNumeric(), !edges.empty());
    QVERIFY(h.labels.empty());
}

void TestHistogram::integerBins_data()
{
    QTest::addColumn<int64_t>("lo");
    QTest::addColumn<int64_t>("hi");
    QTest::addColumn<size_t>("bins");
    QTest::addColumn<size_t>("expectedBins");
    QTest::addColumn<double>("expectedWidth");
    QTest::newRow("ages 18..80 in 20 bins: 16 bins of 4 years")
        << int64_t(18) << int64_t(80) << size_t(20) << size_t(16) << 4.0;
    QTest::newRow("0..10 in 20 bins: one bin per value")
        << int64_t(0) << int64_t(10) << size_t(20) << size_t(11) << 1.0;
    QTest::newRow("constant") << int64_t(7) << int64_t(7) << size_t(20) << size_t(1) << 1.0;
}

void TestHistogram::integerBins()
{
    QFETCH(int64_t, lo);
    QFETCH(int64_t, hi);
    QFETCH(size_t, bins);
    QFETCH(size_t, expectedBins);
    QFETCH(double, expectedWidth);
    // Every integer of the range once: equal bins must then hold equal counts.
    std::vector<int64_t> values;
    for (int64_t v = lo; v <= hi; ++v) values.push_back(v);
    const auto column = Column::fromInt64("n", values);
    const Histogram h = computeHistogram(*column, bins);
    QCOMPARE(h.counts.size(), expectedBins);
    QCOMPARE(h.edges.front(), double(lo) - 0.5);
    QCOMPARE(h.edges[1] - h.edges[0], expectedWidth);
    for (size_t b = 0; b + 1 < h.counts.size(); ++b) QCOMPARE(h.counts[b], size_t(expectedWidth));
    QVERIFY(h.edges.back() >= double(hi) + 0.5);
    // The profile's binary search over sorted values gives the same bins.
    std::vector<double> sorted(values.begin(), values.end());
    const Histogram binary = histogramOfSorted(
        sorted.size(), [&](size_t i) { return sorted[i]; }, 0, bins, true);
    QCOMPARE(binary.edges, h.edges);
    QCOMPARE(binary.counts, h.counts);
}

void TestHistogram::dateTimeBins()
{
    // One day apart in ms, two bins of 1.5 days.
    const auto column = Column::fromDateTime("t", {0, 86400000, 172800000, 259200000});
    const Histogram h = computeHistogram(*column, 2);
    QCOMPARE(h.edges, (std::vector<double>{0, 129600000, 259200000}));
    QCOMPARE(h.counts, (std::vector<size_t>{2, 2}));
}

void TestHistogram::categorical_data()
{
    QTest::addColumn<size_t>("top");
    QTest::addColumn<std::vector<std::string>>("labels");
    QTest::addColumn<std::vector<size_t>>("counts");
    QTest::addColumn<size_t>("other");
    // Codes below: b x3, a x2, c x2, d x0, 1 missing. a and c tie: dictionary order (a first).
    QTest::newRow("all") << size_t(10) << std::vector<std::string>{"b", "a", "c"} << std::vector<size_t>{3, 2, 2}
                         << size_t(0);
    QTest::newRow("top 2") << size_t(2) << std::vector<std::string>{"b", "a"} << std::vector<size_t>{3, 2} << size_t(2);
    QTest::newRow("top 0") << size_t(0) << std::vector<std::string>{} << std::vector<size_t>{} << size_t(7);
}

void TestHistogram::categorical()
{
    QFETCH(size_t, top);
    QFETCH(std::vector<std::string>, labels);
    QFETCH(std::vector<size_t>, counts);
    QFETCH(size_t, other);
    const std::vector<int32_t> codes{1, 0, 2, 1, -1, 0, 2, 1};
    const auto column = Column::fromCategorical("c", codes, {"a", "b", "c", "d"}, {0b11101111});
    const Histogram h = computeHistogram(*column, 30, top);
    QCOMPARE(h.labels, labels);
    QCOMPARE(h.counts, counts);
    QCOMPARE(h.otherCount, other);
    QCOMPARE(h.missing, size_t(1));
    QVERIFY(!h.isNumeric());
}

void TestHistogram::booleanAndText()
{
    const auto flags = Column::fromBoolean("b", {1, 0, 0, 1, 0}, {0b10111});
    Histogram h = computeHistogram(*flags);
    // Present: 1, 0, 0, 0 -> false 3, true 1.
    QCOMPARE(h.labels, (std::vector<std::string>{"false", "true"}));
    QCOMPARE(h.counts, (std::vector<size_t>{3, 1}));
    QCOMPARE(h.missing, size_t(1));

    ColumnBuilder text("t", ColumnType::Text);
    for (const char* v : {"x", "y", "y", "z", "x", "y"}) text.appendText(v);
    text.appendNull();
    h = computeHistogram(*text.finish(), 30, 2);
    QCOMPARE(h.labels, (std::vector<std::string>{"y", "x"}));
    QCOMPARE(h.counts, (std::vector<size_t>{3, 2}));
    QCOMPARE(h.otherCount, size_t(1));
    QCOMPARE(h.missing, size_t(1));
}

// histogramOfSorted finds the bins by binary search; it must agree with the scan exactly,
// including values that land on edges after rounding.
void TestHistogram::sortedMatchesScan()
{
    std::mt19937_64 rng(1);
    for (int trial = 0; trial < 20; ++trial) {
        std::vector<double> values(1 + rng() % 2000);
        for (double& v : values) {
            v = trial % 2 ? std::round(std::normal_distribution<double>(0, 10)(rng)) / 10.0
                          : std::uniform_real_distribution<double>(-1e3, 1e3)(rng);
        }
        const size_t bins = 1 + rng() % 40;
        const Histogram scanned = computeHistogram(*floatColumn(values), bins);
        std::vector<double> sorted = values;
        std::sort(sorted.begin(), sorted.end());
        const Histogram binary = histogramOfSorted(
            sorted.size(), [&](size_t i) { return sorted[i]; }, 0, bins);
        QCOMPARE(binary.edges, scanned.edges);
        QCOMPARE(binary.counts, scanned.counts);
    }
}

void TestHistogram::fromCounts()
{
    const Histogram h = histogramOfCounts({{"p", 1}, {"q", 0}, {"r", 5}, {"s", 1}}, 4, 2);
    QCOMPARE(h.labels, (std::vector<std::string>{"r", "p"}));
    QCOMPARE(h.counts, (std::vector<size_t>{5, 1}));
    QCOMPARE(h.otherCount, size_t(1));  // s; q has no rows and is dropped
    QCOMPARE(h.missing, size_t(4));
}

QTEST_GUILESS_MAIN(TestHistogram)
#include "test_histogram.moc"
