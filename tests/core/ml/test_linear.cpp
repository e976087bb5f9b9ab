// Tests of the "linear" kind against scikit-learn 1.2 on fixed data (LinearRegression, Ridge,
// Lasso), plus the registry path, non-convergence warnings, cancellation and bad input.
#include "core/ml/linear/linear_model.h"
#include "core/ml/registry.h"
#include "ml_test_support.h"

#include <QTest>

using namespace mlwb::core;
using namespace mlwb::core::ml;
using namespace mlwb::core::ml::testing;

namespace {

// np.random.RandomState(0): X = round(randn(20, 3) * [1, 10, 0.1], 3),
// y = round(X @ [2, -0.3, 5] + 1.5 + randn(20) * 0.5, 3). Features on very different scales.
const std::vector<double> kX = {1.764,   4.002,  0.098,  2.241,  18.676, -0.098,  0.95,    -1.514, -0.01,  0.411,
                                1.44,    0.145,  0.761,  1.217,  0.044,  0.334,   14.941,  -0.021, 0.313,  -8.541,
                                -0.255,  0.654,  8.644,  -0.074, 2.27,   -14.544, 0.005,   -0.187, 15.328, 0.147,
                                0.155,   3.782,  -0.089, -1.981, -3.479, 0.016,   1.23,    12.024, -0.039, -0.302,
                                -10.486, -0.142, -1.706, 19.508, -0.051, -0.438,  -12.528, 0.078,  -1.614, -2.127,
                                -0.09,   0.387,  -5.108, -0.118, -0.028, 4.283,   0.007,   0.302,  -6.343, -0.036};
const std::vector<double> kY = {3.981, -0.291, 3.398, 1.752, 2.966,  -2.62, 2.598,  0.076, 9.975, -2.711,
                                0.595, -1.274, 0.728, 2.714, -7.818, 4.43,  -1.975, 2.927, 0.038, 3.855};

// W = np.c_[X[:5], X[:5] ** 2, X[:5, 0] * X[:5, 1]]: more features than rows.
const std::vector<double> kWide = {1.764,
                                   4.002,
                                   0.098,
                                   3.1116960000000002,
                                   16.016004,
                                   0.009604000000000001,
                                   7.059527999999999,
                                   2.241,
                                   18.676,
                                   -0.098,
                                   5.022081000000001,
                                   348.79297599999995,
                                   0.009604000000000001,
                                   41.852916,
                                   0.95,
                                   -1.514,
                                   -0.01,
                                   0.9025,
                                   2.292196,
                                   0.0001,
                                   -1.4383,
                                   0.411,
                                   1.44,
                                   0.145,
                                   0.168921,
                                   2.0736,
                                   0.021025,
                                   0.5918399999999999,
                                   0.761,
                                   1.217,
                                   0.044,
                                   0.579121,
                                   1.481089,
                                   0.0019359999999999998,
                                   0.9261370000000001};

Result<std::unique_ptr<Model>> trainWith(const Matrix& X, const std::vector<std::string>& params)
{
    JobContext ctx;
    return ModelRegistry::instance().train("linear", X, vec(kY), {Task::Regression, 0}, params, 1, ctx);
}

}  // namespace

class TestLinear : public QObject {
    Q_OBJECT

private slots:
    void matchesSklearn_data();
    void matchesSklearn();
    void predictsWithIntercept();
    void lassoWarnsWhenNotConverged();
    void cancelled();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void rejectsClassification();
};

void TestLinear::matchesSklearn_data()
{
    QTest::addColumn<QStringList>("params");
    QTest::addColumn<int>("shape");  // 0 X, 1 third column replaced by the first, 2 wide (kWide)
    QTest::addColumn<std::vector<double>>("coef");
    QTest::addColumn<double>("intercept");

    // LinearRegression().fit(X, y)
    QTest::newRow("ols") << QStringList{} << 0
                         << std::vector<double>{1.9680900029439454, -0.28058033904308954, 4.971023242654076}
                         << 1.294037727598807;
    // Ridge(alpha=1.0).fit(X, y): the small-scale third feature is shrunk hardest.
    QTest::newRow("ridge") << QStringList{"penalty=l2", "alpha=1"} << 0
                           << std::vector<double>{1.909622116026761, -0.27419477606215764, 0.7661903388688113}
                           << 1.1961087346952521;
    // Lasso(alpha=0.1, tol=1e-10, max_iter=100000).fit(X, y)
    QTest::newRow("lasso") << QStringList{"penalty=l1", "alpha=0.1", "tol=1e-10", "max_iter=100000"} << 0
                           << std::vector<double>{1.9088065822228102, -0.27223692104772307, 0.0} << 1.1739952137251763;
    // Lasso(alpha=5.0, tol=1e-10, max_iter=100000).fit(X, y)
    QTest::newRow("lasso strong") << QStringList{"penalty=l1", "alpha=5", "tol=1e-10", "max_iter=100000"} << 0
                                  << std::vector<double>{0.0, -0.21675875521409588, 0.0} << 1.59177621177561;
    // X[:, 2] = X[:, 0]; LinearRegression().fit(X, y): lstsq's minimum-norm split of the weight.
    QTest::newRow("ols collinear") << QStringList{} << 1
                                   << std::vector<double>{0.9936645675256981, -0.273512944013391, 0.9936645675256983}
                                   << 1.154838103639054;
    // LinearRegression(fit_intercept=False).fit(X, y)
    QTest::newRow("ols no intercept") << QStringList{"fit_intercept=false"} << 0
                                      << std::vector<double>{2.2115036197722135, -0.25533195040759976,
                                                             1.5732768121454994}
                                      << 0.0;
    // Ridge(alpha=1.0, fit_intercept=False).fit(X, y)
    QTest::newRow("ridge no intercept") << QStringList{"penalty=l2", "fit_intercept=false"} << 0
                                        << std::vector<double>{2.1303939640993583, -0.25327936991455136,
                                                               0.2537063891144627}
                                        << 0.0;
    // Ridge(alpha=0.5).fit(W, y[:5]): 7 features, 5 rows, solved in the dual.
    QTest::newRow("ridge wide") << QStringList{"penalty=l2", "alpha=0.5"} << 2
                                << std::vector<double>{0.3299394951654709,  -0.373510978971511,   -0.08564200269191426,
                                                       0.43421208893057883, -0.02082356740643121, -0.015434961222295807,
                                                       0.20546266728714624}
                                << 2.4203408046016164;
}

void TestLinear::matchesSklearn()
{
    QFETCH(QStringList, params);
    QFETCH(int, shape);
    QFETCH(std::vector<double>, coef);
    QFETCH(double, intercept);

    Matrix X = shape == 2 ? rowMajor(kWide, 7) : rowMajor(kX, 3);
    if (shape == 1) X.col(2) = X.col(0);
    std::vector<std::string> list;
    for (const auto& p : params) list.push_back(p.toStdString());
    JobContext ctx;
    auto model =
        ModelRegistry::instance().train("linear", X, vec(kY).head(X.rows()), {Task::Regression, 0}, list, 1, ctx);
    QVERIFY2(model.isOk(), model.status().message().c_str());
    const auto& linear = dynamic_cast<const LinearModel&>(**model);
    QVERIFY(linear.warnings().empty());
    QCOMPARE(linear.coefficients().size(), Eigen::Index(coef.size()));
    for (size_t j = 0; j < coef.size(); ++j) MLWB_COMPARE_NEAR(linear.coefficients()[Eigen::Index(j)], coef[j], 1e-8);
    MLWB_COMPARE_NEAR(linear.intercept(), intercept, 1e-8);
}

void TestLinear::predictsWithIntercept()
{
    // y = 3 + 2 x exactly: the fit is exact and predictions extrapolate.
    const Matrix X = rowMajor({0, 1, 2, 3}, 1);
    JobContext ctx;
    auto model = trainLinear(X, vec({3, 5, 7, 9}), {}, ctx);
    QVERIFY(model.isOk());
    auto predicted = (*model)->predict(rowMajor({10, -1}, 1));
    QVERIFY(predicted.isOk());
    MLWB_COMPARE_NEAR((*predicted)[0], 23.0, 1e-10);
    MLWB_COMPARE_NEAR((*predicted)[1], 1.0, 1e-10);

    auto wrongWidth = (*model)->predict(rowMajor({1, 2}, 2));
    QVERIFY(!wrongWidth.isOk());
    QCOMPARE(QString::fromStdString(wrongWidth.status().message()),
             QString("model \"linear\" was trained on 1 features but got 2; prepare the rows with the same feature "
                     "preparation as the training rows"));
    QCOMPARE((*model)->predictProba(X).status().code(), ErrorCode::Unsupported);
}

void TestLinear::lassoWarnsWhenNotConverged()
{
    auto model = trainWith(rowMajor(kX, 3), {"penalty=l1", "alpha=0.1", "tol=1e-12", "max_iter=1"});
    QVERIFY(model.isOk());
    QCOMPARE((*model)->warnings().size(), size_t(1));
    QVERIFY(QString::fromStdString((*model)->warnings()[0]).startsWith("lasso did not converge in 1 sweeps"));
}

void TestLinear::cancelled()
{
    // Cancel from the first progress report, as the GUI's Cancel button would mid-job.
    JobContext ctx;
    int reports = 0;
    ctx.setObserver([&](double, const std::string&) {
        ++reports;
        ctx.requestCancel();
    });
    LinearParams params;
    params.penalty = LinearParams::Penalty::L1;
    params.alpha = 1e-6;
    params.tol = 1e-15;
    params.maxIter = 1000000;
    auto model = trainLinear(rowMajor(kX, 3), vec(kY), params, ctx);
    QVERIFY(!model.isOk());
    QVERIFY(model.status().isCancelled());
    QVERIFY(reports >= 1 && reports < 10);
}

void TestLinear::rejectsBadInput_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("targets");
    QTest::addColumn<bool>("nan");
    QTest::addColumn<QString>("message");

    QTest::newRow("size mismatch") << 4 << 3 << false << "model \"linear\": 4 feature rows but 3 target values";
    QTest::newRow("no rows") << 0 << 0 << false << "model \"linear\": no training rows";
    QTest::newRow("nan feature") << 4 << 4 << true << "model \"linear\": the features contain missing";
}

void TestLinear::rejectsBadInput()
{
    QFETCH(int, rows);
    QFETCH(int, targets);
    QFETCH(bool, nan);
    QFETCH(QString, message);
    Matrix X = Matrix::Ones(rows, 2);
    if (nan) X(1, 1) = kNaN;
    JobContext ctx;
    auto model = trainLinear(X, Vector::Zero(targets), {}, ctx);
    QVERIFY(!model.isOk());
    QVERIFY2(QString::fromStdString(model.status().message()).startsWith(message), model.status().message().c_str());
}

void TestLinear::rejectsClassification()
{
    JobContext ctx;
    auto model = ModelRegistry::instance().train("linear", Matrix::Ones(4, 1), vec({0, 1, 0, 1}),
                                                 {Task::Classification, 2}, {}, 1, ctx);
    QVERIFY(!model.isOk());
    QCOMPARE(QString::fromStdString(model.status().message()),
             QString("model \"linear\" does not support classification; models that do: logistic, naive_bayes, "
                     "gaussian_nb, categorical_nb, knn, tree, random_forest, gbt, mlp"));
}

QTEST_GUILESS_MAIN(TestLinear)
#include "test_linear.moc"
