// Tests of the tree kinds' feature binning: one bin per distinct value with midpoint edges
// on small data (so trees split where exact CART would), balanced quantile bins on many
// values, the missing bin for NaN, categories in bins of their own and the most frequent
// kept when there are more than a byte holds, and the same bins for training and new rows.
#include "core/ml/trees/binning.h"
#include "ml_test_support.h"

#include <QTest>

#include <map>
#include <random>

using namespace mlwb::core;
using namespace mlwb::core::ml;
using namespace mlwb::core::ml::testing;
using namespace mlwb::core::ml::trees;

namespace {

Matrix column(const std::vector<double>& values)
{
    return rowMajor(values, 1);
}

std::vector<int> codesOf(const BinnedMatrix& binned, Eigen::Index feature)
{
    const uint8_t* codes = binned.column(feature);
    return std::vector<int>(codes, codes + binned.rows);
}

}  // namespace

class TestBinning : public QObject {
    Q_OBJECT

private slots:
    void fewDistinctValuesGetOneBinEach_data();
    void fewDistinctValuesGetOneBinEach();
    void manyValuesGetQuantileBins_data();
    void manyValuesGetQuantileBins();
    void heavyValueKeepsABinOfItsOwn();
    void missingValuesGoToTheMissingBin();
    void categoriesGetTheirOwnBins();
    void mostFrequentCategoriesAreKept();
    void newRowsGetTheTrainingBins();
};

void TestBinning::fewDistinctValuesGetOneBinEach_data()
{
    QTest::addColumn<std::vector<double>>("values");
    QTest::addColumn<int>("maxBins");
    QTest::addColumn<std::vector<double>>("edges");
    QTest::addColumn<std::vector<int>>("codes");

    QTest::newRow("unsorted with a repeat") << std::vector<double>{3, 1, 2, 2, 5} << 255
                                            << std::vector<double>{1.5, 2.5, 4} << std::vector<int>{2, 0, 1, 1, 3};
    QTest::newRow("negative and fractional") << std::vector<double>{-0.5, 0.25, -0.5, 10} << 255
                                             << std::vector<double>{-0.125, 5.125} << std::vector<int>{0, 1, 0, 2};
    // Exactly maxBins distinct values still get one bin each.
    QTest::newRow("as many values as bins")
        << std::vector<double>{4, 1, 2, 3} << 4 << std::vector<double>{1.5, 2.5, 3.5} << std::vector<int>{3, 0, 1, 2};
    QTest::newRow("constant") << std::vector<double>{7, 7, 7} << 255 << std::vector<double>{}
                              << std::vector<int>{0, 0, 0};
}

void TestBinning::fewDistinctValuesGetOneBinEach()
{
    QFETCH(std::vector<double>, values);
    QFETCH(int, maxBins);
    QFETCH(std::vector<double>, edges);
    QFETCH(std::vector<int>, codes);
    const BinnedMatrix binned = binTrainingRows(column(values), {}, maxBins);
    QCOMPARE(binned.cols(), Eigen::Index(1));
    const FeatureBins& bins = binned.features[0];
    QVERIFY(!bins.categorical);
    QCOMPARE(bins.edges, edges);
    QCOMPARE(bins.binCount, static_cast<int>(edges.size()) + 1);
    QCOMPARE(codesOf(binned, 0), codes);
}

void TestBinning::manyValuesGetQuantileBins_data()
{
    QTest::addColumn<int>("maxBins");
    QTest::newRow("10 bins") << 10;
    QTest::newRow("64 bins") << 64;
    QTest::newRow("255 bins") << 255;
}

void TestBinning::manyValuesGetQuantileBins()
{
    QFETCH(int, maxBins);
    // 5,000 distinct values in random order: every bin should hold about n / maxBins rows.
    const int n = 5000;
    std::vector<double> values(n);
    std::mt19937_64 rng(11);
    std::normal_distribution<double> normal;
    for (double& v : values) v = normal(rng);
    const BinnedMatrix binned = binTrainingRows(column(values), {}, maxBins);
    const FeatureBins& bins = binned.features[0];
    QCOMPARE(bins.binCount, maxBins);
    QCOMPARE(bins.edges.size(), size_t(maxBins - 1));
    for (size_t i = 1; i < bins.edges.size(); ++i) QVERIFY(bins.edges[i] > bins.edges[i - 1]);

    std::vector<int> counts(size_t(maxBins), 0);
    for (int i = 0; i < n; ++i) {
        const int bin = binned.column(0)[i];
        QVERIFY(bin < maxBins);
        ++counts[size_t(bin)];
        // Each row's bin is the one its value falls in: above the edge before, at most the edge after.
        if (bin > 0) QVERIFY(values[size_t(i)] > bins.edges[size_t(bin - 1)]);
        if (bin < maxBins - 1) QVERIFY(values[size_t(i)] <= bins.edges[size_t(bin)]);
    }
    const double expected = double(n) / maxBins;
    for (int count : counts) QVERIFY2(std::abs(count - expected) <= 1.0, qPrintable(QString::number(count)));
}

void TestBinning::heavyValueKeepsABinOfItsOwn()
{
    // Half of the rows are 0 and the rest 1,000 distinct values: the zeros must share one bin
    // that holds nothing else, and duplicate quantile edges must collapse.
    std::vector<double> values(1000, 0.0);
    for (int i = 1; i <= 1000; ++i) values.push_back(i * 0.01);
    const BinnedMatrix binned = binTrainingRows(column(values), {}, 20);
    const FeatureBins& bins = binned.features[0];
    QVERIFY(bins.binCount < 20);
    for (size_t i = 1; i < bins.edges.size(); ++i) QVERIFY(bins.edges[i] > bins.edges[i - 1]);
    const int zeroBin = binned.column(0)[0];
    for (size_t i = 0; i < values.size(); ++i) {
        const bool isZero = values[i] == 0;
        QCOMPARE(binned.column(0)[i] == zeroBin, isZero);
    }
}

void TestBinning::missingValuesGoToTheMissingBin()
{
    const BinnedMatrix binned = binTrainingRows(rowMajor({1, kNaN, kNaN, 5, 3, 2, kNaN, kNaN}, 2), {}, 255);
    // Column 0 is {1, NaN, 3, NaN}, column 1 {NaN, 5, 2, NaN}.
    QCOMPARE(codesOf(binned, 0), (std::vector<int>{0, kMissingBin, 1, kMissingBin}));
    QCOMPARE(codesOf(binned, 1), (std::vector<int>{kMissingBin, 1, 0, kMissingBin}));
    QCOMPARE(binned.features[0].edges, (std::vector<double>{2}));  // from the present values only
    QCOMPARE(binned.features[1].edges, (std::vector<double>{3.5}));
    QCOMPARE(binned.features[0].binOf(kNaN), kMissingBin);

    // A column with nothing present still has its one (empty) value bin.
    const BinnedMatrix empty = binTrainingRows(column({kNaN, kNaN}), {}, 255);
    QCOMPARE(empty.features[0].binCount, 1);
    QCOMPARE(codesOf(empty, 0), (std::vector<int>{kMissingBin, kMissingBin}));
}

void TestBinning::categoriesGetTheirOwnBins()
{
    // Column 0 holds codes of 4 categories (one never seen in these rows), column 1 numbers.
    const Matrix X = rowMajor({2, 10, 0, 20, kNaN, 30, 2, 40, 1, 50}, 2);
    const BinnedMatrix binned = binTrainingRows(X, {4, 0}, 255);
    const FeatureBins& bins = binned.features[0];
    QVERIFY(bins.categorical);
    QVERIFY(!binned.features[1].categorical);
    QCOMPARE(bins.binCount, 4);
    QCOMPARE(codesOf(binned, 0), (std::vector<int>{2, 0, kMissingBin, 2, 1}));
    QCOMPARE(bins.binOf(3), uint8_t(3));
    // Codes outside the training categories are treated as missing.
    QCOMPARE(bins.binOf(4), kMissingBin);
    QCOMPARE(bins.binOf(-1), kMissingBin);
    QCOMPARE(bins.binOf(kNaN), kMissingBin);
}

void TestBinning::mostFrequentCategoriesAreKept()
{
    // 300 categories: codes 0..44 appear once, codes 45..299 (255 of them) twice. Only the
    // 255 frequent ones fit in a byte; the rare ones become missing.
    std::vector<double> codes;
    for (int c = 0; c < 300; ++c) {
        codes.push_back(c);
        if (c >= 45) codes.push_back(c);
    }
    const BinnedMatrix binned = binTrainingRows(column(codes), {300}, 255);
    const FeatureBins& bins = binned.features[0];
    QCOMPARE(bins.binCount, 255);
    QCOMPARE(bins.binToCode.size(), size_t(255));
    for (int c = 0; c < 45; ++c) {
        QCOMPARE(bins.codeToBin[size_t(c)], int16_t(-1));
        QCOMPARE(bins.binOf(c), kMissingBin);
    }
    for (int c = 45; c < 300; ++c) {
        const uint8_t bin = bins.binOf(c);
        QVERIFY(bin != kMissingBin);
        QCOMPARE(bins.binToCode[bin], c);
    }
    QCOMPARE(binned.column(0)[0], kMissingBin);  // code 0

    // With max_bins below the category count the same rule applies: the 10 most frequent.
    const BinnedMatrix ten = binTrainingRows(column(codes), {300}, 10);
    QCOMPARE(ten.features[0].binCount, 10);
    for (int32_t code : ten.features[0].binToCode) QVERIFY(code >= 45);
}

void TestBinning::newRowsGetTheTrainingBins()
{
    std::mt19937_64 rng(5);
    std::uniform_real_distribution<double> uniform(-10, 10);
    Matrix X(3000, 2);
    for (Eigen::Index i = 0; i < X.rows(); ++i) {
        X(i, 0) = uniform(rng);
        X(i, 1) = i % 7 == 0 ? kNaN : std::floor(uniform(rng));
    }
    const BinnedMatrix trained = binTrainingRows(X, {}, 255);
    const BinnedMatrix applied = applyBins(X, trained.features);
    QVERIFY(applied.codes == trained.codes);  // the same rows get the same bins either way

    // Values outside the training range fall in the first or last bin.
    const BinnedMatrix outside = applyBins(rowMajor({-100, -100, 100, 100}, 2), trained.features);
    QCOMPARE(int(outside.column(0)[0]), 0);
    QCOMPARE(int(outside.column(0)[1]), trained.features[0].binCount - 1);
    QCOMPARE(int(outside.column(1)[1]), trained.features[1].binCount - 1);
}

QTEST_GUILESS_MAIN(TestBinning)
#include "test_binning.moc"
