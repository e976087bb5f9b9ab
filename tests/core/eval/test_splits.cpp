// Tests of splits.h: every split partitions the rows exactly once, stratification keeps class
// proportions within one row, a class smaller than the folds is placed as scikit-learn's
// StratifiedKFold places it and one too small for the holdout trains only, each named in a
// warning, seeds reproduce folds (and other seeds change them), and every bad input gives an
// InvalidArgument whose message names the value and the fix.
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
using Counts = std::vector<std::vector<size_t>>;  // [fold][class code] -> test rows
using Warnings = std::vector<std::string>;

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

// Rows of each class in `rows`, by class code 0..classCount-1.
std::vector<size_t> countsByCode(const Labels& labels, const std::vector<uint32_t>& rows, size_t classCount)
{
    std::vector<size_t> counts(classCount, 0);
    for (uint32_t row : rows) ++counts[size_t(labels[row])];
    return counts;
}

// `counts` rows of class 0, then of class 1, ..., dealt so that classes interleave: the
// placement must not depend on the order rows come in.
Labels interleaved(const std::vector<size_t>& counts)
{
    Labels labels;
    std::vector<size_t> left = counts;
    for (bool any = true; any;) {
        any = false;
        for (size_t c = 0; c < left.size(); ++c) {
            if (left[c] == 0) continue;
            labels.push_back(int32_t(c));
            --left[c];
            any = true;
        }
    }
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
    void stratifiedKFoldSmallClasses_data();
    void stratifiedKFoldSmallClasses();
    void stratifiedHoldoutSmallClasses_data();
    void stratifiedHoldoutSmallClasses();
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

void TestSplits::stratifiedKFoldSmallClasses_data()
{
    QTest::addColumn<Labels>("labels");
    QTest::addColumn<int>("k");
    QTest::addColumn<Counts>("perFold");
    QTest::addColumn<Warnings>("warnings");
    // perFold is np.bincount(y[test], minlength=classes) for each fold of scikit-learn 1.2's
    // StratifiedKFold(k).split(X, y) on the same class sizes (it warns "The least populated
    // class in y has only 3 members, which is less than n_splits=10" and proceeds). By hand:
    // the classes' rows are dealt round-robin in class order, so class 2 of (10, 10, 3) takes
    // positions 20..22, i.e. folds 0, 1 and 2.
    QTest::newRow("class of 3, 10 folds")
        << interleaved({10, 10, 3}) << 10 << Counts{{1, 1, 1}, {1, 1, 1}, {1, 1, 1}, {1, 1, 0}, {1, 1, 0},
                                                    {1, 1, 0}, {1, 1, 0}, {1, 1, 0}, {1, 1, 0}, {1, 1, 0}}
        << Warnings{"class \"x\" has 3 rows, fewer than the 10 folds: it is tested in 3 of them"};
    // The rare class first: positions 0 and 1 (folds 0, 1), then class 1 at 2..7 (folds
    // 2, 0, 1, 2, 0, 1). scikit-learn: [1 2] [1 2] [0 2].
    QTest::newRow("rare class first, 3 folds")
        << interleaved({2, 6}) << 3 << Counts{{1, 2}, {1, 2}, {0, 2}}
        << Warnings{"class \"a\" has 2 rows, fewer than the 3 folds: it is tested in 2 of them"};
    // Two rare classes, each warned once. Positions: class 0 at 0..7 (folds 0..4, 0..2),
    // class 1 at 8..11 (folds 3, 4, 0, 1), class 2 at 12..13 (folds 2, 3). scikit-learn:
    // [2 1 0] [2 1 0] [2 0 1] [1 1 1] [1 1 0].
    QTest::newRow("two rare classes, 5 folds")
        << interleaved({8, 4, 2}) << 5 << Counts{{2, 1, 0}, {2, 1, 0}, {2, 0, 1}, {1, 1, 1}, {1, 1, 0}}
        << Warnings{"class \"no\" has 4 rows, fewer than the 5 folds: it is tested in 4 of them",
                    "class \"x\" has 2 rows, fewer than the 5 folds: it is tested in 2 of them"};
    // One row: tested once, and that fold trains without it. scikit-learn: [1 1 1] then [1 1 0].
    QTest::newRow("class of one row")
        << interleaved({5, 5, 1}) << 5 << Counts{{1, 1, 1}, {1, 1, 0}, {1, 1, 0}, {1, 1, 0}, {1, 1, 0}}
        << Warnings{
               "class \"x\" has 1 row, fewer than the 5 folds: it is tested in 1 of them, whose training "
               "rows lack it"};
    QTest::newRow("every class has k rows: no warning")
        << interleaved({3, 3}) << 3 << Counts{{1, 1}, {1, 1}, {1, 1}} << Warnings{};
}

void TestSplits::stratifiedKFoldSmallClasses()
{
    QFETCH(Labels, labels);
    QFETCH(int, k);
    QFETCH(Counts, perFold);
    QFETCH(Warnings, warnings);
    const std::vector<std::string> names{"a", "no", "x"};
    const size_t classCount = perFold.front().size();
    for (const bool repeated : {false, true}) {
        Warnings got;
        const int repeats = repeated ? 3 : 1;
        Result<std::vector<Fold>> folds = repeated ? repeatedKFold(labels, k, repeats, 11, true, names, &got)
                                                   : stratifiedKFold(labels, k, 11, names, &got);
        QVERIFY2(folds.isOk(), folds.status().message().c_str());
        QCOMPARE(folds->size(), size_t(k) * size_t(repeats));
        QCOMPARE(got, warnings);  // once, however many rounds
        for (size_t round = 0; round < size_t(repeats); ++round) {
            QVERIFY(testsCoverOnce(*folds, round * size_t(k), size_t(k), labels.size()));
            for (size_t f = 0; f < size_t(k); ++f) {
                const Fold& fold = (*folds)[round * size_t(k) + f];
                QVERIFY(isPartition(fold, labels.size()));
                QCOMPARE(countsByCode(labels, fold.test, classCount), perFold[f]);
            }
        }
        // Same seed, same folds; the warnings are not needed to get them.
        Result<std::vector<Fold>> again =
            repeated ? repeatedKFold(labels, k, repeats, 11, true) : stratifiedKFold(labels, k, 11);
        QVERIFY(again.isOk());
        for (size_t f = 0; f < folds->size(); ++f) QCOMPARE((*again)[f].test, (*folds)[f].test);
    }
}

void TestSplits::stratifiedHoldoutSmallClasses_data()
{
    QTest::addColumn<Labels>("labels");
    QTest::addColumn<double>("fraction");
    QTest::addColumn<std::vector<size_t>>("testPerClass");
    QTest::addColumn<std::vector<size_t>>("trainPerClass");
    QTest::addColumn<Warnings>("warnings");
    // By hand, largest remainders of ceil(f * n) test rows: 6 rows at 0.5 -> 3 test rows;
    // class sizes 3, 2, 1 give quotas 1.5, 1.0, 0.5 -> floors 1, 1, 0, and the extra row goes
    // to the largest remainder that may take it: class "x" (one row) may not, so "a" gets 2.
    QTest::newRow("class of one row goes to training")
        << Labels{0, 1, 2, 0, 1, 0} << 0.5 << std::vector<size_t>{2, 1, 0} << std::vector<size_t>{1, 1, 1}
        << Warnings{
               "class \"x\" has 1 row, too few to be on both sides of the holdout: it is used for training "
               "only"};
    // 20 rows at 0.1 -> 2 test rows; quotas 18*2/20 = 1.8 and 2*2/20 = 0.2: class "a" takes
    // both, class "no" has none on the test side.
    QTest::newRow("class with no test row")
        << interleaved({18, 2}) << 0.1 << std::vector<size_t>{2, 0} << std::vector<size_t>{16, 2}
        << Warnings{
               "class \"no\" has 2 rows, too few for a test row at a test fraction of 0.1: all of them "
               "are used for training"};
    // 6 rows at 0.75 -> 5 test rows; quotas 4*5/6 = 3.33 and 2*5/6 = 1.67 -> floors 3 and 1;
    // the fifth row would take a class's last training row, so the test set keeps 4.
    QTest::newRow("training keeps a row of each class")
        << interleaved({4, 2}) << 0.75 << std::vector<size_t>{3, 1} << std::vector<size_t>{1, 1}
        << Warnings{
               "the test set has 4 rows, not the 5 a test fraction of 0.75 asks for: the smallest classes "
               "keep a row each for training"};
    QTest::newRow("every class on both sides: no warning")
        << interleaved({4, 4}) << 0.5 << std::vector<size_t>{2, 2} << std::vector<size_t>{2, 2} << Warnings{};
}

void TestSplits::stratifiedHoldoutSmallClasses()
{
    QFETCH(Labels, labels);
    QFETCH(double, fraction);
    QFETCH(std::vector<size_t>, testPerClass);
    QFETCH(std::vector<size_t>, trainPerClass);
    QFETCH(Warnings, warnings);
    const std::vector<std::string> names{"a", "no", "x"};
    Warnings got;
    Result<Fold> fold = stratifiedHoldout(labels, fraction, 5, names, &got);
    QVERIFY2(fold.isOk(), fold.status().message().c_str());
    QVERIFY(isPartition(*fold, labels.size()));
    QCOMPARE(countsByCode(labels, fold->test, testPerClass.size()), testPerClass);
    QCOMPARE(countsByCode(labels, fold->train, trainPerClass.size()), trainPerClass);
    QCOMPARE(got, warnings);
    QCOMPARE(stratifiedHoldout(labels, fraction, 5)->test, fold->test);
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

    QTest::newRow("k < 2") << "kFold" << Labels(10, 0) << 1 << 0.0
                           << "cross-validation needs at least 2 folds; got 1. Use --cv 2 or more, or a holdout split.";
    QTest::newRow("k > n") << "kFold" << Labels(4, 0) << 5 << 0.0
                           << "5-fold cross-validation needs at least 5 rows; the data has 4. Use fewer folds (--cv 4) "
                              "or more data.";
    QTest::newRow("stratified, one class")
        << "stratifiedKFold" << Labels(6, 1) << 2 << 0.0
        << "stratification needs at least two classes in the target; every row is class \"no\". Use an unstratified "
           "split or check the target column.";
    QTest::newRow("stratified, missing target")
        << "stratifiedKFold" << Labels{0, 1, -1, 0, 1} << 2 << 0.0
        << "row 3 has no target value, so it cannot be stratified; drop rows with a missing target first.";
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
    QTest::newRow("stratified holdout, every class of one row")
        << "stratifiedHoldout" << Labels{0, 1, 2} << 0 << 0.5
        << "a stratified holdout of these 3 rows leaves the test set empty: every class is too small to give a test "
           "row and keep one for training. Use more data or an unstratified split.";
    QTest::newRow("repeated stratified, one class")
        << "repeatedStratified" << Labels(6, 1) << 2 << 0.0
        << "stratification needs at least two classes in the target; every row is class \"no\". Use an "
           "unstratified split or check the target column.";
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
