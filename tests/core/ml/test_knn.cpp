// Tests of the "knn" kind against scikit-learn 1.2's KNeighborsClassifier/Regressor on fixed
// data (uniform and distance weights, exact matches), tie-breaking by index, agreement with
// a naive search across block boundaries, identical output at any thread count, cancellation.
#include "core/ml/knn/knn_model.h"
#include "core/ml/registry.h"
#include "ml_test_support.h"
#include "support/thread_count_runs.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace mlwb::core;
using namespace mlwb::core::ml;
using namespace mlwb::core::ml::testing;

namespace {

// rs = np.random.RandomState(2); X = round(rs.randn(30, 2), 2);
// y = (X0 + 0.5 X1 + 0.5 randn > 0) + (X0 > 1); yr = round(3 X0 - X1 + 0.1 randn, 3);
// Q = round(rs.randn(5, 2), 2) with Q[4] = X[7] (an exact match).
const std::vector<double> kX = {-0.42, -0.06, -2.14, 1.64,  -1.79, -0.84, 0.5,   -1.25, -1.06, -0.91, 0.55, 2.29,
                                0.04,  -1.12, 0.54,  -0.6,  -0.02, 1.18,  -0.75, 0.01,  -0.88, -0.16, 0.26, -0.99,
                                -0.34, -0.24, -0.64, -1.19, -1.42, -0.15, -0.27, 2.23,  -2.43, 0.11,  0.37, 1.36,
                                0.5,   -0.84, 0.0,   0.54,  -0.31, 0.77,  -1.87, 1.73,  1.47,  -0.34, 0.61, 0.05,
                                -0.83, 0.09,  1.0,   -0.38, -0.38, -0.07, 0.43,  1.28,  -0.63, 0.51,  0.22, -1.86};
const std::vector<double> kY = {0, 0, 0, 1, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 0,
                                1, 0, 1, 1, 0, 0, 0, 2, 1, 0, 1, 1, 1, 0, 0};
const std::vector<double> kYr = {-1.162, -8.003, -4.51,  2.891,  -2.444, -0.536, 1.278,  2.198,  -1.123, -2.494,
                                 -2.364, 1.809,  -0.893, -0.687, -4.14,  -2.781, -7.216, -0.206, 2.268,  -0.598,
                                 -1.733, -7.396, 4.66,   1.721,  -2.608, 3.328,  -1.14,  -0.083, -2.145, 2.373};
const std::vector<double> kQ = {-1.02, 0.43, -0.32, 0.42, 0.8, 1.26, 0.75, -0.99, 0.54, -0.6};

Result<std::unique_ptr<Model>> train(Task task, const Vector& y, const std::vector<std::string>& params)
{
    JobContext ctx;
    return ModelRegistry::instance().train("knn", rowMajor(kX, 2), y, {task, task == Task::Classification ? 3 : 0},
                                           params, 5, ctx);
}

// Random data big enough for several query and training blocks.
void bigData(Matrix& X, Vector& y, Matrix& Q)
{
    std::mt19937_64 rng(42);
    std::normal_distribution<double> normal;
    X.resize(2500, 6);
    Q.resize(300, 6);
    y.resize(2500);
    for (Eigen::Index i = 0; i < X.size(); ++i) X.data()[i] = normal(rng);
    for (Eigen::Index i = 0; i < Q.size(); ++i) Q.data()[i] = normal(rng);
    for (Eigen::Index i = 0; i < y.size(); ++i) y[i] = X(i, 0) + X(i, 1) > 0 ? 1 : 0;
}

}  // namespace

class TestKnn : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void classifierMatchesSklearn_data();
    void classifierMatchesSklearn();
    void regressorMatchesSklearn_data();
    void regressorMatchesSklearn();
    void neighborsMatchSklearn();
    void tiesBreakByIndex();
    void matchesNaiveSearch();
    void sameAtAnyThreadCount();
    void cancelled();
    void rejectsBadInput();
};

// Child mode for sameAtAnyThreadCount: write the predicted probabilities and exit.
void TestKnn::initTestCase()
{
    const QByteArray dump = qgetenv("MLWB_TEST_KNN_DUMP");
    if (dump.isEmpty()) return;
    Matrix X, Q;
    Vector y;
    bigData(X, y, Q);
    JobContext ctx;
    KnnParams params;
    params.nNeighbors = 7;
    params.weights = KnnParams::Weights::Distance;
    auto model = trainKnn(X, y, {Task::Classification, 2}, params, ctx);
    auto neighbors = (*model)->kNeighbors(Q, ctx);
    QFile file(QString::fromLocal8Bit(dump));
    if (!file.open(QIODevice::WriteOnly)) std::exit(2);
    file.write(reinterpret_cast<const char*>(neighbors->distances.data()),
               qint64(neighbors->distances.size() * sizeof(double)));
    file.write(reinterpret_cast<const char*>(neighbors->indices.data()),
               qint64(neighbors->indices.size() * sizeof(Eigen::Index)));
    file.close();
    std::exit(0);
}

void TestKnn::classifierMatchesSklearn_data()
{
    QTest::addColumn<QString>("weights");
    QTest::addColumn<std::vector<double>>("proba");
    QTest::addColumn<std::vector<double>>("predicted");

    // KNeighborsClassifier(4).fit(X, y).predict_proba(Q) / .predict(Q); the last row's 2-2 tie
    // goes to the lower class in sklearn too.
    QTest::newRow("uniform") << "uniform"
                             << std::vector<double>{1, 0, 0, 1, 0, 0, 0, 1, 0, 0.25, 0.75, 0, 0.25, 0.75, 0}
                             << std::vector<double>{0, 0, 1, 1, 1};
    // KNeighborsClassifier(4, weights="distance"): the exact match of Q[4] takes all the weight.
    QTest::newRow("distance") << "distance"
                              << std::vector<double>{1, 0, 0, 1, 0, 0, 0, 1, 0, 0.21499403558021513, 0.7850059644197849,
                                                     0, 1, 0, 0}
                              << std::vector<double>{0, 0, 1, 1, 0};
}

void TestKnn::classifierMatchesSklearn()
{
    QFETCH(QString, weights);
    QFETCH(std::vector<double>, proba);
    QFETCH(std::vector<double>, predicted);
    auto model = train(Task::Classification, vec(kY), {"n_neighbors=4", "weights=" + weights.toStdString()});
    QVERIFY2(model.isOk(), model.status().message().c_str());
    const Matrix Q = rowMajor(kQ, 2);
    auto p = (*model)->predictProba(Q);
    QVERIFY(p.isOk());
    for (Eigen::Index i = 0; i < 5; ++i)
        for (Eigen::Index k = 0; k < 3; ++k) MLWB_COMPARE_NEAR((*p)(i, k), proba[size_t(i * 3 + k)], 1e-12);
    QCOMPARE(*(*model)->predict(Q), vec(predicted));
}

void TestKnn::regressorMatchesSklearn_data()
{
    QTest::addColumn<QString>("weights");
    QTest::addColumn<std::vector<double>>("predicted");
    // KNeighborsRegressor(3).fit(X, yr).predict(Q)
    QTest::newRow("uniform") << "uniform"
                             << std::vector<double>{-2.4156666666666666, -1.492, -0.4706666666666666,
                                                    2.4523333333333333, 2.0916666666666663};
    // KNeighborsRegressor(3, weights="distance"): the exact match returns its own target 2.198.
    QTest::newRow("distance") << "distance"
                              << std::vector<double>{-2.4115488966666763, -1.5027370353609388, -0.33243332536477305,
                                                     2.453483339434441, 2.198};
}

void TestKnn::regressorMatchesSklearn()
{
    QFETCH(QString, weights);
    QFETCH(std::vector<double>, predicted);
    auto model = train(Task::Regression, vec(kYr), {"n_neighbors=3", "weights=" + weights.toStdString()});
    QVERIFY2(model.isOk(), model.status().message().c_str());
    auto p = (*model)->predict(rowMajor(kQ, 2));
    QVERIFY(p.isOk());
    for (Eigen::Index i = 0; i < 5; ++i) MLWB_COMPARE_NEAR((*p)[i], predicted[size_t(i)], 1e-9);
    QCOMPARE((*model)->predictProba(rowMajor(kQ, 2)).status().code(), ErrorCode::Unsupported);
}

void TestKnn::neighborsMatchSklearn()
{
    JobContext ctx;
    KnnParams params;
    params.nNeighbors = 4;
    auto model = trainKnn(rowMajor(kX, 2), vec(kY), {Task::Classification, 3}, params, ctx);
    QVERIFY(model.isOk());
    auto neighbors = (*model)->kNeighbors(rowMajor(kQ, 2), ctx);
    QVERIFY(neighbors.isOk());
    // KNeighborsClassifier(4).fit(X, y).kneighbors(Q)
    const std::vector<Eigen::Index> indices = {24, 28, 9, 10, 28, 19, 20, 0, 27, 17, 8, 5, 18, 3, 7, 11, 7, 18, 11, 25};
    const std::vector<double> distances = {0.3894868418830089,
                                           0.3981205847478877,
                                           0.4992995093127971,
                                           0.6063827174318213,
                                           0.3228002478313795,
                                           0.34176014981270125,
                                           0.35014282800023194,
                                           0.4903060268852505,
                                           0.37054014627297815,
                                           0.44147480109288234,
                                           0.8238931969618393,
                                           1.0599056561788884,
                                           0.29154759474226505,
                                           0.3606937759374287,
                                           0.442944691807002,
                                           0.49,
                                           0.0,
                                           0.2433105012119288,
                                           0.4801041553663122,
                                           0.5099019513592784};
    for (Eigen::Index i = 0; i < 5; ++i) {
        for (Eigen::Index j = 0; j < 4; ++j) {
            QCOMPARE(neighbors->indices(i, j), indices[size_t(i * 4 + j)]);
            MLWB_COMPARE_NEAR(neighbors->distances(i, j), distances[size_t(i * 4 + j)], 1e-12);
        }
    }
}

void TestKnn::tiesBreakByIndex()
{
    // Four training points at distance 1 from the origin; the two of class 1 come last, so
    // n_neighbors=2 must pick rows 0 and 1 (class 0), whatever the order of evaluation.
    const Matrix X = rowMajor({1, 0, 0, 1, -1, 0, 0, -1, 5, 5}, 2);
    const Vector y = vec({0, 0, 1, 1, 1});
    JobContext ctx;
    KnnParams params;
    params.nNeighbors = 2;
    auto model = trainKnn(X, y, {Task::Classification, 2}, params, ctx);
    QVERIFY(model.isOk());
    auto neighbors = (*model)->kNeighbors(rowMajor({0, 0}, 2), ctx);
    QCOMPARE(neighbors->indices(0, 0), Eigen::Index(0));
    QCOMPARE(neighbors->indices(0, 1), Eigen::Index(1));
    QCOMPARE((*(*model)->predict(rowMajor({0, 0}, 2)))[0], 0.0);
}

void TestKnn::matchesNaiveSearch()
{
    Matrix X, Q;
    Vector y;
    bigData(X, y, Q);
    JobContext ctx;
    KnnParams params;
    params.nNeighbors = 9;
    auto model = trainKnn(X, y, {Task::Classification, 2}, params, ctx);
    QVERIFY(model.isOk());
    auto neighbors = (*model)->kNeighbors(Q, ctx);
    QVERIFY(neighbors.isOk());
    for (Eigen::Index q = 0; q < Q.rows(); ++q) {
        std::vector<std::pair<double, Eigen::Index>> all;
        for (Eigen::Index i = 0; i < X.rows(); ++i) all.emplace_back((X.row(i) - Q.row(q)).norm(), i);
        std::partial_sort(all.begin(), all.begin() + 9, all.end());
        for (Eigen::Index j = 0; j < 9; ++j) {
            QCOMPARE(neighbors->indices(q, j), all[size_t(j)].second);
            MLWB_COMPARE_NEAR(neighbors->distances(q, j), all[size_t(j)].first, 1e-12);
        }
    }
}

void TestKnn::sameAtAnyThreadCount()
{
    const auto runs = mlwb::test::runAtThreadCounts("MLWB_TEST_KNN_DUMP", {"1", "3"});
    QVERIFY2(runs.ok, qPrintable(runs.error));
    const auto& outputs = runs.outputs;
    QVERIFY(outputs[0].size() > 1000);
    QVERIFY(outputs[0] == outputs[1]);  // bit for bit
}

void TestKnn::cancelled()
{
    Matrix X, Q;
    Vector y;
    bigData(X, y, Q);
    JobContext ctx;
    auto model = trainKnn(X, y, {Task::Classification, 2}, {}, ctx);
    QVERIFY(model.isOk());
    ctx.requestCancel();
    QVERIFY((*model)->predict(Q, ctx).status().isCancelled());
    QVERIFY(trainKnn(X, y, {Task::Classification, 2}, {}, ctx).status().isCancelled());
}

void TestKnn::rejectsBadInput()
{
    auto tooMany = train(Task::Classification, vec(kY), {"n_neighbors=31"});
    QCOMPARE(QString::fromStdString(tooMany.status().message()),
             QString("parameter \"n_neighbors\": 31 is more than the 30 training rows; lower it"));
    auto model = train(Task::Classification, vec(kY), {});
    QVERIFY(model.isOk());
    QVERIFY(!(*model)->predict(rowMajor({1, 2, 3}, 3)).isOk());
    QVERIFY(QString::fromStdString((*model)->predict(rowMajor({kNaN, 2}, 2)).status().message())
                .startsWith("model \"knn\": the rows to predict contain missing"));
}

QTEST_GUILESS_MAIN(TestKnn)
#include "test_knn.moc"
