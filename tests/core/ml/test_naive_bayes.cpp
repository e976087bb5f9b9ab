// Tests of the naive Bayes kinds against scikit-learn 1.2 (GaussianNB, CategoricalNB) on fixed
// data: fitted means and variances, probabilities and predictions; unseen category codes,
// bad feature values and cancellation.
#include "core/ml/naive_bayes/categorical_nb.h"
#include "core/ml/naive_bayes/gaussian_nb.h"
#include "core/ml/registry.h"
#include "ml_test_support.h"

#include <QTest>

using namespace mlwb::core;
using namespace mlwb::core::ml;
using namespace mlwb::core::ml::testing;

namespace {

// rs = np.random.RandomState(1); X = round(rs.randn(24, 3) * [1, 5, 0.01] + [0, 100, 0], 3);
// y = [0, 1, 2] * 8; X[y == 1, 0] += 1.5; X[y == 2, 1] += 4.
const std::vector<double> kGaussX = {
    1.624,  96.941,  -0.005, 0.427,  104.327, -0.023, 1.745,  100.194, 0.003,  -0.249, 107.311, -0.021,
    1.178,  98.08,   0.011,  -1.1,   103.138, -0.009, 0.042,  102.914, -0.011, 2.645,  104.508, 0.005,
    0.901,  100.581, -0.001, -0.936, 98.661,  0.005,  0.808,  98.016,  -0.007, -0.845, 100.644, -0.0,
    -1.117, 101.172, 0.017,  2.242,  99.041,  -0.009, -0.747, 112.462, 0.001,  -0.637, 100.955, 0.021,
    1.62,   103.086, 0.003,  -0.352, 98.287,  -0.003, -0.209, 102.933, 0.008,  2.431,  101.428, 0.009,
    -0.754, 110.264, 0.005,  -0.298, 102.443, -0.001, 2.632,  107.599, 0.022,  -1.396, 96.779,  -0.005};
const std::vector<double> kGaussY = {0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2};
const std::vector<double> kGaussQuery = {0.5, 101, 0.0, 2, 99, 0.01, -1, 106, -0.02};

// Continuing: Xc = rs.randint(0, 3, (20, 2)); Xc[:, 1] = rs.randint(0, 2, 20);
// yc = (Xc[:, 0] + rs.randint(0, 2, 20) > 1).
const std::vector<double> kCatX = {0, 0, 1, 1, 2, 0, 2, 1, 2, 1, 1, 1, 2, 1, 1, 1, 2, 1, 1, 0,
                                   1, 0, 0, 1, 1, 1, 2, 0, 0, 0, 2, 0, 0, 1, 1, 1, 1, 0, 0, 0};
const std::vector<double> kCatY = {0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 0, 1, 0, 0, 1, 0};
const std::vector<double> kCatQuery = {0, 0, 2, 1, 1, 0};

Result<std::unique_ptr<Model>> train(const char* kind, const Matrix& X, const Vector& y, int classes,
                                     const std::vector<std::string>& params)
{
    JobContext ctx;
    return ModelRegistry::instance().train(kind, X, y, {Task::Classification, classes}, params, 3, ctx);
}

}  // namespace

class TestNaiveBayes : public QObject {
    Q_OBJECT

private slots:
    void gaussianMatchesSklearn_data();
    void gaussianMatchesSklearn();
    void gaussianStatistics();
    void categoricalMatchesSklearn_data();
    void categoricalMatchesSklearn();
    void categoricalUnseenCode();
    void categoricalRejectsNonCodes_data();
    void categoricalRejectsNonCodes();
    void cancelled();
};

void TestNaiveBayes::gaussianMatchesSklearn_data()
{
    QTest::addColumn<QString>("param");
    QTest::addColumn<std::vector<double>>("proba");
    QTest::addColumn<std::vector<double>>("predicted");

    // GaussianNB().fit(X, y).predict_proba(Q) / .predict(Q)
    QTest::newRow("default") << QString()
                             << std::vector<double>{0.357776656325237,    0.14336609311321283,  0.4988572505615502,
                                                    0.022363247767792433, 0.9726585748336425,   0.004978177398565024,
                                                    0.992718038089048,    0.006593450138779844, 0.000688511772172319}
                             << std::vector<double>{2, 1, 0};
    // GaussianNB(var_smoothing=0.1): smoothing by a tenth of the largest variance flattens it.
    QTest::newRow("var_smoothing=0.1") << "var_smoothing=0.1"
                                       << std::vector<double>{0.4507055445030749, 0.31686691541916867,
                                                              0.2324275400777563, 0.23089844522434613,
                                                              0.617728069314935,  0.1513734854607188,
                                                              0.4064105304074155, 0.1031187577366019,
                                                              0.49047071185598234}
                                       << std::vector<double>{0, 1, 2};
}

void TestNaiveBayes::gaussianMatchesSklearn()
{
    QFETCH(QString, param);
    QFETCH(std::vector<double>, proba);
    QFETCH(std::vector<double>, predicted);
    std::vector<std::string> params;
    if (!param.isEmpty()) params.push_back(param.toStdString());
    auto model = train("gaussian_nb", rowMajor(kGaussX, 3), vec(kGaussY), 3, params);
    QVERIFY2(model.isOk(), model.status().message().c_str());
    const Matrix Q = rowMajor(kGaussQuery, 3);
    auto p = (*model)->predictProba(Q);
    QVERIFY(p.isOk());
    for (Eigen::Index i = 0; i < 3; ++i)
        for (Eigen::Index k = 0; k < 3; ++k) MLWB_COMPARE_NEAR((*p)(i, k), proba[size_t(i * 3 + k)], 1e-10);
    QCOMPARE(*(*model)->predict(Q), vec(predicted));
}

void TestNaiveBayes::gaussianStatistics()
{
    JobContext ctx;
    auto model = trainGaussianNb(rowMajor(kGaussX, 3), vec(kGaussY), 3, {}, ctx);
    QVERIFY(model.isOk());
    // GaussianNB().fit(X, y).theta_ and .var_ (which include the 1e-9 * max variance smoothing).
    const Matrix theta = rowMajor({-0.22250000000000003, 101.66625, 0.0016249999999999993, 1.7478749999999998,
                                   102.010625, 0.0013749999999999997, -0.3185, 102.793625, -0.001125},
                                  3);
    const Matrix var =
        rowMajor({0.6208912658247744, 8.467219203324783, 0.0001732501997743056, 0.6583143751997743, 10.569226000199775,
                  0.00017050019977430558, 1.0210697658247745, 27.770325250199765, 1.762519977430556e-05},
                 3);
    QVERIFY(((*model)->means() - theta).cwiseAbs().maxCoeff() < 1e-10);
    QVERIFY((((*model)->variances() - var).array() / var.array()).abs().maxCoeff() < 1e-9);
    // GaussianNB().fit(X, y).predict(X) is right on 18 of 24 rows.
    auto predicted = (*model)->predict(rowMajor(kGaussX, 3));
    QCOMPARE((predicted->array() == vec(kGaussY).array()).count(), Eigen::Index(18));
}

void TestNaiveBayes::categoricalMatchesSklearn_data()
{
    QTest::addColumn<QString>("alpha");
    QTest::addColumn<std::vector<double>>("proba");
    QTest::addColumn<std::vector<double>>("predicted");

    // CategoricalNB(alpha=1.0).fit(Xc, yc).predict_proba(Qc) / .predict(Qc)
    QTest::newRow("alpha=1") << "1" << std::vector<double>{0.8641975308641975, 0.13580246913580254, 0.09043927648578809,
                                                           0.9095607235142119, 0.4142011834319526,  0.5857988165680474}
                             << std::vector<double>{0, 1, 1};
    // CategoricalNB(alpha=0.5)
    QTest::newRow("alpha=0.5") << "0.5"
                               << std::vector<double>{0.9249011857707511, 0.07509881422924905, 0.05189620758483033,
                                                      0.9481037924151695, 0.41605283210566424, 0.5839471678943359}
                               << std::vector<double>{0, 1, 1};
}

void TestNaiveBayes::categoricalMatchesSklearn()
{
    QFETCH(QString, alpha);
    QFETCH(std::vector<double>, proba);
    QFETCH(std::vector<double>, predicted);
    auto model = train("categorical_nb", rowMajor(kCatX, 2), vec(kCatY), 2, {"alpha=" + alpha.toStdString()});
    QVERIFY2(model.isOk(), model.status().message().c_str());
    const Matrix Q = rowMajor(kCatQuery, 2);
    auto p = (*model)->predictProba(Q);
    QVERIFY(p.isOk());
    for (Eigen::Index i = 0; i < 3; ++i)
        for (Eigen::Index k = 0; k < 2; ++k) MLWB_COMPARE_NEAR((*p)(i, k), proba[size_t(i * 2 + k)], 1e-12);
    QCOMPARE(*(*model)->predict(Q), vec(predicted));
}

void TestNaiveBayes::categoricalUnseenCode()
{
    auto model = train("categorical_nb", rowMajor(kCatX, 2), vec(kCatY), 2, {});
    QVERIFY(model.isOk());
    // Code 5 of feature 1 was never seen (training codes 0..2): it counts as zero occurrences,
    // log(1 / (N_c + 3)). By hand from class counts [8, 12] and feature_log_prob_[1][:, 0]:
    auto p = (*model)->predictProba(rowMajor({5, 0}, 2));
    QVERIFY(p.isOk());
    MLWB_COMPARE_NEAR((*p)(0, 0), 0.51470588235294, 1e-8);
}

void TestNaiveBayes::categoricalRejectsNonCodes_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("atPredict");
    QTest::addColumn<QString>("message");
    QTest::newRow("fraction") << 0.5 << false
                              << "model \"categorical_nb\": feature 2 has the value 0.5 in training row 1; "
                                 "categorical naive Bayes needs category codes 0, 1, 2, ...";
    QTest::newRow("negative at predict")
        << -1.0 << true << "model \"categorical_nb\": feature 2 has the value -1 in row 1 of the rows to predict";
}

void TestNaiveBayes::categoricalRejectsNonCodes()
{
    QFETCH(double, value);
    QFETCH(bool, atPredict);
    QFETCH(QString, message);
    Matrix X = rowMajor(kCatX, 2);
    if (!atPredict) X(0, 1) = value;
    auto model = train("categorical_nb", X, vec(kCatY), 2, {});
    Status status = model.status();
    if (atPredict) {
        QVERIFY(model.isOk());
        status = (*model)->predict(rowMajor({0, value}, 2)).status();
    }
    QVERIFY(!status.isOk());
    QVERIFY2(QString::fromStdString(status.message()).startsWith(message), status.message().c_str());
}

void TestNaiveBayes::cancelled()
{
    JobContext ctx;
    ctx.requestCancel();
    QVERIFY(trainGaussianNb(rowMajor(kGaussX, 3), vec(kGaussY), 3, {}, ctx).status().isCancelled());
    QVERIFY(trainCategoricalNb(rowMajor(kCatX, 2), vec(kCatY), 2, {}, ctx).status().isCancelled());
}

QTEST_GUILESS_MAIN(TestNaiveBayes)
#include "test_naive_bayes.moc"
