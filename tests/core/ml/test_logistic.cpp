// Tests of the "logistic" kind against scikit-learn 1.2's LogisticRegression (lbfgs, L2) on
// fixed data with badly scaled features: coefficients, probabilities and predictions, binary
// and multinomial; plus default-tolerance quality, determinism, cancellation and bad input.
#include "core/ml/logistic/logistic_model.h"
#include "core/ml/registry.h"
#include "ml_test_support.h"

#include <QTest>

using namespace mlwb::core;
using namespace mlwb::core::ml;
using namespace mlwb::core::ml::testing;

namespace {

// np.random.RandomState(0) after the linear test's draws: Xb = round(randn(30, 2) * [1, 100], 2),
// yb = (Xb[:,0] + Xb[:,1]/100 + randn(30)*0.8 > 0). The second feature is 100x the first.
const std::vector<double> kBinaryX = {-1.17, 90.08,   0.47,  -153.62, 1.49,  189.59, 1.18,  -17.99, -1.07, 105.45,
                                      -0.4,  122.24,  0.21,  97.66,   0.36,  70.66,  0.01,  178.59, 0.13,  40.2,
                                      1.88,  -134.78, -1.27, 96.94,   -1.17, 194.36, -0.41, -74.75, 1.92,  148.05,
                                      1.87,  90.6,    -0.86, 191.01,  -0.27, 80.25,  0.95,  -15.5,  0.61,  92.22,
                                      0.38,  -109.94, 0.3,   132.64,  -0.69, -14.96, -0.44, 184.93, 0.67,  40.75,
                                      -0.77, 53.92,   -0.67, 3.18,    -0.64, 67.64,  0.58,  -20.83, 0.4,   -109.31};
const std::vector<double> kBinaryY = {0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1,
                                      1, 1, 0, 0, 1, 0, 1, 0, 1, 1, 1, 0, 0, 1, 0};

// Continuing: Xm = round(randn(30, 2), 2), ym = argmax(Xm @ [[1,-1,0],[0,1,-1]] + randn(30,3)*0.5).
const std::vector<double> kMultiX = {0.92,  0.32,  0.86,  -0.65, -1.03, 0.68, -0.8,  -0.69, -0.46, 0.02,  -0.35, -1.37,
                                     -0.64, -2.22, 0.63,  -1.6,  -1.1,  0.05, -0.74, 1.54,  -1.29, 0.27,  -0.04, -1.17,
                                     0.52,  -0.17, 0.77,  0.82,  2.16,  1.34, -0.37, -0.24, 1.1,   0.66,  0.64,  -1.62,
                                     -0.02, -0.74, 0.28,  -0.1,  0.91,  0.32, 0.79,  -0.47, -0.94, -0.41, -0.02, 0.38,
                                     2.26,  -0.04, -0.96, -0.35, -0.46, 0.48, -1.54, 0.06,  0.16,  0.23,  -0.6,  -0.24};
const std::vector<double> kMultiY = {0, 0, 1, 2, 1, 2, 2, 2, 1, 1, 1, 2, 0, 0, 0,
                                     1, 1, 2, 2, 0, 2, 2, 1, 2, 0, 1, 1, 1, 1, 1};
// LogisticRegression(C=1.0).fit(Xm, ym).predict(Xm)
const std::vector<double> kMultiPredicted = {0, 2, 1, 1, 1, 2, 2, 2, 1, 1, 1, 2, 2, 0, 0,
                                             1, 0, 2, 2, 2, 0, 2, 1, 1, 0, 1, 1, 1, 1, 1};

Result<std::unique_ptr<Model>> train(const Matrix& X, const Vector& y, int classes,
                                     const std::vector<std::string>& params, JobContext& ctx)
{
    return ModelRegistry::instance().train("logistic", X, y, {Task::Classification, classes}, params, 7, ctx);
}

}  // namespace

class TestLogistic : public QObject {
    Q_OBJECT

private slots:
    void matchesSklearn_data();
    void matchesSklearn();
    void defaultToleranceIsClose_data();
    void defaultToleranceIsClose();
    void withoutIntercept();
    void deterministic();
    void cancelled();
    void rejectsBadInput_data();
    void rejectsBadInput();
};

void TestLogistic::matchesSklearn_data()
{
    QTest::addColumn<bool>("multi");
    QTest::addColumn<QString>("C");
    // sklearn's coef_ (classes x features, row-major; one row for binary), intercept_, and
    // predict_proba(X[:3]) (row-major).
    QTest::addColumn<std::vector<double>>("coef");
    QTest::addColumn<std::vector<double>>("intercept");
    QTest::addColumn<std::vector<double>>("proba");
    // The exact optimum of the same objective (Newton's method in numpy to a gradient of 1e-14):
    // sklearn's lbfgs stops about 1e-5 away on these badly scaled features even at tol=1e-12,
    // so sklearn's numbers are checked to 1e-4 and the exact ones tightly.
    QTest::addColumn<std::vector<double>>("exactCoef");
    QTest::addColumn<std::vector<double>>("exactIntercept");
    QTest::addColumn<std::vector<double>>("exactProba");

    // LogisticRegression(C=1.0, tol=1e-12, max_iter=100000).fit(Xb, yb)
    QTest::newRow("binary C=1") << false << "1" << std::vector<double>{1.370144242041003, 0.02186124401824705}
                                << std::vector<double>{-0.08524578909291416}
                                << std::vector<double>{0.4302217911154813,  0.5697782088845187,  0.9426543294355656,
                                                       0.05734567056443444, 0.00223574531263826, 0.9977642546873617}
                                << std::vector<double>{1.370135605589771, 0.0218612093133291}
                                << std::vector<double>{-0.08524459152936452}
                                << std::vector<double>{0.43021978692739893,  0.5697802130726011,   0.9426541959250315,
                                                       0.057345804074968455, 0.002235786025149511, 0.9977642139748505};
    // LogisticRegression(C=0.1, tol=1e-12, max_iter=100000).fit(Xb, yb)
    QTest::newRow("binary C=0.1") << false << "0.1" << std::vector<double>{0.3632179867878532, 0.01597416056639154}
                                  << std::vector<double>{0.05809154038953776}
                                  << std::vector<double>{0.2550079398114975,  0.7449920601885025,   0.9024850611449763,
                                                         0.09751493885502369, 0.025885965086289375, 0.9741140349137106}
                                  << std::vector<double>{0.36321828350700025, 0.015974170333107204}
                                  << std::vector<double>{0.058090778308323224}
                                  << std::vector<double>{0.2550079834034613,  0.7449920165965387,   0.9024852479798527,
                                                         0.09751475202014724, 0.025885926463102282, 0.9741140735368977};
    // LogisticRegression(C=1.0, tol=1e-12, max_iter=100000).fit(Xm, ym): multinomial (softmax).
    QTest::newRow("multinomial") << true << "1"
                                 << std::vector<double>{1.0938720106692075, 0.22135778350821525, -1.2404420382443913,
                                                        0.9167210120084204, 0.1465700275751835,  -1.1380787955166356}
                                 << std::vector<double>{-0.4461887546815964, 0.5016745802089753, -0.0554858255273788}
                                 << std::vector<double>{0.5628887633156977,   0.21185300746003458, 0.22525822922426758,
                                                        0.3566231678699135,   0.07865308289679593, 0.5647237492332905,
                                                        0.020664959953457993, 0.947183941867693,   0.03215109817884926}
                                 << std::vector<double>{1.09388161874976,   0.2213680590279407,  -1.240443094342148,
                                                        0.9167083050760642, 0.14656147559238727, -1.1380763641040037}
                                 << std::vector<double>{-0.44619605265952883, 0.5016785211649457, -0.05548246850541689}
                                 << std::vector<double>{0.5628905557160898,   0.21185242651517008, 0.2252570177687401,
                                                        0.35662266345464305,  0.07865430925834184, 0.5647230272870152,
                                                        0.020664814904272973, 0.9471835401262474,  0.03215164496947959};
}

void TestLogistic::matchesSklearn()
{
    QFETCH(bool, multi);
    QFETCH(QString, C);
    QFETCH(std::vector<double>, coef);
    QFETCH(std::vector<double>, intercept);
    QFETCH(std::vector<double>, proba);
    QFETCH(std::vector<double>, exactCoef);
    QFETCH(std::vector<double>, exactIntercept);
    QFETCH(std::vector<double>, exactProba);

    const Matrix X = multi ? rowMajor(kMultiX, 2) : rowMajor(kBinaryX, 2);
    const Vector y = multi ? vec(kMultiY) : vec(kBinaryY);
    const int classes = multi ? 3 : 2;
    JobContext ctx;
    auto model = train(X, y, classes, {"C=" + C.toStdString(), "tol=1e-10", "max_iter=10000"}, ctx);
    QVERIFY2(model.isOk(), model.status().message().c_str());
    const auto& logistic = dynamic_cast<const LogisticModel&>(**model);
    QVERIFY(logistic.warnings().empty());
    const Eigen::Index outputs = logistic.coefficients().cols();
    QCOMPARE(outputs, Eigen::Index(multi ? 3 : 1));
    for (Eigen::Index k = 0; k < outputs; ++k) {
        for (Eigen::Index j = 0; j < 2; ++j) {
            MLWB_COMPARE_NEAR(logistic.coefficients()(j, k), exactCoef[size_t(k * 2 + j)], 1e-8);
            MLWB_COMPARE_NEAR(logistic.coefficients()(j, k), coef[size_t(k * 2 + j)], 1e-4);
        }
        MLWB_COMPARE_NEAR(logistic.intercepts()[k], exactIntercept[size_t(k)], 1e-8);
        MLWB_COMPARE_NEAR(logistic.intercepts()[k], intercept[size_t(k)], 1e-4);
    }
    auto p = logistic.predictProba(X.topRows(3));
    QVERIFY(p.isOk());
    for (Eigen::Index i = 0; i < 3; ++i)
        for (Eigen::Index k = 0; k < classes; ++k) {
            MLWB_COMPARE_NEAR((*p)(i, k), exactProba[size_t(i * classes + k)], 1e-9);
            MLWB_COMPARE_NEAR((*p)(i, k), proba[size_t(i * classes + k)], 1e-5);
        }
}

void TestLogistic::defaultToleranceIsClose_data()
{
    QTest::addColumn<bool>("multi");
    QTest::newRow("binary") << false;
    QTest::newRow("multinomial") << true;
}

// With the defaults (tol=1e-4, max_iter=100) internal standardization must still land next to
// the exact optimum and reproduce sklearn's predictions on the training rows.
void TestLogistic::defaultToleranceIsClose()
{
    QFETCH(bool, multi);
    const Matrix X = multi ? rowMajor(kMultiX, 2) : rowMajor(kBinaryX, 2);
    const Vector y = multi ? vec(kMultiY) : vec(kBinaryY);
    JobContext ctx;
    auto model = train(X, y, multi ? 3 : 2, {}, ctx);
    QVERIFY(model.isOk());
    QVERIFY((*model)->warnings().empty());
    auto predicted = (*model)->predict(X);
    QVERIFY(predicted.isOk());
    if (multi) {
        QCOMPARE(*predicted, vec(kMultiPredicted));
        MLWB_COMPARE_NEAR((*(*model)->predictProba(X.topRows(1)))(0, 0), 0.5628887633156977, 1e-3);
    } else {
        // LogisticRegression(C=1.0).fit(Xb, yb).predict(Xb) is right on 25 of 30 rows.
        QCOMPARE(((*predicted).array() == y.array()).count(), Eigen::Index(25));
        MLWB_COMPARE_NEAR((*(*model)->predictProba(X.topRows(1)))(0, 1), 0.5697782088845187, 1e-3);
    }
}

void TestLogistic::withoutIntercept()
{
    JobContext ctx;
    auto model = train(rowMajor(kBinaryX, 2), vec(kBinaryY), 2, {"fit_intercept=false", "tol=1e-10"}, ctx);
    QVERIFY(model.isOk());
    const auto& logistic = dynamic_cast<const LogisticModel&>(**model);
    // LogisticRegression(fit_intercept=False, tol=1e-12, max_iter=100000).fit(Xb, yb); sklearn's
    // lbfgs stops ~1e-5 short on this scaling (see matchesSklearn), hence 1e-4.
    MLWB_COMPARE_NEAR(logistic.coefficients()(0, 0), 1.357545347031296, 1e-4);
    MLWB_COMPARE_NEAR(logistic.coefficients()(1, 0), 0.02146193900488451, 1e-5);
    QCOMPARE(logistic.intercepts()[0], 0.0);
    auto p = logistic.predictProba(rowMajor(kBinaryX, 2).topRows(2));
    MLWB_COMPARE_NEAR((*p)(0, 1), 0.5853956883737426, 1e-5);
    MLWB_COMPARE_NEAR((*p)(1, 0), 0.93455967089964, 1e-5);
}

void TestLogistic::deterministic()
{
    JobContext ctx;
    auto a = train(rowMajor(kMultiX, 2), vec(kMultiY), 3, {}, ctx);
    auto b = train(rowMajor(kMultiX, 2), vec(kMultiY), 3, {}, ctx);
    QVERIFY(a.isOk() && b.isOk());
    QCOMPARE(*(*a)->predictProba(rowMajor(kMultiX, 2)), *(*b)->predictProba(rowMajor(kMultiX, 2)));
}

void TestLogistic::cancelled()
{
    JobContext ctx;
    ctx.setObserver([&](double fraction, const std::string&) {
        if (fraction > 0) ctx.requestCancel();
    });
    auto model = train(rowMajor(kBinaryX, 2), vec(kBinaryY), 2, {"tol=1e-15", "max_iter=100000"}, ctx);
    QVERIFY(!model.isOk());
    QVERIFY(model.status().isCancelled());
}

void TestLogistic::rejectsBadInput_data()
{
    QTest::addColumn<int>("task");  // 0 classification, 1 regression
    QTest::addColumn<int>("classes");
    QTest::addColumn<std::vector<double>>("y");
    QTest::addColumn<QString>("message");

    QTest::newRow("regression target")
        << 1 << 0 << std::vector<double>{0, 1, 0, 1}
        << "model \"logistic\" does not support regression; models that do: linear, knn, tree, random_forest, gbt, mlp";
    QTest::newRow("one class") << 0 << 1 << std::vector<double>{0, 0, 0, 0}
                               << "model \"logistic\": the target has only 1 class; a classifier needs at least 2";
    QTest::newRow("code out of range") << 0 << 2 << std::vector<double>{0, 1, 2, 1}
                                       << "model \"logistic\": target value 2 in row 3 is not a class code 0..1";
    QTest::newRow("bad C") << 0 << 2 << std::vector<double>{0, 1, 0, 1} << "parameter \"C\": 0 must be greater than 0";
}

void TestLogistic::rejectsBadInput()
{
    QFETCH(int, task);
    QFETCH(int, classes);
    QFETCH(std::vector<double>, y);
    QFETCH(QString, message);
    JobContext ctx;
    const std::vector<std::string> params =
        QTest::currentDataTag() == QByteArray("bad C") ? std::vector<std::string>{"C=0"} : std::vector<std::string>{};
    auto model =
        ModelRegistry::instance().train("logistic", rowMajor({1, 2, 3, 4}, 1), vec(y),
                                        {task ? Task::Regression : Task::Classification, classes}, params, 1, ctx);
    QVERIFY(!model.isOk());
    QCOMPARE(QString::fromStdString(model.status().message()), message);
}

QTEST_GUILESS_MAIN(TestLogistic)
#include "test_logistic.moc"
