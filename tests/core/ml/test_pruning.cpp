// Minimal cost-complexity pruning (ccp_alpha) of the tree and random_forest kinds: the same
// pruned trees, predictions, feature importances and pruning path as scikit-learn 1.2's,
// each bootstrapped forest tree pruned to the smallest subtree of least cost-complexity on
// its own draws, the whole tree at alpha 0 and a single leaf at a huge alpha.
#include "cart_sklearn_data.h"
#include "core/ml/registry.h"
#include "core/ml/trees/forest_model.h"
#include "core/ml/trees/pruning.h"
#include "ml_test_support.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace mlwb::core;
using namespace mlwb::core::ml;
using namespace mlwb::core::ml::testing;
using trees::ForestModel;
using trees::Tree;

namespace {

Result<std::unique_ptr<Model>> trainKind(const std::string& kind, const Matrix& X, const Vector& y,
                                         const TargetInfo& target, const std::vector<std::string>& params,
                                         uint64_t seed = 1)
{
    JobContext ctx;
    return ModelRegistry::instance().train(kind, X, y, target, params, seed, ctx);
}

const ForestModel& forest(const std::unique_ptr<Model>& model)
{
    return dynamic_cast<const ForestModel&>(*model);
}

std::vector<std::string> strings(const QStringList& list)
{
    std::vector<std::string> out;
    for (const QString& item : list) out.push_back(item.toStdString());
    return out;
}

// Settings under which a forest's trees are all the plain CART tree: every row once, every
// feature at every split.
const std::vector<std::string> kSameTrees = {"n_estimators=3", "bootstrap=false", "max_features=all"};

std::vector<std::string> plus(std::vector<std::string> a, const std::vector<std::string>& b)
{
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

// Noisy three-class data with four numeric features: unpruned trees fit the noise.
void noisyData(Matrix& X, Vector& y)
{
    std::mt19937_64 rng(3);
    std::normal_distribution<double> normal;
    X.resize(600, 4);
    y.resize(600);
    for (Eigen::Index i = 0; i < X.rows(); ++i) {
        for (Eigen::Index j = 0; j < 4; ++j) X(i, j) = normal(rng);
        const double score = X(i, 0) + 0.5 * X(i, 1) * X(i, 2) + normal(rng);
        y[i] = score < -0.5 ? 0 : score < 0.5 ? 1 : 2;
    }
}

// R(t): the node's share of the root's weight times its impurity (gini, or entropy in bits),
// from the class shares it predicts: independent of the split gains pruning works from.
double weightedImpurity(const Tree& tree, int32_t node, bool entropy)
{
    const double* shares = tree.value(node);
    double impurity = entropy ? 0.0 : 1.0;
    for (int k = 0; k < tree.valueWidth(); ++k) {
        const double p = shares[k];
        if (entropy)
            impurity -= p > 0 ? p * std::log2(p) : 0.0;
        else
            impurity -= p * p;
    }
    return tree.nodes()[size_t(node)].cover / tree.nodes().front().cover * impurity;
}

// The smallest subtree minimizing R(its leaves) + alpha x (its leaves), bottom up: a node
// becomes a leaf when R(t) + alpha is at most the best its children can do (Breiman et al.:
// weakest-link pruning gives exactly this subtree).
struct Optimum {
    std::vector<char> leafAt;
    size_t leaves = 0;
    double cost = 0;
};

Optimum optimalSubtree(const Tree& tree, double alpha, bool entropy)
{
    const auto& nodes = tree.nodes();
    Optimum best;
    best.leafAt.assign(nodes.size(), 0);
    std::vector<double> cost(nodes.size());
    std::vector<size_t> leaves(nodes.size());
    for (size_t i = nodes.size(); i-- > 0;) {  // children come after their parent
        const double asLeaf = weightedImpurity(tree, int32_t(i), entropy) + alpha;
        if (nodes[i].isLeaf()) {
            cost[i] = asLeaf;
            leaves[i] = 1;
            continue;
        }
        const auto l = size_t(nodes[i].left), r = size_t(nodes[i].right);
        if (asLeaf <= cost[l] + cost[r]) {
            cost[i] = asLeaf;
            leaves[i] = 1;
            best.leafAt[i] = 1;
        } else {
            cost[i] = cost[l] + cost[r];
            leaves[i] = leaves[l] + leaves[r];
        }
    }
    best.leaves = leaves[0];
    best.cost = cost[0];
    return best;
}

// The value a row reaches when the flagged nodes are leaves (numeric splits only).
const double* valueWithLeavesAt(const Tree& tree, const std::vector<char>& leafAt, const Matrix& X, Eigen::Index row)
{
    int32_t at = 0;
    while (true) {
        const auto& node = tree.nodes()[size_t(at)];
        if (node.isLeaf() || leafAt[size_t(at)]) return tree.value(at);
        const double v = X(row, node.feature);
        at = (std::isnan(v) ? node.missingLeft : v <= node.threshold) ? node.left : node.right;
    }
}

}  // namespace

class TestPruning : public QObject {
    Q_OBJECT

private slots:
    void classifierMatchesSklearn_data();
    void classifierMatchesSklearn();
    void regressorMatchesSklearn_data();
    void regressorMatchesSklearn();
    void pathMatchesSklearn_data();
    void pathMatchesSklearn();
    void zeroAlphaKeepsTheWholeTree();
    void hugeAlphaLeavesOneLeaf_data();
    void hugeAlphaLeavesOneLeaf();
    void forestTreesArePrunedOnTheirDraws_data();
    void forestTreesArePrunedOnTheirDraws();
    void categorySplitsSurvivePruning();
};

void TestPruning::classifierMatchesSklearn_data()
{
    QTest::addColumn<QStringList>("params");
    QTest::addColumn<int>("leaves");
    QTest::addColumn<int>("depth");
    QTest::addColumn<std::vector<double>>("proba");
    QTest::addColumn<std::vector<double>>("importances");

    // scikit-learn 1.2.1: DecisionTreeClassifier(ccp_alpha=..., **kw).fit(X, y): get_n_leaves(),
    // get_depth(), predict_proba(Q), feature_importances_; the same for random_state 0..19.
    // The alphas lie between the steps of the pruning path (see pathMatchesSklearn).
    constexpr double a15 = 0.06666666666666667, n15 = 0.9333333333333333;  // 1/15, 14/15
    constexpr double a7 = 0.14285714285714285, n7 = 0.8571428571428571;    // 1/7, 6/7
    constexpr double a17 = 0.17647058823529413, n17 = 0.8235294117647058;  // 3/17, 14/17
    QTest::newRow("gini, ccp_alpha=0.03")
        << QStringList{"ccp_alpha=0.03"} << 6 << 3
        << std::vector<double>{a15, n15, 0, n15, a15, 0, n15, a15, 0, a15, n15, 0, a15, n15, 0, n15, a15, 0,
                               a15, n15, 0, 0,   0,   1, 0,   0,   1, n15, a15, 0, a15, n15, 0, 0,   1,   0}
        << std::vector<double>{0.3920397440821029, 0.16042902784116836, 0.4475312280767286};
    QTest::newRow("gini, ccp_alpha=0.042")
        << QStringList{"ccp_alpha=0.042"} << 5 << 3
        << std::vector<double>{0.125, 0.875, 0, n15, a15, 0, n15, a15, 0, 0.125, 0.875, 0, 0.125, 0.875, 0, n15, a15, 0,
                               0.125, 0.875, 0, 0,   0,   1, 0,   0,   1, n15,   a15,   0, 0.125, 0.875, 0, 0,   1,   0}
        << std::vector<double>{0.42533254730571307, 0.08913097301312206, 0.48553647968116487};
    // Feature 1's only split is pruned away: its importance drops to 0.
    QTest::newRow("gini, ccp_alpha=0.05")
        << QStringList{"ccp_alpha=0.05"} << 4 << 2
        << std::vector<double>{0.125, 0.875, 0,  n15, a15, 0, n15,   a15,   0, 0.125, 0.875, 0,
                               0.125, 0.875, 0,  n15, a15, 0, 0.125, 0.875, 0, 0,     a7,    n7,
                               0,     a7,    n7, n15, a15, 0, 0.125, 0.875, 0, 0,     1,     0}
        << std::vector<double>{0.4669524758270658, 0.0, 0.5330475241729342};
    QTest::newRow("gini, ccp_alpha=0.1") << QStringList{"ccp_alpha=0.1"} << 3 << 2
                                         << std::vector<double>{0.125, 0.875, 0, n17,   a17,   0,  n17, a17, 0,
                                                                0.125, 0.875, 0, 0.125, 0.875, 0,  n17, a17, 0,
                                                                0.125, 0.875, 0, 0,     a7,    n7, 0,   a7,  n7,
                                                                n17,   a17,   0, 0.125, 0.875, 0,  n17, a17, 0}
                                         << std::vector<double>{0.5663429847703411, 0.0, 0.43365701522965894};
    constexpr double a = 0.08695652173913043, b = 0.6521739130434783, c = 0.2608695652173913;  // 2, 15, 6 of 23
    QTest::newRow("gini, ccp_alpha=0.18")
        << QStringList{"ccp_alpha=0.18"} << 2 << 1
        << std::vector<double>{a, b, c, n17, a17, 0, n17, a17, 0, a,   b,   c, a, b, c, n17, a17, 0,
                               a, b, c, a,   b,   c, a,   b,   c, n17, a17, 0, a, b, c, n17, a17, 0}
        << std::vector<double>{1.0, 0.0, 0.0};
    // Entropy (in bits, as scikit-learn measures it) prunes a different tree.
    QTest::newRow("entropy, ccp_alpha=0.1")
        << QStringList{"criterion=entropy", "ccp_alpha=0.1"} << 6 << 4
        << std::vector<double>{0, 1, 0, 1, 0,    0,    1, 0, 0, 0, 1, 0, 0, 1, 0, 1, 0,    0,
                               1, 0, 0, 0, 0.75, 0.25, 0, 0, 1, 1, 0, 0, 0, 1, 0, 0, 0.75, 0.25}
        << std::vector<double>{0.5293993372966485, 0.12432264371879011, 0.34627801898456145};
    constexpr double s = 0.16666666666666666, t = 0.8333333333333334;  // 1/6, 5/6
    constexpr double u = 0.3333333333333333, v = 0.6666666666666666;   // 1/3, 2/3
    QTest::newRow("entropy, ccp_alpha=0.18")
        << QStringList{"criterion=entropy", "ccp_alpha=0.18"} << 3 << 2
        << std::vector<double>{s, t, 0, 1, 0, 0, 1, 0, 0, s, t, 0, s, t, 0, 1, 0, 0,
                               s, t, 0, 0, u, v, 0, u, v, 1, 0, 0, s, t, 0, 0, u, v}
        << std::vector<double>{0.5027255311090221, 0.0, 0.4972744688909779};
}

void TestPruning::classifierMatchesSklearn()
{
    QFETCH(QStringList, params);
    QFETCH(int, leaves);
    QFETCH(int, depth);
    QFETCH(std::vector<double>, proba);
    QFETCH(std::vector<double>, importances);
    // The tree, and a forest of that same tree: each forest tree is pruned like the tree.
    for (const char* kind : {"tree", "random_forest"}) {
        const auto assignments = kind == std::string("tree") ? strings(params) : plus(kSameTrees, strings(params));
        auto model = trainKind(kind, rowMajor(kX, 3), vec(kY), {Task::Classification, 3, {}}, assignments);
        QVERIFY2(model.isOk(), model.status().message().c_str());
        for (const Tree& tree : forest(*model).trees()) {
            QCOMPARE(int(tree.leafCount()), leaves);
            QCOMPARE(tree.depth(), depth);
        }
        auto p = (*model)->predictProba(rowMajor(kQ, 3));
        QVERIFY(p.isOk());
        for (Eigen::Index i = 0; i < 12; ++i)
            for (Eigen::Index k = 0; k < 3; ++k) MLWB_COMPARE_NEAR((*p)(i, k), proba[size_t(i * 3 + k)], 1e-12);
        // Importances come from the splits left after pruning.
        const std::vector<double> importance = forest(*model).featureImportances();
        for (size_t f = 0; f < 3; ++f) MLWB_COMPARE_NEAR(importance[f], importances[f], 1e-12);
    }
}

void TestPruning::regressorMatchesSklearn_data()
{
    QTest::addColumn<QStringList>("params");
    QTest::addColumn<int>("leaves");
    QTest::addColumn<int>("depth");
    QTest::addColumn<std::vector<double>>("predicted");
    QTest::addColumn<std::vector<double>>("importances");

    // scikit-learn 1.2.1: DecisionTreeRegressor(ccp_alpha=...).fit(X, yr): get_n_leaves(),
    // get_depth(), predict(Q), feature_importances_; the same for random_state 0..19 (the
    // unpruned tree is not: it has ties between features in its small nodes).
    QTest::newRow("ccp_alpha=1") << QStringList{"ccp_alpha=1"} << 7 << 4
                                 << std::vector<double>{2.8993333333333333,   -4.928299999999999, -4.928299999999999,
                                                        -4.928299999999999,   2.8993333333333333, -4.928299999999999,
                                                        -0.17288888888888887, -4.928299999999999, -0.17288888888888887,
                                                        -4.928299999999999,   2.8993333333333333, -8.826500000000001}
                                 << std::vector<double>{0.7030748822687112, 0.29692511773128893, 0.0};
    constexpr double hi = -0.8171904761904762, lo = -7.132052631578948;
    QTest::newRow("ccp_alpha=5") << QStringList{"ccp_alpha=5"} << 2 << 1
                                 << std::vector<double>{hi, lo, lo, lo, hi, lo, hi, lo, hi, lo, hi, lo}
                                 << std::vector<double>{1.0, 0.0, 0.0};
}

void TestPruning::regressorMatchesSklearn()
{
    QFETCH(QStringList, params);
    QFETCH(int, leaves);
    QFETCH(int, depth);
    QFETCH(std::vector<double>, predicted);
    QFETCH(std::vector<double>, importances);
    for (const char* kind : {"tree", "random_forest"}) {
        const auto assignments = kind == std::string("tree") ? strings(params) : plus(kSameTrees, strings(params));
        auto model = trainKind(kind, rowMajor(kX, 3), vec(kYr), {Task::Regression, 0, {}}, assignments);
        QVERIFY2(model.isOk(), model.status().message().c_str());
        for (const Tree& tree : forest(*model).trees()) {
            QCOMPARE(int(tree.leafCount()), leaves);
            QCOMPARE(tree.depth(), depth);
        }
        auto p = (*model)->predict(rowMajor(kQ, 3));
        QVERIFY(p.isOk());
        for (Eigen::Index i = 0; i < 12; ++i) MLWB_COMPARE_NEAR((*p)[i], predicted[size_t(i)], 1e-9);
        const std::vector<double> importance = forest(*model).featureImportances();
        for (size_t f = 0; f < 3; ++f) MLWB_COMPARE_NEAR(importance[f], importances[f], 1e-9);
    }
}

void TestPruning::pathMatchesSklearn_data()
{
    QTest::addColumn<bool>("classification");
    QTest::addColumn<QStringList>("params");
    QTest::addColumn<std::vector<double>>("alphas");

    // scikit-learn 1.2.1: DecisionTreeClassifier/Regressor(**kw).cost_complexity_pruning_path(X, y)
    // .ccp_alphas, the same for random_state 0..19. Gini's first two steps collapse two nodes
    // of equal alpha one after the other.
    const std::vector<double> gini = {0.0,
                                      0.023333333333333338,
                                      0.023333333333333338,
                                      0.04083333333333332,
                                      0.042857142857142864,
                                      0.07686274509803921,
                                      0.15659937888198758,
                                      0.20451406649616366};
    const std::vector<double> entropy = {
        0.0, 0.08112781244591329, 0.12136882430683357, 0.12548875021634687, 0.17114126543492578, 0.47929540836306445};
    const std::vector<double> squared = {0.0,
                                         0.003808800000003032,
                                         0.08015415000000078,
                                         0.17311214083333337,
                                         0.1733437500000008,
                                         0.19124490666667315,
                                         0.5313441674999979,
                                         0.8974082133333341,
                                         1.2645728673611107,
                                         1.3410972037499995,
                                         1.4095558168421012,
                                         2.9006353376190495,
                                         9.944447582863408};
    QTest::newRow("gini") << true << QStringList{} << gini;
    QTest::newRow("entropy") << true << QStringList{"criterion=entropy"} << entropy;
    // Squared error; max_depth=4 because the unpruned regression tree has feature ties.
    QTest::newRow("squared_error, max_depth=4") << false << QStringList{"max_depth=4"} << squared;
}

void TestPruning::pathMatchesSklearn()
{
    QFETCH(bool, classification);
    QFETCH(QStringList, params);
    QFETCH(std::vector<double>, alphas);
    const TargetInfo target =
        classification ? TargetInfo{Task::Classification, 3, {}} : TargetInfo{Task::Regression, 0, {}};
    const Vector y = classification ? vec(kY) : vec(kYr);
    const bool entropy = params.contains("criterion=entropy");
    const auto criterion = entropy ? trees::Criterion::Entropy : trees::Criterion::Squared;
    auto model = trainKind("tree", rowMajor(kX, 3), y, target, strings(params));
    QVERIFY2(model.isOk(), model.status().message().c_str());
    const Tree& whole = forest(*model).trees().front();
    const auto path = trees::costComplexityPath(whole, criterion);
    QCOMPARE(path.size(), alphas.size());
    for (size_t k = 0; k < path.size(); ++k) MLWB_COMPARE_NEAR(path[k].alpha, alphas[k], 1e-12 + 1e-9 * alphas[k]);
    QCOMPARE(path.front().leaves, whole.leafCount());
    QCOMPARE(path.back().leaves, size_t(1));

    // ccp_alpha at a step's alpha prunes up to that step: the comparison is alpha <= ccp_alpha.
    for (size_t k = 1; k < path.size(); ++k) {
        size_t last = k;
        while (last + 1 < path.size() && path[last + 1].alpha == path[k].alpha) ++last;
        const std::string alpha = QString::number(path[k].alpha, 'g', 17).toStdString();
        auto pruned = trainKind("tree", rowMajor(kX, 3), y, target, plus(strings(params), {"ccp_alpha=" + alpha}));
        QVERIFY2(pruned.isOk(), pruned.status().message().c_str());
        QCOMPARE(forest(*pruned).trees().front().leafCount(), path[last].leaves);
    }
}

void TestPruning::zeroAlphaKeepsTheWholeTree()
{
    // sklearn's unpruned gini tree has 10 leaves and depth 5 (test_tree.cpp); the first step
    // of its pruning path is at alpha 0.0233, so 0.01 prunes nothing either.
    for (const char* alpha : {"ccp_alpha=0", "ccp_alpha=0.01"}) {
        auto model = trainKind("tree", rowMajor(kX, 3), vec(kY), {Task::Classification, 3, {}}, {alpha});
        QVERIFY2(model.isOk(), model.status().message().c_str());
        const Tree& tree = forest(*model).trees().front();
        QCOMPARE(int(tree.leafCount()), 10);
        QCOMPARE(tree.depth(), 5);
    }
    // ccp_alpha=0 is the default: the same forest, bit for bit, for either task.
    Matrix X;
    Vector y;
    noisyData(X, y);
    for (Task task : {Task::Classification, Task::Regression}) {
        const TargetInfo target{task, task == Task::Classification ? 3 : 0, {}};
        auto byDefault = trainKind("random_forest", X, y, target, {"n_estimators=5"}, 7);
        auto zero = trainKind("random_forest", X, y, target, {"n_estimators=5", "ccp_alpha=0"}, 7);
        auto pruned = trainKind("random_forest", X, y, target, {"n_estimators=5", "ccp_alpha=0.003"}, 7);
        QVERIFY(byDefault.isOk() && zero.isOk() && pruned.isOk());
        QCOMPARE(*(*zero)->predict(X), *(*byDefault)->predict(X));
        for (size_t t = 0; t < 5; ++t) {
            QCOMPARE(forest(*zero).trees()[t].nodes().size(), forest(*byDefault).trees()[t].nodes().size());
            // ... while a small alpha does prune these noisy trees (600 rows: a pure split of
            // a two-row node, gini or squared error, has alpha 1/600 or 0.5/600).
            QVERIFY(forest(*pruned).trees()[t].leafCount() < forest(*zero).trees()[t].leafCount());
        }
    }
}

void TestPruning::hugeAlphaLeavesOneLeaf_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("classification");
    QTest::newRow("tree, classification") << "tree" << true;
    QTest::newRow("tree, regression") << "tree" << false;
    QTest::newRow("random_forest, classification") << "random_forest" << true;
    QTest::newRow("random_forest, regression") << "random_forest" << false;
}

void TestPruning::hugeAlphaLeavesOneLeaf()
{
    QFETCH(QString, kind);
    QFETCH(bool, classification);
    const TargetInfo target =
        classification ? TargetInfo{Task::Classification, 3, {}} : TargetInfo{Task::Regression, 0, {}};
    const Vector y = classification ? vec(kY) : vec(kYr);
    auto model = trainKind(kind.toStdString(), rowMajor(kX, 3), y, target, {"ccp_alpha=1e9"});
    QVERIFY2(model.isOk(), model.status().message().c_str());
    for (const Tree& tree : forest(*model).trees()) QCOMPARE(int(tree.leafCount()), 1);
    for (double importance : forest(*model).featureImportances()) QCOMPARE(importance, 0.0);
    if (kind != "tree") return;  // a forest's roots hold their own draws' shares
    // The root's value: class shares 16/40, 18/40, 6/40, or the mean of yr.
    if (classification) {
        const Matrix p = *(*model)->predictProba(rowMajor(kQ, 3));
        for (Eigen::Index i = 0; i < p.rows(); ++i) {
            MLWB_COMPARE_NEAR(p(i, 0), 0.4, 1e-15);
            MLWB_COMPARE_NEAR(p(i, 1), 0.45, 1e-15);
            MLWB_COMPARE_NEAR(p(i, 2), 0.15, 1e-15);
        }
    } else {
        const Vector p = *(*model)->predict(rowMajor(kQ, 3));
        for (Eigen::Index i = 0; i < p.size(); ++i) MLWB_COMPARE_NEAR(p[i], y.mean(), 1e-12);
    }
}

void TestPruning::forestTreesArePrunedOnTheirDraws_data()
{
    QTest::addColumn<QString>("criterion");
    QTest::addColumn<double>("alpha");
    // Alphas no subtree meets exactly, where rounding would decide: 0.004 would be one, the
    // alpha of a (3, 2) node of the 600 draws split into pure leaves (2.4 / 600).
    QTest::newRow("gini") << "gini" << 0.00437;
    QTest::newRow("entropy") << "entropy" << 0.0123;
}

void TestPruning::forestTreesArePrunedOnTheirDraws()
{
    QFETCH(QString, criterion);
    QFETCH(double, alpha);
    const bool entropy = criterion == "entropy";
    Matrix X;
    Vector y;
    noisyData(X, y);
    const TargetInfo target{Task::Classification, 3, {}};
    const std::vector<std::string> common = {"n_estimators=6", "criterion=" + criterion.toStdString()};
    // The same seed draws the same rows, so the unpruned forest holds each tree before pruning.
    auto whole = trainKind("random_forest", X, y, target, common, 5);
    auto pruned = trainKind("random_forest", X, y, target,
                            plus(common, {"ccp_alpha=" + QString::number(alpha).toStdString()}), 5);
    QVERIFY(whole.isOk() && pruned.isOk());
    for (size_t t = 0; t < 6; ++t) {
        const Tree& before = forest(*whole).trees()[t];
        const Tree& after = forest(*pruned).trees()[t];
        // Impurities weighted by the tree's draws (600 of them, with repeats), against the
        // smallest subtree of least cost-complexity found bottom up.
        QCOMPARE(before.nodes().front().cover, 600.0);
        const Optimum optimum = optimalSubtree(before, alpha, entropy);
        QCOMPARE(after.leafCount(), optimum.leaves);
        QVERIFY2(after.leafCount() < before.leafCount() / 2,
                 qPrintable(QString("%1 of %2 leaves").arg(after.leafCount()).arg(before.leafCount())));
        double cost = 0;
        for (size_t i = 0; i < after.nodes().size(); ++i)
            if (after.nodes()[i].isLeaf()) cost += weightedImpurity(after, int32_t(i), entropy) + alpha;
        MLWB_COMPARE_NEAR(cost, optimum.cost, 1e-12);
        for (Eigen::Index row = 0; row < X.rows(); ++row) {
            const double* expected = valueWithLeavesAt(before, optimum.leafAt, X, row);
            const double* actual = after.value(after.leafOf(X, row));
            for (int k = 0; k < 3; ++k) QCOMPARE(actual[k], expected[k]);
        }
    }
}

void TestPruning::categorySplitsSurvivePruning()
{
    // Category codes a=0 .. d=3 with the class 1 for {a, c}, one label in ten flipped, and a
    // noise column: the unpruned tree chases the flips through the noise; pruned, the one
    // category split is what is left, and its category set still sends a and c one way.
    Matrix X(200, 2);
    Vector y(200);
    std::mt19937_64 rng(9);
    std::uniform_real_distribution<double> uniform(0, 1);
    for (Eigen::Index i = 0; i < 200; ++i) {
        X(i, 0) = double(i % 4);
        X(i, 1) = uniform(rng);
        y[i] = (i % 4 == 0 || i % 4 == 2) != (i % 10 == 3) ? 1 : 0;
    }
    const TargetInfo target{Task::Classification, 2, {4, 0}};
    auto whole = trainKind("tree", X, y, target, {});
    auto pruned = trainKind("tree", X, y, target, {"ccp_alpha=0.02"});
    QVERIFY(whole.isOk() && pruned.isOk());
    QVERIFY(forest(*whole).trees().front().leafCount() > 10);
    const Tree& tree = forest(*pruned).trees().front();
    QCOMPARE(int(tree.leafCount()), 2);
    QVERIFY(tree.nodes().front().categorical);
    const Vector predicted = *(*pruned)->predict(rowMajor({0, 0.5, 1, 0.5, 2, 0.5, 3, 0.5}, 2));
    QCOMPARE(predicted, vec({1, 0, 1, 0}));
}

QTEST_GUILESS_MAIN(TestPruning)
#include "test_pruning.moc"
