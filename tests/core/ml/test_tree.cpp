// Tests of the "tree" kind (CART on binned features): the same trees as scikit-learn 1.2's
// DecisionTreeClassifier/Regressor on small data, depth/leaf/leaf-size limits, a native
// categorical split, learned and default sides for missing values, feature importances,
// and bad parameters refused with a message naming the parameter.
#include "cart_sklearn_data.h"
#include "core/ml/registry.h"
#include "core/ml/trees/forest_model.h"
#include "ml_test_support.h"

#include <QTest>

#include <algorithm>
#include <numeric>
#include <random>

using namespace mlwb::core;
using namespace mlwb::core::ml;
using namespace mlwb::core::ml::testing;
using trees::ForestModel;

namespace {

Result<std::unique_ptr<Model>> trainKind(const std::string& kind, const Matrix& X, const Vector& y,
                                         const TargetInfo& target, const std::vector<std::string>& params)
{
    JobContext ctx;
    return ModelRegistry::instance().train(kind, X, y, target, params, 1, ctx);
}

const ForestModel& forest(const std::unique_ptr<Model>& model)
{
    return dynamic_cast<const ForestModel&>(*model);
}

// Noisy three-class data with four numeric features, big enough for every limit to bind.
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

double accuracy(const Vector& predicted, const Vector& truth)
{
    return (predicted.array() == truth.array()).cast<double>().mean();
}

}  // namespace

class TestTree : public QObject {
    Q_OBJECT

private slots:
    void classifierMatchesSklearn_data();
    void classifierMatchesSklearn();
    void regressorMatchesSklearn_data();
    void regressorMatchesSklearn();
    void fullDepthTreeFitsTrainingRows();
    void limitsAreRespected_data();
    void limitsAreRespected();
    void categoricalSplitInOneNode();
    void missingnessIsLearned();
    void missingAtPredictionFollowsLargerChild_data();
    void missingAtPredictionFollowsLargerChild();
    void featureImportancesRankInformativeFirst();
    void sixtyFourClassesAreSupported();
    void rejectsBadParameters_data();
    void rejectsBadParameters();
};

void TestTree::classifierMatchesSklearn_data()
{
    QTest::addColumn<QStringList>("params");
    QTest::addColumn<std::vector<double>>("proba");
    QTest::addColumn<int>("depth");
    QTest::addColumn<int>("leaves");

    // DecisionTreeClassifier(**kw).fit(X, y).predict_proba(Q), .get_depth(), .get_n_leaves()
    constexpr double a = 0.06666666666666667, b = 0.9333333333333333;
    QTest::newRow("gini, max_depth=3") << QStringList{"max_depth=3"}
                                       << std::vector<double>{a, b, 0, 1, 0, 0, 1, 0, 0, a, b, 0, a, b, 0, 1, 0, 0,
                                                              a, b, 0, 0, 0, 1, 0, 0, 1, 1, 0, 0, a, b, 0, 0, 1, 0}
                                       << 3 << 7;
    // Entropy grows a different tree on the same rows (the 0.6 / 0.4 leaf).
    QTest::newRow("entropy, max_depth=3")
        << QStringList{"criterion=entropy", "max_depth=3"}
        << std::vector<double>{0,   1,   0, 1, 0, 0, 1, 0, 0, 0, 1, 0, 0.6, 0.4, 0, 1, 0, 0,
                               0.6, 0.4, 0, 0, 1, 0, 0, 0, 1, 1, 0, 0, 0,   1,   0, 0, 1, 0}
        << 3 << 6;
    QTest::newRow("max_leaf_nodes=5 (best first)")
        << QStringList{"max_leaf_nodes=5"}
        << std::vector<double>{0.125, 0.875, 0, b, a, 0, b, a, 0, 0.125, 0.875, 0, 0.125, 0.875, 0, b, a, 0,
                               0.125, 0.875, 0, 0, 0, 1, 0, 0, 1, b,     a,     0, 0.125, 0.875, 0, 0, 1, 0}
        << 3 << 5;
    constexpr double s = 0.14285714285714285, t = 0.8571428571428571, u = 0.5714285714285714, v = 0.42857142857142855;
    QTest::newRow("min_samples_leaf=5") << QStringList{"min_samples_leaf=5"}
                                        << std::vector<double>{0,   1,   0, 1, 0, 0, 1,   0,   0, 0.4, 0.6, 0,
                                                               0.4, 0.6, 0, 1, 0, 0, 0.4, 0.6, 0, 0,   s,   t,
                                                               0,   s,   t, u, v, 0, 0.4, 0.6, 0, u,   v,   0}
                                        << 3 << 5;
}

void TestTree::classifierMatchesSklearn()
{
    QFETCH(QStringList, params);
    QFETCH(std::vector<double>, proba);
    QFETCH(int, depth);
    QFETCH(int, leaves);
    std::vector<std::string> assignments;
    for (const QString& p : params) assignments.push_back(p.toStdString());
    auto model = trainKind("tree", rowMajor(kX, 3), vec(kY), {Task::Classification, 3, {}}, assignments);
    QVERIFY2(model.isOk(), model.status().message().c_str());
    const auto& tree = forest(*model).trees().front();
    QCOMPARE(tree.depth(), depth);
    QCOMPARE(int(tree.leafCount()), leaves);
    auto p = (*model)->predictProba(rowMajor(kQ, 3));
    QVERIFY(p.isOk());
    for (Eigen::Index i = 0; i < 12; ++i)
        for (Eigen::Index k = 0; k < 3; ++k) MLWB_COMPARE_NEAR((*p)(i, k), proba[size_t(i * 3 + k)], 1e-12);
}

void TestTree::regressorMatchesSklearn_data()
{
    QTest::addColumn<QStringList>("params");
    QTest::addColumn<std::vector<double>>("predicted");
    QTest::addColumn<int>("depth");
    QTest::addColumn<int>("leaves");

    // DecisionTreeRegressor(**kw).fit(X, yr).predict(Q), .get_depth(), .get_n_leaves()
    QTest::newRow("max_depth=3") << QStringList{"max_depth=3"}
                                 << std::vector<double>{3.9932,   -4.9283, -4.9283,  -4.9283, -2.57,  -4.9283,
                                                        -1.35825, -4.9283, -1.35825, -4.9283, 3.9932, -8.8265}
                                 << 3 << 8;  // Q[4] lies between a node's neighbouring values
    QTest::newRow("max_leaf_nodes=6")
        << QStringList{"max_leaf_nodes=6"}
        << std::vector<double>{2.8993333333333333, -4.9283, -4.9283,  -4.9283, 2.8993333333333333, -4.9283,
                               -1.35825,           -4.9283, -1.35825, -4.9283, 2.8993333333333333, -8.8265}
        << 3 << 6;
    QTest::newRow("min_samples_leaf=4") << QStringList{"min_samples_leaf=4"}
                                        << std::vector<double>{2.8993333333333333,
                                                               -4.257,
                                                               -4.257,
                                                               -4.257,
                                                               2.8993333333333333,
                                                               -5.4835,
                                                               -4.59725,
                                                               -4.257,
                                                               0.011428571428571446,
                                                               -5.4835,
                                                               2.8993333333333333,
                                                               -8.8265}
                                        << 4 << 8;  // Q[5] and Q[8] lie between a node's neighbouring values
}

void TestTree::regressorMatchesSklearn()
{
    QFETCH(QStringList, params);
    QFETCH(std::vector<double>, predicted);
    QFETCH(int, depth);
    QFETCH(int, leaves);
    std::vector<std::string> assignments;
    for (const QString& p : params) assignments.push_back(p.toStdString());
    auto model = trainKind("tree", rowMajor(kX, 3), vec(kYr), {Task::Regression, 0, {}}, assignments);
    QVERIFY2(model.isOk(), model.status().message().c_str());
    const auto& tree = forest(*model).trees().front();
    QCOMPARE(tree.depth(), depth);
    QCOMPARE(int(tree.leafCount()), leaves);
    auto p = (*model)->predict(rowMajor(kQ, 3));
    QVERIFY(p.isOk());
    // Same tree shape and the same prediction for every query, those that fall between a
    // node's neighbouring training values included: like sklearn, a node's threshold lies
    // midway between the node's own neighbours, not at the column's next bin edge.
    for (Eigen::Index i = 0; i < 12; ++i) MLWB_COMPARE_NEAR((*p)[i], predicted[size_t(i)], 1e-9);
    QCOMPARE((*model)->predictProba(rowMajor(kQ, 3)).status().code(), ErrorCode::Unsupported);
}

void TestTree::fullDepthTreeFitsTrainingRows()
{
    // Unlimited, the tree splits until every leaf is pure; sklearn's has depth 5 and 10
    // leaves too (it breaks one tie between features at random, so only the shape is compared).
    auto model = trainKind("tree", rowMajor(kX, 3), vec(kY), {Task::Classification, 3, {}}, {});
    QVERIFY(model.isOk());
    const auto& tree = forest(*model).trees().front();
    QCOMPARE(tree.depth(), 5);
    QCOMPARE(int(tree.leafCount()), 10);
    QCOMPARE(accuracy(*(*model)->predict(rowMajor(kX, 3)), vec(kY)), 1.0);
}

void TestTree::limitsAreRespected_data()
{
    QTest::addColumn<QString>("param");
    QTest::addColumn<int>("value");
    QTest::newRow("max_depth=1") << "max_depth" << 1;
    QTest::newRow("max_depth=2") << "max_depth" << 2;
    QTest::newRow("max_depth=5") << "max_depth" << 5;
    QTest::newRow("min_samples_leaf=7") << "min_samples_leaf" << 7;
    QTest::newRow("min_samples_leaf=40") << "min_samples_leaf" << 40;
    QTest::newRow("max_leaf_nodes=2") << "max_leaf_nodes" << 2;
    QTest::newRow("max_leaf_nodes=9") << "max_leaf_nodes" << 9;
    QTest::newRow("max_leaf_nodes=40") << "max_leaf_nodes" << 40;
}

void TestTree::limitsAreRespected()
{
    QFETCH(QString, param);
    QFETCH(int, value);
    Matrix X;
    Vector y;
    noisyData(X, y);
    for (Task task : {Task::Classification, Task::Regression}) {
        const TargetInfo target{task, task == Task::Classification ? 3 : 0, {}};
        auto model = trainKind("tree", X, y, target, {param.toStdString() + "=" + std::to_string(value)});
        QVERIFY2(model.isOk(), model.status().message().c_str());
        const auto& tree = forest(*model).trees().front();
        // The data is noisy enough that each limit binds exactly.
        if (param == "max_depth") QCOMPARE(tree.depth(), value);
        if (param == "max_leaf_nodes") QCOMPARE(int(tree.leafCount()), value);
        if (param == "min_samples_leaf") {
            double smallest = 1e300;
            for (const auto& node : tree.nodes())
                if (node.isLeaf()) smallest = std::min(smallest, node.cover);
            QVERIFY2(smallest >= value, qPrintable(QString::number(smallest)));
            QVERIFY(smallest < 2 * value);  // and it is the limit that stopped the splitting
        }
    }
}

void TestTree::categoricalSplitInOneNode()
{
    // Category codes a=0, b=1, c=2, d=3; the class is 1 for {a, c} and 0 for {b, d}. A native
    // categorical split separates them in one node; one-hot columns would need two splits.
    Matrix X(80, 2);
    Vector y(80);
    std::mt19937_64 rng(9);
    std::uniform_real_distribution<double> noise(0, 1);
    for (Eigen::Index i = 0; i < 80; ++i) {
        X(i, 0) = double(i % 4);
        X(i, 1) = noise(rng);
        y[i] = (i % 4 == 0 || i % 4 == 2) ? 1 : 0;
    }
    TargetInfo target{Task::Classification, 2, {4, 0}};
    auto model = trainKind("tree", X, y, target, {"max_depth=1"});
    QVERIFY2(model.isOk(), model.status().message().c_str());
    const auto& tree = forest(*model).trees().front();
    QCOMPARE(int(tree.leafCount()), 2);
    const auto& root = tree.nodes().front();
    QCOMPARE(root.feature, 0);
    QVERIFY(root.categorical);
    QCOMPARE(accuracy(*(*model)->predict(X), y), 1.0);
    // Categories go by membership, not order: a and c on one side, b and d on the other.
    const bool aLeft = tree.categoryGoesLeft(root, 0);
    QCOMPARE(tree.categoryGoesLeft(root, 2), aLeft);
    QCOMPARE(tree.categoryGoesLeft(root, 1), !aLeft);
    QCOMPARE(tree.categoryGoesLeft(root, 3), !aLeft);

    // The same codes as a plain number cannot be separated by one threshold.
    auto numeric = trainKind("tree", X, y, {Task::Classification, 2, {}}, {"max_depth=1"});
    QVERIFY(numeric.isOk());
    QVERIFY(accuracy(*(*numeric)->predict(X), y) < 0.8);
}

void TestTree::missingnessIsLearned()
{
    // Feature 0 is missing exactly for the class-1 rows; its present values and feature 1
    // say nothing about the class. Rows with a gap must be sent to the class-1 side.
    for (bool categorical : {false, true}) {
        Matrix X(90, 2);
        Vector y(90);
        std::mt19937_64 rng(4);
        std::uniform_real_distribution<double> uniform(0, 1);
        for (Eigen::Index i = 0; i < 90; ++i) {
            const bool positive = i % 3 == 0;
            X(i, 0) = positive ? kNaN : categorical ? double(i % 5) : uniform(rng);
            X(i, 1) = uniform(rng);
            y[i] = positive ? 1 : 0;
        }
        TargetInfo target{Task::Classification, 2, {categorical ? 5 : 0, 0}};
        auto model = trainKind("tree", X, y, target, {"max_depth=1"});
        QVERIFY2(model.isOk(), model.status().message().c_str());
        QCOMPARE(forest(*model).trees().front().nodes().front().feature, 0);
        QCOMPARE(accuracy(*(*model)->predict(X), y), 1.0);
        const Matrix Q = rowMajor({kNaN, 0.5, 1, 0.5, kNaN, 0.9}, 2);
        QCOMPARE(*(*model)->predict(Q), vec({1, 0, 1}));
    }
}

void TestTree::missingAtPredictionFollowsLargerChild_data()
{
    QTest::addColumn<double>("cut");
    QTest::addColumn<double>("expected");
    // y = (x > cut) with x uniform on [0, 1): cut 0.7 leaves most rows on the low (class 0)
    // side, cut 0.3 on the high (class 1) side.
    QTest::newRow("larger side is class 0") << 0.7 << 0.0;
    QTest::newRow("larger side is class 1") << 0.3 << 1.0;
}

void TestTree::missingAtPredictionFollowsLargerChild()
{
    QFETCH(double, cut);
    QFETCH(double, expected);
    Matrix X(200, 1);
    Vector y(200);
    for (Eigen::Index i = 0; i < 200; ++i) {
        X(i, 0) = (double(i) + 0.5) / 200;
        y[i] = X(i, 0) > cut ? 1 : 0;
    }
    for (const char* kind : {"tree", "random_forest"}) {
        auto model = trainKind(kind, X, y, {Task::Classification, 2, {}}, {"max_depth=1"});
        QVERIFY2(model.isOk(), model.status().message().c_str());
        QCOMPARE((*(*model)->predict(rowMajor({kNaN}, 1)))[0], expected);
    }
    auto regression = trainKind("tree", X, y, {Task::Regression, 0, {}}, {"max_depth=1"});
    QVERIFY(regression.isOk());
    QCOMPARE((*(*regression)->predict(rowMajor({kNaN}, 1)))[0], expected);
}

void TestTree::featureImportancesRankInformativeFirst()
{
    // y follows feature 2 closely and feature 0 weakly; feature 1 is noise.
    Matrix X(400, 3);
    Vector y(400);
    std::mt19937_64 rng(21);
    std::normal_distribution<double> normal;
    for (Eigen::Index i = 0; i < 400; ++i) {
        for (Eigen::Index j = 0; j < 3; ++j) X(i, j) = normal(rng);
        y[i] = 3 * X(i, 2) + 0.7 * X(i, 0) + 0.3 * normal(rng);
    }
    for (const char* kind : {"tree", "random_forest"}) {
        auto model = trainKind(kind, X, y, {Task::Regression, 0, {}}, {"max_depth=6"});
        QVERIFY(model.isOk());
        const std::vector<double> importance = forest(*model).featureImportances();
        QCOMPARE(importance.size(), size_t(3));
        MLWB_COMPARE_NEAR(std::accumulate(importance.begin(), importance.end(), 0.0), 1.0, 1e-12);
        for (double v : importance) QVERIFY(v >= 0);
        QVERIFY2(importance[2] > 0.7, qPrintable(QString::number(importance[2])));
        QVERIFY(importance[0] > importance[1]);
    }
}

void TestTree::sixtyFourClassesAreSupported()
{
    // 64 classes fill the grower's fixed per-row channels exactly (one more is refused below).
    Matrix X(256, 1);
    Vector y(256);
    for (Eigen::Index i = 0; i < 256; ++i) {
        X(i, 0) = double(i);
        y[i] = double(i / 4);
    }
    for (const char* criterion : {"criterion=gini", "criterion=entropy"}) {
        auto model = trainKind("tree", X, y, {Task::Classification, 64, {}}, {criterion});
        QVERIFY2(model.isOk(), model.status().message().c_str());
        QCOMPARE(accuracy(*(*model)->predict(X), y), 1.0);
        QCOMPARE(int(forest(*model).trees().front().leafCount()), 64);
    }
}

void TestTree::rejectsBadParameters_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("classification");
    QTest::addColumn<int>("classes");
    QTest::addColumn<QString>("param");
    QTest::addColumn<QString>("message");

    QTest::newRow("squared_error for classes")
        << "tree" << true << 2 << "criterion=squared_error"
        << "parameter \"criterion\": squared_error is for regression; use gini or entropy for the classification "
           "target, or auto";
    QTest::newRow("entropy for regression")
        << "tree" << false << 0 << "criterion=entropy"
        << "parameter \"criterion\": entropy is for classification; use squared_error for the regression target, or "
           "auto";
    QTest::newRow("one leaf") << "tree" << true << 2 << "max_leaf_nodes=1"
                              << "parameter \"max_leaf_nodes\": a tree needs at least 2 leaves (or 0 for no limit)";
    QTest::newRow("one leaf, forest")
        << "random_forest" << false << 0 << "max_leaf_nodes=1"
        << "parameter \"max_leaf_nodes\": a tree needs at least 2 leaves (or 0 for no limit)";
    QTest::newRow("65 classes") << "tree" << true << 65 << ""
                                << "model \"tree\": the target has 65 classes; trees support at most 64";
    QTest::newRow("65 classes, forest") << "random_forest" << true << 65 << ""
                                        << "model \"random_forest\": the target has 65 classes; trees support at "
                                           "most 64";
    QTest::newRow("max_bins below 2") << "tree" << true << 2 << "max_bins=1"
                                      << "max_bins";
    QTest::newRow("unknown criterion") << "tree" << true << 2 << "criterion=mse"
                                       << "criterion";
    QTest::newRow("negative ccp_alpha") << "tree" << true << 2 << "ccp_alpha=-1"
                                        << "parameter \"ccp_alpha\": -1 is below the minimum 0";
    QTest::newRow("ccp_alpha not a number") << "tree" << false << 0 << "ccp_alpha=abc"
                                            << "parameter \"ccp_alpha\": \"abc\" is not a number";
    QTest::newRow("negative ccp_alpha, forest") << "random_forest" << true << 2 << "ccp_alpha=-1"
                                                << "parameter \"ccp_alpha\": -1 is below the minimum 0";
    QTest::newRow("ccp_alpha not a number, forest") << "random_forest" << false << 0 << "ccp_alpha=abc"
                                                    << "parameter \"ccp_alpha\": \"abc\" is not a number";
}

void TestTree::rejectsBadParameters()
{
    QFETCH(QString, kind);
    QFETCH(bool, classification);
    QFETCH(int, classes);
    QFETCH(QString, param);
    QFETCH(QString, message);
    Matrix X(130, 2);
    Vector y(130);
    for (Eigen::Index i = 0; i < 130; ++i) {
        X(i, 0) = double(i);
        X(i, 1) = double(i % 7);
        y[i] = classification ? double(i % std::max(classes, 2)) : 0.5 * double(i);
    }
    const TargetInfo target{classification ? Task::Classification : Task::Regression, classes, {}};
    std::vector<std::string> params;
    if (!param.isEmpty()) params.push_back(param.toStdString());
    auto model = trainKind(kind.toStdString(), X, y, target, params);
    QVERIFY(!model.isOk());
    QCOMPARE(model.status().code(), ErrorCode::InvalidArgument);
    const QString actual = QString::fromStdString(model.status().message());
    QVERIFY2(actual.contains(message), qPrintable(actual));
}

QTEST_GUILESS_MAIN(TestTree)
#include "test_tree.moc"
