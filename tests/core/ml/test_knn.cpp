// Tests of the "knn" kind against scikit-learn 1.2's KNeighborsClassifier/Regressor on fixed
// data (uniform and distance weights, exact matches; scale=false), tie-breaking by index,
// agreement with a naive search across block boundaries, the default standardization
// (training statistics only, the same as standardizing by hand, changing the neighbours of
// mixed-unit data), identical output at any thread count, cancellation.
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

Result<std::unique_ptr<Model>> train(Task task, const Vector& y, const std::vector<std::string>& params,
                                     const Matrix& X = rowMajor(kX, 2))
{
    JobContext ctx;
    return ModelRegistry::instance().train("knn", X, y, {task, task == Task::Classification ? 3 : 0}, params, 5, ctx);
}

// Incomes beside ages: the same points as kX, the first feature in thousands around 50,000.
Matrix mixedUnits(const Matrix& X)
{
    Matrix out = X;
    out.col(0) = (X.col(0).array() * 20000.0 + 50000.0).matrix();
    out.col(1) = (X.col(1).array() * 12.0 + 40.0).matrix();
    return out;
}

// (X - mean) / std with the population std of `reference`'s columns, written out longhand.
Matrix standardizeByHand(const Matrix& X, const Matrix& reference)
{
    Matrix out(X.rows(), X.cols());
    for (Eigen::Index j = 0; j < X.cols(); ++j) {
        double sum = 0;
        for (Eigen::Index i = 0; i < reference.rows(); ++i) sum += reference(i, j);
        const double mean = sum / double(reference.rows());
        double squares = 0;
        for (Eigen::Index i = 0; i < reference.rows(); ++i)
            squares += (reference(i, j) - mean) * (reference(i, j) - mean);
        const double deviation = std::sqrt(squares / double(reference.rows()));
        for (Eigen::Index i = 0; i < X.rows(); ++i) out(i, j) = (X(i, j) - mean) / deviation;
    }
    return out;
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
    void scalesByDefault();
    void scaleEqualsStandardizingByHand_data();
    void scaleEqualsStandardizingByHand();
    void scalingUsesTrainingRowsOnly();
    void scalingChangesTheNeighbours();
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
    auto model =
        train(Task::Classification, vec(kY), {"n_neighbors=4", "weights=" + weights.toStdString(), "scale=false"});
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
    auto model =
        train(Task::Regression, vec(kYr), {"n_neighbors=3", "weights=" + weights.toStdString(), "scale=false"});
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
    params.scale = false;  // sklearn's distances in raw units
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
    params.scale = false;  // exact ties in raw units
    auto model = trainKnn(X, y, {Task::Classification, 2}, params, ctx);
    QVERIFY(model.isOk());
    auto neighbors = (*model)->kNeighbors(rowMajor({0, 0}, 2), ctx);
    QCOMPARE(neighbors->indices(0, 0), Eigen::Index(0));
    QCOMPARE(neighbors->indices(0, 1), Eigen::Index(1));
    QCOMPARE((*(*model)->predict(rowMajor({0, 0}, 2)))[0], 0.0);
}

void TestKnn::scalesByDefault()
{
    const ModelKind* kind = ModelRegistry::instance().find("knn");
    QVERIFY(kind);
    const ParamValues defaults = ParamValues::defaults(kind->params);
    QVERIFY(defaults.getBool("scale"));
    QVERIFY(KnnParams::fromValues(defaults).scale);
    QVERIFY(KnnParams{}.scale);
    auto model = train(Task::Classification, vec(kY), {});
    QVERIFY(model.isOk());
    QVERIFY(dynamic_cast<const KnnModel&>(**model).scaling().has_value());
    auto raw = train(Task::Classification, vec(kY), {"scale=false"});
    QVERIFY(raw.isOk());
    QVERIFY(!dynamic_cast<const KnnModel&>(**raw).scaling().has_value());
}

void TestKnn::scaleEqualsStandardizingByHand_data()
{
    QTest::addColumn<QString>("weights");
    QTest::addColumn<bool>("classify");
    QTest::newRow("uniform classifier") << "uniform" << true;
    QTest::newRow("distance classifier") << "distance" << true;
    QTest::newRow("distance regressor") << "distance" << false;
}

void TestKnn::scaleEqualsStandardizingByHand()
{
    QFETCH(QString, weights);
    QFETCH(bool, classify);
    const Task task = classify ? Task::Classification : Task::Regression;
    const Vector y = vec(classify ? kY : kYr);
    const Matrix X = mixedUnits(rowMajor(kX, 2));
    const Matrix Q = mixedUnits(rowMajor(kQ, 2));
    const std::vector<std::string> params = {"n_neighbors=4", "weights=" + weights.toStdString()};
    auto scaled = train(task, y, params, X);
    QVERIFY2(scaled.isOk(), scaled.status().message().c_str());
    auto params2 = params;
    params2.push_back("scale=false");
    // Both the training rows and the queries standardized with the training rows' statistics.
    auto byHand = train(task, y, params2, standardizeByHand(X, X));
    QVERIFY(byHand.isOk());
    const Matrix handQ = standardizeByHand(Q, X);
    const Vector predicted = *(*scaled)->predict(Q);
    const Vector expected = *(*byHand)->predict(handQ);
    if (classify) {
        QCOMPARE(predicted, expected);
    } else {
        // Distance weights: the two roundings of the scaled values may differ in the last bit.
        QVERIFY((predicted - expected).cwiseAbs().maxCoeff() < 1e-12);
    }
    if (classify) {
        const Matrix a = *(*scaled)->predictProba(Q);
        const Matrix b = *(*byHand)->predictProba(handQ);
        QVERIFY((a - b).cwiseAbs().maxCoeff() < 1e-12);
    }
    JobContext ctx;
    const auto& model = dynamic_cast<const KnnModel&>(**scaled);
    const auto& reference = dynamic_cast<const KnnModel&>(**byHand);
    const auto mine = model.kNeighbors(Q, ctx);
    const auto theirs = reference.kNeighbors(handQ, ctx);
    QCOMPARE(mine->indices, theirs->indices);
    QVERIFY((mine->distances - theirs->distances).cwiseAbs().maxCoeff() < 1e-12);
}

void TestKnn::scalingUsesTrainingRowsOnly()
{
    // Three training rows: means (2, 20), population deviations sqrt(2/3) and sqrt(200/3).
    const Matrix X = rowMajor({1, 10, 2, 20, 3, 30}, 2);
    JobContext ctx;
    KnnParams params;
    params.nNeighbors = 2;
    auto model = trainKnn(X, vec({0, 1, 1}), {Task::Classification, 2}, params, ctx);
    QVERIFY(model.isOk());
    const auto& scaling = (*model)->scaling();
    QVERIFY(scaling.has_value());
    MLWB_COMPARE_NEAR(scaling->mean[0], 2.0, 1e-15);
    MLWB_COMPARE_NEAR(scaling->mean[1], 20.0, 1e-15);
    MLWB_COMPARE_NEAR(scaling->scale[0], std::sqrt(2.0 / 3.0), 1e-15);
    MLWB_COMPARE_NEAR(scaling->scale[1], std::sqrt(200.0 / 3.0), 1e-15);
    // A row far outside predicted beside the others changes neither the statistics nor the
    // other rows' neighbours and distances: they come from the training rows alone.
    const Matrix Q = rowMajor({1.2, 11, 2.9, 26}, 2);
    Matrix withFar(3, 2);
    withFar << Q, rowMajor({1e6, -1e6}, 2);
    const auto alone = (*model)->kNeighbors(Q, ctx);
    const auto beside = (*model)->kNeighbors(withFar, ctx);
    QVERIFY(alone.isOk() && beside.isOk());
    QVERIFY(beside->distances.topRows(2) == alone->distances);
    QVERIFY(beside->indices.topRows(2) == alone->indices);
    // By hand: Q[0] scaled is (-0.8/sqrt(2/3), -9/sqrt(200/3)); row 0 is (-1/sqrt(2/3), -10/sqrt(200/3)).
    const double d0 = std::hypot(0.2 / std::sqrt(2.0 / 3.0), 1.0 / std::sqrt(200.0 / 3.0));
    QCOMPARE(alone->indices(0, 0), Eigen::Index(0));
    MLWB_COMPARE_NEAR(alone->distances(0, 0), d0, 1e-12);
}

void TestKnn::scalingChangesTheNeighbours()
{
    // Incomes beside ages; the class follows the age. KNeighborsClassifier(1).kneighbors([[30400, 26]]):
    // on the raw rows the nearest is row 1 (30500, 60) at sqrt(100^2 + 34^2) = 105.62196741208714,
    // an income 100 away; after StandardScaler (means 60250, 42.5; scales 30001.041648582803,
    // 18.006943105369107) it is row 0 (30000, 25) at 0.05711221870560849.
    const Matrix X = rowMajor({30000, 25, 30500, 60, 90000, 24, 90500, 61}, 2);
    const Vector y = vec({0, 1, 0, 1});
    const Matrix q = rowMajor({30400, 26}, 2);
    JobContext ctx;
    for (const bool scale : {false, true}) {
        KnnParams params;
        params.nNeighbors = 1;
        params.scale = scale;
        auto model = trainKnn(X, y, {Task::Classification, 2}, params, ctx);
        QVERIFY(model.isOk());
        const auto neighbors = (*model)->kNeighbors(q, ctx);
        QCOMPARE(neighbors->indices(0, 0), Eigen::Index(scale ? 0 : 1));
        MLWB_COMPARE_NEAR(neighbors->distances(0, 0), scale ? 0.05711221870560849 : 105.62196741208714, 1e-9);
        QCOMPARE((*(*model)->predict(q))[0], scale ? 0.0 : 1.0);
    }
}

void TestKnn::matchesNaiveSearch()
{
    Matrix X, Q;
    Vector y;
    bigData(X, y, Q);
    JobContext ctx;
    KnnParams params;
    params.nNeighbors = 9;
    params.scale = false;  // the naive search below measures raw distances
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
