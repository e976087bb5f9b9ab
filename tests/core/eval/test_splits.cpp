// Tests of splits.h: every split partitions the rows exactly once, stratification keeps class
// proportions within one row, seeds reproduce folds (and other seeds change them), and every
// bad input gives an InvalidArgument whose message names the value and the fix.
#include "core/eval/shuffle.h"
#include "core/eval/splits.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>
#include <string>
#include <vector>

using namespace mlwb::core;

namespace {

using Labels = std::vector<int32_t>;

// Both sides sorted, disjoint, and together exactly 0..n-1.
bool isPartition(const Fold& fold, size_t n)
{
    if (!std::is_sorted(fold.train.begin(), fold.train.end()) || !std::is_sorted(fold.test.begin(), fold.test.end()))
        return false;
    std::vector<uint32_t> all = fold.train;
    all.insert(all.end(), fold.test.begin(), fold.test.end());
    std::sort(all.begin(), all.end());
    if (all.size() != n) return false;
    for (size_t i = 0; i < n; ++i) {
        if (all[i] != i) return false;
    }
    return true;
}

// The test sets of consecutive k folds cover every row exactly once.
bool testsCoverOnce(const std::vector<Fold>& folds, size_t begin, size_t k, size_t n)
{
    std::vector<int> seen(n, 0);
    for (size_t f = begin; f < begin + k; ++f) {
        for (uint32_t row : folds[f].test) ++seen[row];
    }
    return std::all_of(seen.begin(), seen.end(), [](int s) { return s == 1; });
}

std::map<int32_t, size_t> classCounts(const Labels& labels, const std::vector<uint32_t>& rows)
{
    std::map<int32_t, size_t> counts;
    for (uint32_t row : rows) ++counts[labels[row]];
    return counts;
}

// 3 classes of 50, 30 and 7 rows, interleaved.
Labels unevenLabels()
{
    Labels labels;
    for (int i = 0; i < 50; ++i) labels.push_back(0);
    for (int i = 0; i < 30; ++i) labels.insert(labels.begin() + 2 * i + 1, 1);
    for (int i = 0; i < 7; ++i) labels.insert(labels.begin() + 11 * i + 3, 2);
    return labels;
}

}  // namespace

class TestSplits : public QObject {
    Q_OBJECT

private slots:
    void holdoutSizes_data();
    void holdoutSizes();
    void stratifiedHoldoutProportions_data();
    void stratifiedHoldoutProportions();
    void kFoldBlocks();
    void kFoldPartitions_data();
    void kFoldPartitions();
    void stratifiedKFoldProportions_data();
    void stratifiedKFoldProportions();
    void repeated_data();
    void repeated();
    void seeds();
    void fixedShuffleOrder();
    void uniformIndexIsUniform();
    void errors_data();
    void errors();
};

void TestSplits::holdoutSizes_data()
{
    QTest::addColumn<size_t>("n");
    QTest::addColumn<double>("fraction");
    QTest::addColumn<size_t>("testCount");
    // len(train_test_split(range(n), test_size=f)[1]) = ceil(f * n)
    QTest::newRow("10 rows, 0.2") << size_t(10) << 0.2 << size_t(2);
    QTest::newRow("10 rows, 0.25 rounds up") << size_t(10) << 0.25 << size_t(3);
    QTest::newRow("30 rows, 0.1 (0.1*30 is not 3 in binary)") << size_t(30) << 0.1 << size_t(3);
    QTest::newRow("7 rows, 0.5") << size_t(7) << 0.5 << size_t(4);
    QTest::newRow("2 rows, 0.5") << size_t(2) << 0.5 << size_t(1);
}

void TestSplits::holdoutSizes()
{
    QFETCH(size_t, n);
    QFETCH(double, fraction);
    QFETCH(size_t, testCount);
    Result<Fold> fold = holdout(n, fraction, 1);
    QVERIFY2(fold.isOk(), fold.status().message().c_str());
    QCOMPARE(fold->test.size(), testCount);
    QVERIFY(isPartition(*fold, n));
}

void TestSplits::stratifiedHoldoutProportions_data()
{
    QTest::addColumn<Labels>("labels");
    QTest::addColumn<double>("fraction");
    QTest::addColumn<uint64_t>("seed");
    QTest::newRow("uneven 3 classes, 0.2") << unevenLabels() << 0.2 << uint64_t(1);
    QTest::newRow("uneven 3 classes, 0.33") << unevenLabels() << 0.33 << uint64_t(2);
    QTest::newRow("two rows per class, 0.5") << Labels{0, 1, 2, 0, 1, 2} << 0.5 << uint64_t(3);
    QTest::newRow("rare class, 0.1") << Labels{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1} << 0.1
                                     << uint64_t(4);
}

void TestSplits::stratifiedHoldoutProportions()
{
    QFETCH(Labels, labels);
    QFETCH(double, fraction);
    QFETCH(uint64_t, seed);
    Result<Fold> fold = stratifiedHoldout(labels, fraction, seed);
    QVERIFY2(fold.isOk(), fold.status().message().c_str());
    QVERIFY(isPartition(*fold, labels.size()));
    QCOMPARE(fold->test.size(), size_t(std::ceil(fraction * double(labels.size()) - 1e-9)));
    const auto all = classCounts(labels, [&] {
        std::vector<uint32_t> rows(labels.size());
        std::iota(rows.begin(), rows.end(), 0u);
        return rows;
    }());
    const auto test = classCounts(labels, fold->test);
    for (const auto& [cls, count] : all) {
        const double quota = double(count) * double(fold->test.size()) / double(labels.size());
        const double got = test.count(cls) ? double(test.at(cls)) : 0.0;
        QVERIFY2(got >= std::floor(quota) && got <= std::ceil(quota),
                 qPrintable(QString("class %1: %2 test rows, quota %3").arg(cls).arg(got).arg(quota)));
    }
}

void TestSplits::kFoldBlocks()
{
    // Unshuffled KFold(3).split(range(10)): tests [0..3], [4..6], [7..9], as sklearn.
    Result<std::vector<Fold>> folds = kFold(10, 3, false, 0);
    QVERIFY(folds.isOk());
    QCOMPARE(folds->size(), size_t(3));
    QCOMPARE((*folds)[0].test, (std::vector<uint32_t>{0, 1, 2, 3}));
    QCOMPARE((*folds)[1].test, (std::vector<uint32_t>{4, 5, 6}));
    QCOMPARE((*folds)[2].test, (std::vector<uint32_t>{7, 8, 9}));
    QCOMPARE((*folds)[1].train, (std::vector<uint32_t>{0, 1, 2, 3, 7, 8, 9}));
}

void TestSplits::kFoldPartitions_data()
{
    QTest::addColumn<size_t>("n");
    QTest::addColumn<int>("k");
    QTest::addColumn<bool>("shuffle");
    QTest::newRow("10 rows, 3 folds, shuffled") << size_t(10) << 3 << true;
    QTest::newRow("101 rows, 10 folds, shuffled") << size_t(101) << 10 << true;
    QTest::newRow("5 rows, 5 folds (leave one out)") << size_t(5) << 5 << true;
    QTest::newRow("2 rows, 2 folds") << size_t(2) << 2 << false;
    QTest::newRow("1000 rows, 7 folds") << size_t(1000) << 7 << false;
}

void TestSplits::kFoldPartitions()
{
    QFETCH(size_t, n);
    QFETCH(int, k);
    QFETCH(bool, shuffle);
    Result<std::vector<Fold>> folds = kFold(n, k, shuffle, 99);
    QVERIFY2(folds.isOk(), folds.status().message().c_str());
    QCOMPARE(folds->size(), size_t(k));
    for (const Fold& fold : *folds) {
        QVERIFY(isPartition(fold, n));
        QVERIFY(fold.test.size() == n / size_t(k) || fold.test.size() == n / size_t(k) + 1);
    }
    QVERIFY(testsCoverOnce(*folds, 0, size_t(k), n));
}

void TestSplits::stratifiedKFoldProportions_data()
{
    QTest::addColumn<Labels>("labels");
    QTest::addColumn<int>("k");
    QTest::newRow("uneven 3 classes, 5 folds") << unevenLabels() << 5;
    QTest::newRow("uneven 3 classes, 7 folds (smallest class)") << unevenLabels() << 7;
    QTest::newRow("balanced, 2 folds") << Labels{0, 1, 0, 1, 0, 1, 0, 1} << 2;
    QTest::newRow("sparse codes (class 1 unused)") << Labels{0, 2, 0, 2, 0, 2, 2, 2, 0} << 3;
}

void TestSplits::stratifiedKFoldProportions()
{
    QFETCH(Labels, labels);
    QFETCH(int, k);
    Result<std::vector<Fold>> folds = stratifiedKFold(labels, k, 5);
    QVERIFY2(folds.isOk(), folds.status().message().c_str());
    QCOMPARE(folds->size(), size_t(k));
    QVERIFY(testsCoverOnce(*folds, 0, size_t(k), labels.size()));
    std::map<int32_t, size_t> total;
    for (int32_t l : labels) ++total[l];
    size_t smallest = labels.size(), largest = 0;
    for (const Fold& fold : *folds) {
        QVERIFY(isPartition(fold, labels.size()));
        smallest = std::min(smallest, fold.test.size());
        largest = std::max(largest, fold.test.size());
        const auto test = classCounts(labels, fold.test);
        for (const auto& [cls, count] : total) {
            const size_t got = test.count(cls) ? test.at(cls) : 0;
            QVERIFY2(got == count / size_t(k) || got == (count + size_t(k) - 1) / size_t(k),
                     qPrintable(QString("class %1 has %2 of %3 rows in a fold").arg(cls).arg(got).arg(count)));
        }
    }
    QVERIFY(largest - smallest <= 1);
}

void TestSplits::repeated_data()
{
    QTest::addColumn<bool>("stratified");
    QTest::newRow("plain") << false;
    QTest::newRow("stratified") << true;
}

void TestSplits::repeated()
{
    QFETCH(bool, stratified);
    const Labels labels = unevenLabels();
    Result<std::vector<Fold>> folds = repeatedKFold(labels, 4, 3, 17, stratified);
    QVERIFY2(folds.isOk(), folds.status().message().c_str());
    QCOMPARE(folds->size(), size_t(12));
    for (size_t round = 0; round < 3; ++round) QVERIFY(testsCoverOnce(*folds, round * 4, 4, labels.size()));
    // Rounds reshuffle: round 2's first fold is not round 1's.
    QVERIFY((*folds)[0].test != (*folds)[4].test);
    Result<std::vector<Fold>> again = repeatedKFold(labels, 4, 3, 17, stratified);
    QVERIFY(again.isOk());
    for (size_t f = 0; f < 12; ++f) QCOMPARE((*again)[f].test, (*folds)[f].test);
    if (!stratified) {
        Result<std::vector<Fold>> byCount = repeatedKFold(labels.size(), 4, 3, 17);
        QVERIFY(byCount.isOk());
        QCOMPARE((*byCount)[5].test, (*folds)[5].test);
    }
}

void TestSplits::seeds()
{
    const Labels labels = unevenLabels();
    auto sameTests = [](const std::vector<Fold>& a, const std::vector<Fold>& b) {
        for (size_t f = 0; f < a.size(); ++f) {
            if (a[f].test != b[f].test) return false;
        }
        return true;
    };
    QVERIFY(sameTests(*kFold(87, 5, true, 1), *kFold(87, 5, true, 1)));
    QVERIFY(!sameTests(*kFold(87, 5, true, 1), *kFold(87, 5, true, 2)));
    QVERIFY(sameTests(*stratifiedKFold(labels, 5, 1), *stratifiedKFold(labels, 5, 1)));
    QVERIFY(!sameTests(*stratifiedKFold(labels, 5, 1), *stratifiedKFold(labels, 5, 2)));
    QCOMPARE(holdout(87, 0.2, 1)->test, holdout(87, 0.2, 1)->test);
    QVERIFY(holdout(87, 0.2, 1)->test != holdout(87, 0.2, 2)->test);
    QCOMPARE(stratifiedHoldout(labels, 0.2, 1)->test, stratifiedHoldout(labels, 0.2, 1)->test);
    QVERIFY(stratifiedHoldout(labels, 0.2, 1)->test != stratifiedHoldout(labels, 0.2, 2)->test);
}

void TestSplits::fixedShuffleOrder()
{
    // Saved projects and reports refer to folds by seed, so the shuffle must never change
    // between versions or platforms. These values were recorded from this implementation
    // (mt19937_64, rejection-sampled draws, Fisher-Yates from the top); a change here means
    // users' cross-validation results silently move.
    std::mt19937_64 engine(42);
    std::vector<uint32_t> items(10);
    std::iota(items.begin(), items.end(), 0u);
    shuffleInPlace(items, engine);
    QCOMPARE(items, (std::vector<uint32_t>{1, 7, 9, 0, 3, 8, 4, 2, 5, 6}));
    // The standard fixes mt19937_64's output: the 10000th draw of the default seed.
    std::mt19937_64 standard;
    standard.discard(9999);
    QCOMPARE(standard(), uint64_t(9981545732273789042ull));
}

void TestSplits::uniformIndexIsUniform()
{
    // 60,000 draws over 6 values: each count within 5% of 10,000 (about 5 standard deviations).
    std::mt19937_64 engine(1);
    std::vector<int> counts(6, 0);
    for (int i = 0; i < 60000; ++i) ++counts[size_t(uniformIndex(engine, 6))];
    for (int c : counts) QVERIFY2(std::abs(c - 10000) < 500, qPrintable(QString::number(c)));
    QCOMPARE(uniformIndex(engine, 1), uint64_t(0));
}

void TestSplits::errors_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<Labels>("labels");
    QTest::addColumn<int>("k");
    QTest::addColumn<double>("fraction");
    QTest::addColumn<QString>("message");

    const Labels threeOfC{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2};
    QTest::newRow("k < 2") << "kFold" << Labels(10, 0) << 1 << 0.0
                           << "cross-validation needs at least 2 folds; got 1. Use --cv 2 or more, or a holdout split.";
    QTest::newRow("k > n") << "kFold" << Labels(4, 0) << 5 << 0.0
                           << "5-fold cross-validation needs at least 5 rows; the data has 4. Use fewer folds (--cv 4) "
                              "or more data.";
    QTest::newRow("stratified k > smallest class")
        << "stratifiedKFold" << threeOfC << 10 << 0.0
        << "stratified 10-fold needs at least 10 rows of every class; class \"x\" has 3. Use fewer folds (--cv 3) or a "
           "holdout split.";
    QTest::newRow("stratified, class with one row")
        << "stratifiedKFold" << Labels{0, 0, 0, 1, 1, 1, 2} << 3 << 0.0
        << "stratified 3-fold needs at least 3 rows of every class; class \"x\" has 1. Remove that class's rows or use "
           "an unstratified split.";
    QTest::newRow("stratified, one class")
        << "stratifiedKFold" << Labels(6, 1) << 2 << 0.0
        << "stratification needs at least two classes in the target; every row is class \"no\". Use an unstratified "
           "split or check the target column.";
    QTest::newRow("stratified, missing target")
        << "stratifiedKFold" << Labels{0, 1, -1, 0, 1} << 2 << 0.0
        << "row 3 has no target value, so it cannot be stratified; drop rows with a missing target first.";
    QTest::newRow("repeated stratified k > smallest class")
        << "repeatedStratified" << threeOfC << 4 << 0.0
        << "stratified 4-fold needs at least 4 rows of every class; class \"x\" has 3. Use fewer folds (--cv 3) or a "
           "holdout split.";
    QTest::newRow("repeats 0") << "repeatedZero" << Labels(10, 0) << 2 << 0.0
                               << "repeated cross-validation needs at least 1 repeat; got 0. Use --repeats 1 or more.";
    const QString fractionMessage =
        "the test fraction must be between 0 and 1 (exclusive); got %1. Use e.g. 0.2 to "
        "test on 20% of the rows.";
    QTest::newRow("fraction 0") << "holdout" << Labels(10, 0) << 0 << 0.0 << fractionMessage.arg("0");
    QTest::newRow("fraction 1") << "holdout" << Labels(10, 0) << 0 << 1.0 << fractionMessage.arg("1");
    QTest::newRow("fraction negative") << "holdout" << Labels(10, 0) << 0 << -0.2 << fractionMessage.arg("-0.2");
    QTest::newRow("fraction NaN") << "stratifiedHoldout" << Labels{0, 1, 0, 1} << 0
                                  << std::numeric_limits<double>::quiet_NaN() << fractionMessage.arg("nan");
    QTest::newRow("fraction leaves training empty")
        << "holdout" << Labels(3, 0) << 0 << 0.9
        << "a test fraction of 0.9 of 3 rows leaves the training set empty; use a smaller test fraction or more data.";
    QTest::newRow("no rows") << "holdout" << Labels{} << 0 << 0.5
                             << "there are no rows to split; load data with at least two rows.";
    QTest::newRow("stratified holdout, class with one row")
        << "stratifiedHoldout" << Labels{0, 0, 0, 1, 1, 2} << 0 << 0.5
        << "a stratified holdout needs at least 2 rows of every class; class \"x\" has 1. Remove that class's rows or "
           "use an unstratified split.";
}

void TestSplits::errors()
{
    QFETCH(QString, call);
    QFETCH(Labels, labels);
    QFETCH(int, k);
    QFETCH(double, fraction);
    QFETCH(QString, message);

    const std::vector<std::string> names{"a", "no", "x"};
    Status status;
    if (call == "kFold")
        status = kFold(labels.size(), k, true, 1).status();
    else if (call == "stratifiedKFold")
        status = stratifiedKFold(labels, k, 1, names).status();
    else if (call == "repeatedStratified")
        status = repeatedKFold(labels, k, 2, 1, true, names).status();
    else if (call == "repeatedZero")
        status = repeatedKFold(labels.size(), k, 0, 1).status();
    else if (call == "holdout")
        status = holdout(labels.size(), fraction, 1).status();
    else if (call == "stratifiedHoldout")
        status = stratifiedHoldout(labels, fraction, 1, names).status();
    QCOMPARE(status.code(), ErrorCode::InvalidArgument);
    QCOMPARE(QString::fromStdString(status.message()), message);
}

QTEST_GUILESS_MAIN(TestSplits)
#include "test_splits.moc"
