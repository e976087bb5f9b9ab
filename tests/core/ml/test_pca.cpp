// Tests of the "pca" kind against scikit-learn 1.2.1's PCA(svd_solver="full"): components
// (sklearn's signs), explained variance and its ratio, scores with and without whitening,
// scaling as a StandardScaler pipeline, identical output at any thread count, constant
// columns, bad input with clear messages, and cancel.
#include "core/ml/pca/pca_model.h"
#include "core/ml/registry.h"
#include "ml_test_support.h"
#include "support/thread_count_runs.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <random>

Q_DECLARE_METATYPE(mlwb::core::ml::Matrix)

using namespace mlwb::core;
using namespace mlwb::core::ml;
using namespace mlwb::core::ml::testing;

namespace {

// rs = np.random.RandomState(3); L = rs.randn(12, 2); X = round(column_stack([3 L0 + 0.2 randn,
// L0 - L1 + 0.1 randn, 10 + 0.5 L1 + 0.3 randn, randn]), 2): three correlated columns, one noise.
const std::vector<double> kX = {5.16,  1.26,  9.54, 1.05, 0.15,  1.86,  8.99,  1.33,  -0.71, 0.19,  10.13, -0.2,
                                -0.28, 0.53,  9.94, 1.77, -0.29, 0.27,  10.09, -0.67, -3.99, -2.13, 10.78, 0.15,
                                2.79,  -0.86, 11.3, 0.15, 0.55,  0.28,  9.46,  -1.06, -1.88, 0.94,  9.48,  0.44,
                                2.82,  2.02,  8.89, 1.94, -3.72, -1.07, 9.72,  -1.02, 3.97,  1.25,  9.54,  0.9};

Result<std::unique_ptr<Model>> train(const Matrix& X, const std::vector<std::string>& params)
{
    JobContext ctx;
    return ModelRegistry::instance().train("pca", X, Vector(), {Task::Decomposition, 0}, params, 0, ctx);
}

const PcaModel& asPca(const std::unique_ptr<Model>& model)
{
    return dynamic_cast<const PcaModel&>(*model);
}

Matrix bigData()
{
    std::mt19937_64 rng(5);
    std::normal_distribution<double> normal;
    Matrix X(50000, 8);
    for (Eigen::Index i = 0; i < X.rows(); ++i) {
        const double a = normal(rng), b = normal(rng);
        for (Eigen::Index j = 0; j < X.cols(); ++j) X(i, j) = (j + 1) * a - j * b + 0.3 * normal(rng) + 100.0 * j;
    }
    return X;
}

}  // namespace

class TestPca : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void matchesSklearn_data();
    void matchesSklearn();
    void scaleMatchesAStandardScalerPipeline();
    void constantColumnHasNoVariance();
    void sameAtAnyThreadCount();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void cancelled();
};

// Child mode for sameAtAnyThreadCount: write components, variances and scores, and exit.
void TestPca::initTestCase()
{
    const QByteArray dump = qgetenv("MLWB_TEST_PCA_DUMP");
    if (dump.isEmpty()) return;
    const Matrix X = bigData();
    auto model = train(X, {"n_components=3"});
    if (!model.isOk()) std::exit(3);
    const auto& pca = asPca(*model);
    const Matrix scores = *pca.transform(X);
    QFile file(QString::fromLocal8Bit(dump));
    if (!file.open(QIODevice::WriteOnly)) std::exit(2);
    file.write(reinterpret_cast<const char*>(pca.components().data()), qint64(pca.components().size() * 8));
    file.write(reinterpret_cast<const char*>(pca.explainedVariance().data()),
               qint64(pca.explainedVariance().size() * 8));
    file.write(reinterpret_cast<const char*>(scores.data()), qint64(scores.size() * 8));
    file.close();
    std::exit(0);
}

void TestPca::matchesSklearn_data()
{
    QTest::addColumn<QString>("params");
    QTest::addColumn<std::vector<double>>("components");
    QTest::addColumn<std::vector<double>>("variance");
    QTest::addColumn<std::vector<double>>("ratio");
    QTest::addColumn<std::vector<double>>("scores");  // transform(X[:2])
    // p = PCA(svd_solver="full").fit(X): components_, explained_variance_,
    // explained_variance_ratio_, p.transform(X[:2])
    QTest::newRow("all components")
        << "n_components=0"
        << std::vector<double>{-0.9365354069011244,  -0.2888678875356922, 0.0723270347513783,  -0.1850015546293721,
                               0.3363758925044227,   -0.6764403463069495, 0.45962717006524756, -0.46692888255900244,
                               0.032202784322385644, 0.34871583421701513, -0.3800610827030395, -0.8561038611423324,
                               0.09335775942193524,  -0.5808451328926945, -0.7994155602666723, 0.12181142127939512}
        << std::vector<double>{9.209385556850664, 1.4473183745717042, 0.5726260070285107, 0.06516021306426897}
        << std::vector<double>{0.8153874529356451, 0.1281437546233592, 0.05069958885675715, 0.005769203584238619}
        << std::vector<double>{-4.871475447547372,  0.577457906230765,   0.010509789359005706, 0.23860965874579132,
                               -0.4443340959036357, -1.8971845536529688, 0.027727854800881024, -0.10383403958882133};
    // PCA(n_components=2, whiten=True, svd_solver="full")
    QTest::newRow("two whitened") << "n_components=2 whiten=true"
                                  << std::vector<double>{-0.9365354069011244, -0.2888678875356922, 0.0723270347513783,
                                                         -0.1850015546293721, 0.3363758925044227,  -0.6764403463069495,
                                                         0.45962717006524756, -0.46692888255900244}
                                  << std::vector<double>{9.209385556850664, 1.4473183745717042}
                                  << std::vector<double>{0.8153874529356451, 0.1281437546233592}
                                  << std::vector<double>{-1.6052592840384865, 0.479996746822507, -0.14641794674820074,
                                                         -1.5769849266059266};
}

void TestPca::matchesSklearn()
{
    QFETCH(QString, params);
    QFETCH(std::vector<double>, components);
    QFETCH(std::vector<double>, variance);
    QFETCH(std::vector<double>, ratio);
    QFETCH(std::vector<double>, scores);
    std::vector<std::string> assignments;
    for (const QString& p : params.split(' ')) assignments.push_back(p.toStdString());
    auto model = train(rowMajor(kX, 4), assignments);
    QVERIFY2(model.isOk(), model.status().message().c_str());
    const auto& pca = asPca(*model);
    const Eigen::Index k = static_cast<Eigen::Index>(variance.size());
    QCOMPARE(pca.componentCount(), k);
    for (Eigen::Index c = 0; c < k; ++c) {
        MLWB_COMPARE_NEAR(pca.explainedVariance()[c], variance[size_t(c)], 1e-12);
        MLWB_COMPARE_NEAR(pca.explainedVarianceRatio()[c], ratio[size_t(c)], 1e-14);
        for (Eigen::Index f = 0; f < 4; ++f)  // the same signs too
            MLWB_COMPARE_NEAR(pca.components()(c, f), components[size_t(c * 4 + f)], 1e-10);
    }
    auto transformed = pca.transform(rowMajor(kX, 4).topRows(2));
    QVERIFY(transformed.isOk());
    for (Eigen::Index i = 0; i < 2; ++i)
        for (Eigen::Index c = 0; c < k; ++c) MLWB_COMPARE_NEAR((*transformed)(i, c), scores[size_t(i * k + c)], 1e-10);
    QCOMPARE(pca.predict(rowMajor(kX, 4)).status().code(), ErrorCode::Unsupported);
}

void TestPca::scaleMatchesAStandardScalerPipeline()
{
    auto model = train(rowMajor(kX, 4), {"scale=true"});
    QVERIFY(model.isOk());
    const auto& pca = asPca(*model);
    // p = PCA(svd_solver="full").fit(Z), Z = StandardScaler().fit_transform(X):
    // explained_variance_ratio_, components_, p.transform(Z[:1])
    const std::vector<double> ratio = {0.6409445080406416, 0.20986557337439865, 0.13182726919032614,
                                       0.01736264939463368};
    const std::vector<double> components = {
        -0.4365161679400642,  -0.6004192572595229,  0.47556058552439656,  -0.47200898310788303,
        0.6446200751240181,   -0.16300450648074677, 0.6839133321963804,   0.3002616253504882,
        0.5435998292163724,   0.15412777228008906,  -0.11706245130208576, -0.8167253136661392,
        -0.31371614486659366, 0.767574671410455,    0.5407412191010443,   -0.14145754919512343};
    const std::vector<double> scores = {-1.7226985087445228, 0.9075101207600943, 0.567831409995826,
                                        -0.2964945770879466};
    auto row = pca.transform(rowMajor(kX, 4).topRows(1));
    for (Eigen::Index c = 0; c < 4; ++c) {
        MLWB_COMPARE_NEAR(pca.explainedVarianceRatio()[c], ratio[size_t(c)], 1e-12);
        MLWB_COMPARE_NEAR((*row)(0, c), scores[size_t(c)], 1e-10);
        for (Eigen::Index f = 0; f < 4; ++f)
            MLWB_COMPARE_NEAR(pca.components()(c, f), components[size_t(c * 4 + f)], 1e-10);
    }
}

void TestPca::constantColumnHasNoVariance()
{
    Matrix X(12, 5);
    X.leftCols(4) = rowMajor(kX, 4);
    X.col(4).setConstant(42.0);
    for (const char* scale : {"scale=false", "scale=true"}) {
        auto model = train(X, {scale});
        QVERIFY2(model.isOk(), model.status().message().c_str());
        const auto& pca = asPca(*model);
        QCOMPARE(pca.componentCount(), Eigen::Index(5));
        QVERIFY(pca.explainedVarianceRatio().allFinite());
        MLWB_COMPARE_NEAR(pca.explainedVarianceRatio()[4], 0.0, 1e-14);
        MLWB_COMPARE_NEAR(pca.explainedVarianceRatio().sum(), 1.0, 1e-12);
        if (QByteArray(scale) == "scale=false")
            MLWB_COMPARE_NEAR(pca.explainedVarianceRatio()[0], 0.8153874529356451, 1e-12);
        QVERIFY(pca.transform(X)->allFinite());
    }
    // Whitening a zero-variance component gives zeros, not infinities.
    auto whitened = train(X, {"whiten=true"});
    QVERIFY(whitened.isOk());
    QVERIFY(asPca(*whitened).transform(X)->allFinite());
}

void TestPca::sameAtAnyThreadCount()
{
    const auto runs = mlwb::test::runAtThreadCounts("MLWB_TEST_PCA_DUMP");
    QVERIFY2(runs.ok, qPrintable(runs.error));
    const auto& outputs = runs.outputs;
    QCOMPARE(outputs[0].size(), qsizetype((3 * 8 + 3 + 50000 * 3) * 8));
    QVERIFY(outputs[0] == outputs[1]);  // bit for bit
}

void TestPca::rejectsBadInput_data()
{
    QTest::addColumn<Matrix>("X");
    QTest::addColumn<QString>("params");
    QTest::addColumn<QString>("message");
    QTest::newRow("more components than features")
        << rowMajor(kX, 4) << "n_components=5"
        << "parameter \"n_components\": 5 is more than the 4 features available; use at most 4 (0 keeps them all)";
    QTest::newRow("more components than rows")
        << Matrix(rowMajor(kX, 4).topRows(3)) << "n_components=4"
        << "parameter \"n_components\": 4 is more than the 3 rows available; use at most 3 (0 keeps them all)";
    QTest::newRow("negative") << rowMajor(kX, 4) << "n_components=-1"
                              << "n_components";
    QTest::newRow("one row") << Matrix(rowMajor(kX, 4).topRows(1)) << "n_components=0"
                             << "at least two rows";
    QTest::newRow("all constant") << Matrix(Matrix::Ones(5, 3)) << "n_components=0"
                                  << "every feature is constant";
    QTest::newRow("missing") << rowMajor({1, 2, kNaN, 4, 5, 6}, 2) << "n_components=0"
                             << "missing or infinite";
}

void TestPca::rejectsBadInput()
{
    QFETCH(Matrix, X);
    QFETCH(QString, params);
    QFETCH(QString, message);
    auto model = train(X, {params.toStdString()});
    QVERIFY(!model.isOk());
    QVERIFY2(QString::fromStdString(model.status().message()).contains(message), model.status().message().c_str());
}

void TestPca::cancelled()
{
    const Matrix X = bigData();
    JobContext ctx;
    ctx.requestCancel();
    QVERIFY(fitPca(X, {}, ctx).status().isCancelled());
}

QTEST_GUILESS_MAIN(TestPca)
#include "test_pca.moc"
