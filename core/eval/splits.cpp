#include "core/eval/splits.h"

#include "core/base/text.h"
#include "core/eval/shuffle.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>

namespace mlwb::core {

namespace {

// Rows per class, for stratification; classes are the codes with at least one row.
struct ClassRows {
    std::vector<std::vector<uint32_t>> rows;  // by code, ascending
    int presentCount = 0;
};

std::string className(int32_t code, std::span<const std::string> names)
{
    if (code >= 0 && size_t(code) < names.size()) return quoteForMessage(names[size_t(code)]);
    return quoteForMessage(std::to_string(code));
}

Status checkRowCount(size_t n)
{
    if (n == 0) return Status::invalidArgument(tr("there are no rows to split; load data with at least two rows."));
    if (n > std::numeric_limits<uint32_t>::max())
        return Status::unsupported(trf("splitting supports at most {} rows; the data has {}. Sample the data first.",
                                       std::numeric_limits<uint32_t>::max(), n));
    return Status::ok();
}

Status checkFoldCount(size_t n, int k)
{
    if (k < 2)
        return Status::invalidArgument(
            trf("cross-validation needs at least 2 folds; got {}. Use --cv 2 or more, or a holdout split.", k));
    if (size_t(k) > n)
        return Status::invalidArgument(trf(
            "{}-fold cross-validation needs at least {} rows; the data has {}. Use fewer folds (--cv {}) or more data.",
            k, k, n, n));
    return Status::ok();
}

Status checkRepeats(int repeats)
{
    if (repeats < 1)
        return Status::invalidArgument(
            trf("repeated cross-validation needs at least 1 repeat; got {}. Use --repeats 1 or more.", repeats));
    return Status::ok();
}

// The test-set size of a holdout, as sklearn's train_test_split: ceil(fraction * n). The tiny
// tolerance keeps 0.1 * 30 = 3.0000000000000004 from becoming 4 rows.
Result<size_t> holdoutTestCount(size_t n, double testFraction)
{
    if (!(testFraction > 0.0 && testFraction < 1.0))
        return Status::invalidArgument(trf(
            "the test fraction must be between 0 and 1 (exclusive); got {}. Use e.g. 0.2 to test on 20% of the rows.",
            testFraction));
    MLWB_RETURN_IF_ERROR(checkRowCount(n));
    const size_t testCount = size_t(std::ceil(testFraction * double(n) - 1e-9));
    if (testCount == 0 || testCount >= n)
        return Status::invalidArgument(
            trf("a test fraction of {} of {} rows leaves the {} set empty; use a {} test fraction or more data.",
                testFraction, n, testCount == 0 ? tr("test") : tr("training"),
                testCount == 0 ? tr("larger") : tr("smaller")));
    return testCount;
}

Result<ClassRows> groupByClass(std::span<const int32_t> labels, std::span<const std::string> names)
{
    MLWB_RETURN_IF_ERROR(checkRowCount(labels.size()));
    ClassRows classes;
    for (size_t row = 0; row < labels.size(); ++row) {
        const int32_t code = labels[row];
        if (code < 0)
            return Status::invalidArgument(
                trf("row {} has no target value, so it cannot be stratified; drop rows with a missing target first.",
                    row + 1));
        if (size_t(code) >= classes.rows.size()) classes.rows.resize(size_t(code) + 1);
        classes.rows[size_t(code)].push_back(uint32_t(row));
    }
    for (const auto& rows : classes.rows) classes.presentCount += rows.empty() ? 0 : 1;
    if (classes.presentCount < 2)
        return Status::invalidArgument(
            trf("stratification needs at least two classes in the target; every row is class {}. "
                "Use an unstratified split or check the target column.",
                className(labels[0], names)));
    return classes;
}

// One warning per present class with fewer rows than folds: round-robin dealing puts such a
// class in as many folds as it has rows, so the other folds test without it.
void warnSmallClasses(const ClassRows& classes, int k, std::span<const std::string> names,
                      std::vector<std::string>* warnings)
{
    if (!warnings) return;
    for (size_t c = 0; c < classes.rows.size(); ++c) {
        const size_t have = classes.rows[c].size();
        if (have == 0 || have >= size_t(k)) continue;
        if (have == 1)
            warnings->push_back(
                trf("class {} has 1 row, fewer than the {} folds: it is tested in 1 of them, "
                    "whose training rows lack it",
                    className(int32_t(c), names), k));
        else
            warnings->push_back(trf("class {} has {} rows, fewer than the {} folds: it is tested in {} of them",
                                    className(int32_t(c), names), have, k, have));
    }
}

// Folds from each row's fold number; train and test come out ascending.
std::vector<Fold> foldsFromAssignment(const std::vector<uint32_t>& foldOf, int k)
{
    std::vector<size_t> sizes(size_t(k), 0);
    for (uint32_t f : foldOf) ++sizes[f];
    std::vector<Fold> folds(static_cast<size_t>(k));
    for (size_t f = 0; f < folds.size(); ++f) {
        folds[f].test.reserve(sizes[f]);
        folds[f].train.reserve(foldOf.size() - sizes[f]);
    }
    for (size_t row = 0; row < foldOf.size(); ++row) {
        for (size_t f = 0; f < folds.size(); ++f) {
            if (foldOf[row] == f)
                folds[f].test.push_back(uint32_t(row));
            else
                folds[f].train.push_back(uint32_t(row));
        }
    }
    return folds;
}

std::vector<Fold> kFoldUnchecked(size_t n, int k, bool shuffle, uint64_t seed)
{
    std::vector<uint32_t> order(n);
    std::iota(order.begin(), order.end(), 0u);
    if (shuffle) {
        std::mt19937_64 engine(seed);
        shuffleInPlace(order, engine);
    }
    std::vector<uint32_t> foldOf(n);
    const size_t base = n / size_t(k);
    const size_t extra = n % size_t(k);
    size_t position = 0;
    for (size_t f = 0; f < size_t(k); ++f) {
        const size_t size = base + (f < extra ? 1 : 0);
        for (size_t i = 0; i < size; ++i) foldOf[order[position++]] = uint32_t(f);
    }
    return foldsFromAssignment(foldOf, k);
}

// Each class's rows, shuffled, laid end to end and dealt round-robin: a class then occupies a
// contiguous run of positions, so every fold gets floor or ceil of its rows / k (a class of
// fewer than k rows one row in each of that many folds), and the whole run deals fold sizes
// that differ by at most one (as sklearn's StratifiedKFold).
std::vector<Fold> stratifiedKFoldUnchecked(ClassRows classes, size_t n, int k, uint64_t seed)
{
    std::mt19937_64 engine(seed);
    std::vector<uint32_t> foldOf(n);
    size_t position = 0;
    for (auto& rows : classes.rows) {
        shuffleInPlace(rows, engine);
        for (uint32_t row : rows) foldOf[row] = uint32_t(position++ % size_t(k));
    }
    return foldsFromAssignment(foldOf, k);
}

}  // namespace

Result<Fold> holdout(size_t n, double testFraction, uint64_t seed)
{
    Result<size_t> testCount = holdoutTestCount(n, testFraction);
    if (!testCount.isOk()) return testCount.status();
    std::vector<uint32_t> order(n);
    std::iota(order.begin(), order.end(), 0u);
    std::mt19937_64 engine(seed);
    shuffleInPlace(order, engine);
    Fold fold;
    fold.test.assign(order.begin(), order.begin() + std::ptrdiff_t(*testCount));
    fold.train.assign(order.begin() + std::ptrdiff_t(*testCount), order.end());
    std::sort(fold.test.begin(), fold.test.end());
    std::sort(fold.train.begin(), fold.train.end());
    return fold;
}

Result<Fold> stratifiedHoldout(std::span<const int32_t> labels, double testFraction, uint64_t seed,
                               std::span<const std::string> classNames, std::vector<std::string>* warnings)
{
    Result<ClassRows> grouped = groupByClass(labels, classNames);
    if (!grouped.isOk()) return grouped.status();
    ClassRows& classes = grouped.value();
    const size_t n = labels.size();
    Result<size_t> testCountResult = holdoutTestCount(n, testFraction);
    if (!testCountResult.isOk()) return testCountResult.status();
    const size_t testCount = *testCountResult;

    // Largest-remainder apportionment of testCount over classes, in exact integers. A class
    // may give at most all but one of its rows to the test set, so that training sees every
    // class (a class of one row stays in training). The floor never exceeds that cap, since
    // testCount < n; only the extra rows skip a class at its cap and go to the next remainder.
    const size_t classCount = classes.rows.size();
    std::vector<size_t> quota(classCount), remainder(classCount), cap(classCount);
    size_t assigned = 0;
    for (size_t c = 0; c < classCount; ++c) {
        const size_t size = classes.rows[c].size();
        const uint64_t product = uint64_t(size) * testCount;
        quota[c] = size_t(product / n);
        remainder[c] = size_t(product % n);
        cap[c] = size == 0 ? 0 : size - 1;
        assigned += quota[c];
    }
    std::vector<size_t> byRemainder(classCount);
    std::iota(byRemainder.begin(), byRemainder.end(), size_t(0));
    std::stable_sort(byRemainder.begin(), byRemainder.end(),
                     [&](size_t a, size_t b) { return remainder[a] > remainder[b]; });
    for (size_t i = 0; i < classCount && assigned < testCount; ++i) {
        const size_t c = byRemainder[i];
        if (quota[c] < cap[c]) {
            ++quota[c];
            ++assigned;
        }
    }
    // Classes at their cap (tiny ones, or any small one at a large test fraction) can leave the
    // test set short: it then has fewer rows than asked, which beats a class the model never
    // sees in training, and giving another class more than the ceiling of its share would
    // skew the proportions.
    if (assigned == 0)
        return Status::invalidArgument(
            trf("a stratified holdout of these {} rows leaves the test set empty: every class is too small to "
                "give a test row and keep one for training. Use more data or an unstratified split.",
                n));
    if (warnings) {
        if (assigned < testCount)
            warnings->push_back(
                trf("the test set has {} rows, not the {} a test fraction of {} asks for: the "
                    "smallest classes keep a row each for training",
                    assigned, testCount, testFraction));
        for (size_t c = 0; c < classCount; ++c) {
            const size_t size = classes.rows[c].size();
            if (size == 0 || quota[c] > 0) continue;
            if (size == 1)
                warnings->push_back(
                    trf("class {} has 1 row, too few to be on both sides of the holdout: it is "
                        "used for training only",
                        className(int32_t(c), classNames)));
            else
                warnings->push_back(
                    trf("class {} has {} rows, too few for a test row at a test fraction of {}: "
                        "all of them are used for training",
                        className(int32_t(c), classNames), size, testFraction));
        }
    }

    std::mt19937_64 engine(seed);
    Fold fold;
    fold.test.reserve(assigned);
    fold.train.reserve(n - assigned);
    for (size_t c = 0; c < classCount; ++c) {
        auto& rows = classes.rows[c];
        shuffleInPlace(rows, engine);
        fold.test.insert(fold.test.end(), rows.begin(), rows.begin() + std::ptrdiff_t(quota[c]));
        fold.train.insert(fold.train.end(), rows.begin() + std::ptrdiff_t(quota[c]), rows.end());
    }
    std::sort(fold.test.begin(), fold.test.end());
    std::sort(fold.train.begin(), fold.train.end());
    return fold;
}

Result<std::vector<Fold>> kFold(size_t n, int k, bool shuffle, uint64_t seed)
{
    MLWB_RETURN_IF_ERROR(checkFoldCount(n, k));
    MLWB_RETURN_IF_ERROR(checkRowCount(n));
    return kFoldUnchecked(n, k, shuffle, seed);
}

Result<std::vector<Fold>> stratifiedKFold(std::span<const int32_t> labels, int k, uint64_t seed,
                                          std::span<const std::string> classNames, std::vector<std::string>* warnings)
{
    MLWB_RETURN_IF_ERROR(checkFoldCount(labels.size(), k));
    Result<ClassRows> classes = groupByClass(labels, classNames);
    if (!classes.isOk()) return classes.status();
    warnSmallClasses(*classes, k, classNames, warnings);
    return stratifiedKFoldUnchecked(std::move(classes.value()), labels.size(), k, seed);
}

Result<std::vector<Fold>> repeatedKFold(size_t n, int k, int repeats, uint64_t seed)
{
    MLWB_RETURN_IF_ERROR(checkFoldCount(n, k));
    MLWB_RETURN_IF_ERROR(checkRowCount(n));
    MLWB_RETURN_IF_ERROR(checkRepeats(repeats));
    std::vector<Fold> all;
    all.reserve(size_t(k) * size_t(repeats));
    for (int r = 0; r < repeats; ++r) {
        std::vector<Fold> round = kFoldUnchecked(n, k, true, deriveSeed(seed, uint64_t(r)));
        std::move(round.begin(), round.end(), std::back_inserter(all));
    }
    return all;
}

Result<std::vector<Fold>> repeatedKFold(std::span<const int32_t> labels, int k, int repeats, uint64_t seed,
                                        bool stratified, std::span<const std::string> classNames,
                                        std::vector<std::string>* warnings)
{
    if (!stratified) return repeatedKFold(labels.size(), k, repeats, seed);
    MLWB_RETURN_IF_ERROR(checkFoldCount(labels.size(), k));
    MLWB_RETURN_IF_ERROR(checkRepeats(repeats));
    Result<ClassRows> classes = groupByClass(labels, classNames);
    if (!classes.isOk()) return classes.status();
    warnSmallClasses(*classes, k, classNames, warnings);
    std::vector<Fold> all;
    all.reserve(size_t(k) * size_t(repeats));
    for (int r = 0; r < repeats; ++r) {
        std::vector<Fold> round = stratifiedKFoldUnchecked(*classes, labels.size(), k, deriveSeed(seed, uint64_t(r)));
        std::move(round.begin(), round.end(), std::back_inserter(all));
    }
    return all;
}

}  // namespace mlwb::core
