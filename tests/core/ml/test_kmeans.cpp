// Tests of the "kmeans" kind against scikit-learn 1.2.1's KMeans(algorithm="lloyd"): the
// k-means++ draws follow numpy's RandomState, so the same seed gives sklearn's initial
// centres, labels, centres and inertia (those comparisons pass scale=false: sklearn clusters
// the raw features); n_init keeps the best run; scaling, on by default, matches a
// StandardScaler pipeline; identical output at any thread count; bad input and cancel.
#include "core/eval/metrics.h"
#include "core/ml/kmeans/kmeans_model.h"
#include "core/ml/kmeans/lloyd.h"
#include "core/ml/registry.h"
#include "ml_test_support.h"
#include "support/thread_count_runs.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <random>

using namespace mlwb::core;
using namespace mlwb::core::ml;
using namespace mlwb::core::ml::testing;

namespace {

// X, y = make_blobs(n_samples=30, centers=3, n_features=2, random_state=1, cluster_std=0.6);
// X = np.round(X, 2)
const std::vector<double> kBlobs = {
    -0.78, 3.17,  -1.47, 4.26,  -10.4, -3.96, -10.16, -3.64,  -7.03, -8.54,  -1.85, 4.18,  -10.41, -4.19, -1.63,
    4.76,  -6.99, -7.78, -6.95, -6.89, -9.46, -4.36,  -10.41, -4.46, -10.67, -3.81, -7.75, -8.36,  -6.89, -7.62,
    -0.98, 3.75,  -9.46, -3.65, -7.52, -7.4,  -1.76,  3.88,   -6.56, -7.59,  -0.61, 3.95,  -7.19,  -7.8,  -10.11,
    -4.49, -9.0,  -3.51, -6.88, -8.36, -2.32, 5.09,   -1.14,  3.03,  -10.07, -4.51, -1.98, 3.76,   -7.51, -7.14};
const std::vector<int32_t> kBlobTruth = {0, 0, 1, 1, 2, 0, 1, 0, 2, 2, 1, 1, 1, 2, 2,
                                         0, 1, 2, 0, 2, 0, 2, 1, 1, 2, 0, 0, 1, 0, 2};

// 200 points spread over the unit square with no cluster structure, where initialisations
// matter: G[i] = ((i*7919) % 1000 / 1000, (i*104729 + 13) % 997 / 997), exact in both languages.
Matrix grid()
{
    Matrix G(200, 2);
    for (int i = 0; i < 200; ++i) {
        G(i, 0) = static_cast<double>((i * 7919) % 1000) / 1000.0;
        G(i, 1) = static_cast<double>((i * 104729 + 13) % 997) / 997.0;
    }
    return G;
}

std::vector<int32_t> labelsOf(const Vector& v)
{
    std::vector<int32_t> out(static_cast<size_t>(v.size()));
    for (Eigen::Index i = 0; i < v.size(); ++i) out[size_t(i)] = static_cast<int32_t>(v[i]);
    return out;
}

// The same partition up to renaming the clusters.
bool samePartition(const std::vector<int32_t>& a, const std::vector<int32_t>& b)
{
    if (a.size() != b.size()) return false;
    std::map<int32_t, int32_t> forward, backward;
    for (size_t i = 0; i < a.size(); ++i) {
        if (forward.emplace(a[i], b[i]).first->second != b[i]) return false;
        if (backward.emplace(b[i], a[i]).first->second != a[i]) return false;
    }
    return true;
}

Result<std::unique_ptr<Model>> train(const Matrix& X, const std::vector<std::string>& params, uint64_t seed = 0)
{
    JobContext ctx;
    return ModelRegistry::instance().train("kmeans", X, Vector(), {Task::Clustering, 0}, params, seed, ctx);
}

const KMeansModel& asKMeans(const std::unique_ptr<Model>& model)
{
    return dynamic_cast<const KMeansModel&>(*model);
}

// Gaussian blobs big enough for many row chunks.
Matrix bigData(Eigen::Index rows, Eigen::Index cols)
{
    std::mt19937_64 rng(11);
    std::normal_distribution<double> normal;
    Matrix X(rows, cols);
    for (Eigen::Index i = 0; i < rows; ++i)
        for (Eigen::Index j = 0; j < cols; ++j) X(i, j) = normal(rng) + 4.0 * double((i * 7 + j) % 5);
    return X;
}

}  // namespace

class TestKMeans : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void drawsFollowNumpy();
    void seedingMatchesSklearn();
    void recoversBlobsAsSklearn();
    void nInitKeepsTheBest_data();
    void nInitKeepsTheBest();
    void scaleMatchesAStandardScalerPipeline();
    void scalesByDefault();
    void predictsTheNearestCentre();
    void sameAtAnyThreadCount();
    void constantData();
    void rejectsBadInput();
    void cancelStopsPromptly_data();
    void cancelStopsPromptly();
};

// Child mode for sameAtAnyThreadCount: write labels, centres and inertia, and exit.
void TestKMeans::initTestCase()
{
    const QByteArray dump = qgetenv("MLWB_TEST_KMEANS_DUMP");
    if (dump.isEmpty()) return;
    const Matrix X = bigData(30000, 6);
    auto model = train(X, {"n_clusters=7", "n_init=2", "scale=true"}, 42);
    if (!model.isOk()) std::exit(3);
    const auto& km = asKMeans(*model);
    QFile file(QString::fromLocal8Bit(dump));
    if (!file.open(QIODevice::WriteOnly)) std::exit(2);
    file.write(reinterpret_cast<const char*>(km.trainingLabels().data()),
               qint64(km.trainingLabels().size() * sizeof(int32_t)));
    file.write(reinterpret_cast<const char*>(km.clusterCenters().data()),
               qint64(km.clusterCenters().size() * sizeof(double)));
    const double inertia = km.trainingInertia();
    file.write(reinterpret_cast<const char*>(&inertia), sizeof inertia);
    file.close();
    std::exit(0);
}

void TestKMeans::drawsFollowNumpy()
{
    // r = np.random.RandomState(0); r.randint(200000), r.uniform(size=3), r.randint(7), r.randint(1 << 20)
    LegacyRandom r(0);
    QCOMPARE(r.randint(200000), uint64_t(199340));
    QCOMPARE(r.uniform(), 0.5928446182250183);
    QCOMPARE(r.uniform(), 0.8442657485810173);
    QCOMPARE(r.uniform(), 0.8579456176227568);
    QCOMPARE(r.randint(7), uint64_t(1));
    QCOMPARE(r.randint(1 << 20), uint64_t(122579));
    // r = np.random.RandomState(12345); r.randint(150), r.uniform()
    LegacyRandom s(12345);
    QCOMPARE(s.randint(150), uint64_t(29));
    QCOMPARE(s.uniform(), 0.13070729511915746);
}

void TestKMeans::seedingMatchesSklearn()
{
    // sklearn.cluster.kmeans_plusplus(X, k, random_state=0)[1]
    const struct {
        Matrix X;
        int k;
        std::vector<Eigen::Index> indices;
    } cases[] = {{rowMajor(kBlobs, 2), 3, {12, 18, 19}}, {grid(), 5, {172, 165, 174, 48, 156}}};
    for (const auto& c : cases) {
        const KMeansData data(c.X.transpose());
        LegacyRandom random(0);
        JobContext ctx;
        auto chosen = kmeansPlusPlus(data, c.k, random, ctx);
        QVERIFY(chosen.isOk());
        QCOMPARE(*chosen, c.indices);
    }
}

void TestKMeans::recoversBlobsAsSklearn()
{
    auto model = train(rowMajor(kBlobs, 2), {"n_clusters=3", "n_init=1", "scale=false"});
    QVERIFY2(model.isOk(), model.status().message().c_str());
    const auto& km = asKMeans(*model);
    // km = KMeans(n_clusters=3, n_init=1, random_state=0).fit(X): labels_, cluster_centers_,
    // inertia_ (14.209949999999996), n_iter_ (2)
    const std::vector<int32_t> labels = {1, 1, 0, 0, 2, 1, 0, 1, 2, 2, 0, 0, 0, 2, 2,
                                         1, 0, 2, 1, 2, 1, 2, 0, 0, 2, 1, 1, 0, 1, 2};
    QCOMPARE(km.trainingLabels(), labels);
    QVERIFY(samePartition(km.trainingLabels(), kBlobTruth));  // the three blobs, exactly
    const std::vector<double> centers = {-10.015, -4.058, -1.452, 3.9829999999999997, -7.127, -7.748};
    for (Eigen::Index j = 0; j < 3; ++j)
        for (Eigen::Index f = 0; f < 2; ++f)
            MLWB_COMPARE_NEAR(km.clusterCenters()(j, f), centers[size_t(j * 2 + f)], 1e-12);
    MLWB_COMPARE_NEAR(km.trainingInertia(), 14.209949999999996, 1e-10);
    QCOMPARE(km.iterations(), 2);
    QCOMPARE(labelsOf(*km.predict(rowMajor(kBlobs, 2))), labels);
    QVERIFY(km.warnings().empty());
}

void TestKMeans::nInitKeepsTheBest_data()
{
    QTest::addColumn<int>("nInit");
    QTest::addColumn<double>("inertia");
    QTest::addColumn<int>("iterations");
    QTest::addColumn<std::vector<double>>("centers");
    // KMeans(n_clusters=5, n_init=N, random_state=0).fit(G): inertia_, n_iter_, cluster_centers_
    QTest::newRow("one init")
        << 1 << 6.764878815386723 << 6
        << std::vector<double>{
               0.216275,           0.5582748244734203,  0.733574074074074,   0.24785467513652068, 0.8003846153846155,
               0.7275930355168069, 0.22854285714285716, 0.17200171944404646, 0.36318750000000005, 0.8665997993981946};
    QTest::newRow("ten inits") << 10 << 6.694745100523064 << 7
                               << std::vector<double>{0.20873333333333333, 0.14289535272484116, 0.7801627906976745,
                                                      0.7283011826176203,  0.3142258064516129,  0.8688970136215097,
                                                      0.7546122448979592,  0.22934108447792356, 0.26753191489361705,
                                                      0.5120254380161762};
}

void TestKMeans::nInitKeepsTheBest()
{
    QFETCH(int, nInit);
    QFETCH(double, inertia);
    QFETCH(int, iterations);
    QFETCH(std::vector<double>, centers);
    auto model = train(grid(), {"n_clusters=5", "n_init=" + std::to_string(nInit), "scale=false"});
    QVERIFY2(model.isOk(), model.status().message().c_str());
    const auto& km = asKMeans(*model);
    MLWB_COMPARE_NEAR(km.trainingInertia(), inertia, 1e-10);
    QCOMPARE(km.iterations(), iterations);
    for (Eigen::Index j = 0; j < 5; ++j)
        for (Eigen::Index f = 0; f < 2; ++f)
            MLWB_COMPARE_NEAR(km.clusterCenters()(j, f), centers[size_t(j * 2 + f)], 1e-12);
    QCOMPARE(km.initInertias().size(), size_t(nInit));
    QCOMPARE(km.trainingInertia(), *std::min_element(km.initInertias().begin(), km.initInertias().end()));
    // The first initialisation is the same whatever n_init: its inertia is the one-init result.
    MLWB_COMPARE_NEAR(km.initInertias().front(), 6.764878815386723, 1e-10);
    // The objective the model reports is the one the evaluation metric recomputes.
    MLWB_COMPARE_NEAR(*mlwb::core::inertia(grid(), km.trainingLabels(), km.clusterCenters()), km.trainingInertia(),
                      1e-12);
}

void TestKMeans::scaleMatchesAStandardScalerPipeline()
{
    // W = [X, round(RandomState(5).uniform(0, 1000, 30), 1)]: a wide third feature of noise.
    const std::vector<double> noise = {222.0, 870.7, 206.7, 918.6, 488.4, 611.7, 765.9, 518.4, 296.8, 187.7,
                                       80.7,  738.4, 441.3, 158.3, 879.9, 274.1, 414.2, 296.1, 628.8, 579.8,
                                       599.9, 265.8, 284.7, 253.6, 327.6, 144.2, 165.6, 963.9, 960.2, 188.4};
    Matrix W(30, 3);
    W.leftCols(2) = rowMajor(kBlobs, 2);
    W.col(2) = vec(noise);
    // KMeans(3, n_init=1, random_state=0).fit(W): the noise feature decides the clusters.
    auto raw = train(W, {"n_clusters=3", "n_init=1", "scale=false"});
    QVERIFY(raw.isOk());
    QCOMPARE(asKMeans(*raw).trainingLabels(), (std::vector<int32_t>{2, 1, 2, 1, 0, 0, 1, 0, 2, 2, 2, 1, 0, 2, 1,
                                                                    2, 0, 2, 0, 0, 0, 2, 2, 2, 2, 2, 2, 1, 1, 2}));
    MLWB_COMPARE_NEAR(asKMeans(*raw).trainingInertia(), 162892.83335416668, 1e-6);
    // KMeans(3, n_init=1, random_state=0).fit(StandardScaler().fit_transform(W))
    auto scaled = train(W, {"n_clusters=3", "n_init=1", "scale=true"});
    QVERIFY(scaled.isOk());
    const auto& km = asKMeans(*scaled);
    QCOMPARE(km.trainingLabels(), (std::vector<int32_t>{1, 1, 2, 0, 2, 1, 0, 1, 2, 2, 2, 0, 2, 2, 0,
                                                        1, 2, 2, 1, 2, 1, 2, 2, 2, 2, 1, 1, 0, 1, 2}));
    MLWB_COMPARE_NEAR(km.trainingInertia(), 20.134848516900085, 1e-9);
    const std::vector<double> centers = {-0.9449183770891408, -0.46232141414748185, 1.4512633786844336,
                                         1.3228857279247959,  1.338558939892225,    0.1533953034447626,
                                         -0.5669510262534846, -0.7382654885456563,  -0.5860179951913196};
    for (Eigen::Index j = 0; j < 3; ++j)
        for (Eigen::Index f = 0; f < 3; ++f)
            MLWB_COMPARE_NEAR(km.clusterCenters()(j, f), centers[size_t(j * 3 + f)], 1e-9);
    // Predictions scale new rows with the training statistics.
    QCOMPARE(labelsOf(*km.predict(W)), km.trainingLabels());
    const Matrix back = km.centersInFeatureUnits();
    QVERIFY(back(0, 2) > 100 && back(0, 2) < 1000);  // in the noise feature's own units again
}

void TestKMeans::scalesByDefault()
{
    const ModelKind* kind = ModelRegistry::instance().find("kmeans");
    QVERIFY(kind);
    QVERIFY(ParamValues::defaults(kind->params).getBool("scale"));
    QVERIFY(KMeansParams{}.scale);
    // Without a scale parameter the wide noise feature of scaleMatchesAStandardScalerPipeline
    // no longer decides: the same clusters and inertia as KMeans(3, n_init=1, random_state=0)
    // on StandardScaler().fit_transform(W), as scale=true gives.
    Matrix W(30, 3);
    W.leftCols(2) = rowMajor(kBlobs, 2);
    W.col(2) =
        vec({222.0, 870.7, 206.7, 918.6, 488.4, 611.7, 765.9, 518.4, 296.8, 187.7, 80.7,  738.4, 441.3, 158.3, 879.9,
             274.1, 414.2, 296.1, 628.8, 579.8, 599.9, 265.8, 284.7, 253.6, 327.6, 144.2, 165.6, 963.9, 960.2, 188.4});
    auto model = train(W, {"n_clusters=3", "n_init=1"});
    QVERIFY2(model.isOk(), model.status().message().c_str());
    QCOMPARE(asKMeans(*model).trainingLabels(), (std::vector<int32_t>{1, 1, 2, 0, 2, 1, 0, 1, 2, 2, 2, 0, 2, 2, 0,
                                                                      1, 2, 2, 1, 2, 1, 2, 2, 2, 2, 1, 1, 0, 1, 2}));
    MLWB_COMPARE_NEAR(asKMeans(*model).trainingInertia(), 20.134848516900085, 1e-9);
    // The model space is standardized: the noise feature of the centres is near 0, not hundreds.
    QVERIFY(asKMeans(*model).clusterCenters().col(2).cwiseAbs().maxCoeff() < 2);
}

void TestKMeans::predictsTheNearestCentre()
{
    auto model = train(rowMajor(kBlobs, 2), {"n_clusters=3", "n_init=1", "scale=false"});
    QVERIFY(model.isOk());
    const auto& km = asKMeans(*model);
    // Points next to each centre of recoversBlobsAsSklearn, and a far one that still goes to
    // the nearest centre.
    const Matrix Q = rowMajor({-10, -4, -1.5, 4, -7, -7.7, 100, 100}, 2);
    QCOMPARE(labelsOf(*km.predict(Q)), (std::vector<int32_t>{0, 1, 2, 1}));
    auto distances = km.transform(Q);
    QVERIFY(distances.isOk());
    MLWB_COMPARE_NEAR((*distances)(0, 0), std::hypot(-10 + 10.015, -4 + 4.058), 1e-12);
}

void TestKMeans::sameAtAnyThreadCount()
{
    const auto runs = mlwb::test::runAtThreadCounts("MLWB_TEST_KMEANS_DUMP");
    QVERIFY2(runs.ok, qPrintable(runs.error));
    const auto& outputs = runs.outputs;
    QCOMPARE(outputs[0].size(), qsizetype(30000 * 4 + 7 * 6 * 8 + 8));
    QVERIFY(outputs[0] == outputs[1]);  // bit for bit
}

void TestKMeans::constantData()
{
    // Ten identical rows: one distinct point cannot make three clusters; say so, do not fail.
    Matrix same = Matrix::Constant(10, 2, 3.5);
    auto model = train(same, {"n_clusters=3", "n_init=2", "scale=true"});
    QVERIFY2(model.isOk(), model.status().message().c_str());
    QVERIFY(!(*model)->warnings().empty());
    QVERIFY2(QString::fromStdString((*model)->warnings().front()).contains("only 1 distinct cluster"),
             (*model)->warnings().front().c_str());
    QCOMPARE(asKMeans(*model).trainingInertia(), 0.0);
    // A constant feature beside real ones changes nothing, scaled or not.
    Matrix withConstant(30, 3);
    withConstant.leftCols(2) = rowMajor(kBlobs, 2);
    withConstant.col(2).setConstant(7.0);
    for (const char* scale : {"scale=false", "scale=true"}) {
        auto m = train(withConstant, {"n_clusters=3", "n_init=1", scale});
        QVERIFY(m.isOk());
        QVERIFY(asKMeans(*m).clusterCenters().allFinite());
        QVERIFY(samePartition(asKMeans(*m).trainingLabels(), kBlobTruth));
    }
}

void TestKMeans::rejectsBadInput()
{
    auto tooMany = train(rowMajor(kBlobs, 2), {"n_clusters=31"});
    QCOMPARE(QString::fromStdString(tooMany.status().message()),
             QString("parameter \"n_clusters\": 31 is more than the 30 rows; lower it or use more rows"));
    QVERIFY(
        QString::fromStdString(train(rowMajor(kBlobs, 2), {"n_clusters=0"}).status().message()).contains("n_clusters"));
    QVERIFY(QString::fromStdString(train(rowMajor(kBlobs, 2), {"n_init=0"}).status().message()).contains("n_init"));
    auto missing = train(rowMajor({1, 2, kNaN, 4, 5, 6}, 2), {"n_clusters=2"});
    QVERIFY2(QString::fromStdString(missing.status().message()).contains("missing or infinite"),
             missing.status().message().c_str());
    auto model = train(rowMajor(kBlobs, 2), {"n_clusters=3"});
    QVERIFY(model.isOk());
    QVERIFY(!(*model)->predict(rowMajor({1, 2, 3}, 3)).isOk());
    QCOMPARE((*model)->predictProba(rowMajor({1, 2}, 2)).status().code(), ErrorCode::Unsupported);
    // A clustering kind refuses a classification target, naming the kinds that do.
    JobContext ctx;
    auto wrongTask = ModelRegistry::instance().train("kmeans", rowMajor(kBlobs, 2), vec(std::vector<double>(30, 0)),
                                                     {Task::Classification, 2}, {}, 0, ctx);
    QVERIFY2(QString::fromStdString(wrongTask.status().message()).contains("does not support classification"),
             wrongTask.status().message().c_str());
}

void TestKMeans::cancelStopsPromptly_data()
{
    QTest::addColumn<double>("cancelAt");  // overall progress at which Cancel is pressed
    QTest::addColumn<int>("maxIter");
    // One initialisation: k-means++ reports 0..0.2, Lloyd 0.2..1 (iteration / max_iter).
    QTest::newRow("while seeding") << 0.01 << 300;
    QTest::newRow("while iterating") << 0.2 << 1000000;
}

void TestKMeans::cancelStopsPromptly()
{
    QFETCH(double, cancelAt);
    QFETCH(int, maxIter);
    const Matrix X = bigData(50000, 10);
    KMeansParams params;
    params.nClusters = 20;
    params.nInit = 1;
    params.maxIter = maxIter;
    params.tol = 0;
    JobContext before;
    before.requestCancel();
    QVERIFY(trainKMeans(X, params, 0, before).status().isCancelled());

    JobContext during;
    QElapsedTimer sinceCancel;
    during.setObserver([&](double fraction, const std::string&) {
        if (fraction > cancelAt && !during.isCancelled()) {
            sinceCancel.start();
            during.requestCancel();
        }
    });
    auto result = trainKMeans(X, params, 0, during);
    QVERIFY(sinceCancel.isValid());
    QVERIFY(result.status().isCancelled());
    QVERIFY2(sinceCancel.elapsed() < 1000, qPrintable(QString::number(sinceCancel.elapsed())));
}

QTEST_GUILESS_MAIN(TestKMeans)
#include "test_kmeans.moc"
