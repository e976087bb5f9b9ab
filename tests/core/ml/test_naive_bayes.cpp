// Tests of the naive Bayes kinds against scikit-learn 1.2 (GaussianNB, CategoricalNB) on fixed
// data: fitted means and variances, probabilities and predictions; unseen category codes,
// bad feature values and cancellation. The mixed kind "naive_bayes" against a hand
// computation (numeric and categorical features, missing values, an unseen code) and against
// the other two on all-numeric and all-categorical data; its place in the registry and its
// messages.
#include "core/ml/naive_bayes/categorical_nb.h"
#include "core/ml/naive_bayes/gaussian_nb.h"
#include "core/ml/naive_bayes/mixed_nb.h"
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
                                     const std::vector<std::string>& params, std::vector<int> categories = {})
{
    JobContext ctx;
    return ModelRegistry::instance().train(kind, X, y, {Task::Classification, classes, std::move(categories)}, params,
                                           3, ctx);
}

// The mixed data of naiveBayesByHand: a numeric feature, then a categorical one with four
// categories (code 3 never occurs), two classes of three rows, a value missing in each.
const std::vector<double> kMixedX = {1, 0, 2, 1, 3, 0, 4, 2, 6, kNaN, kNaN, 2};
const std::vector<double> kMixedY = {0, 0, 0, 1, 1, 1};
const std::vector<int> kMixedCategories = {0, 4};

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
    void naiveBayesByHand();
    void naiveBayesMatchesGaussianOnNumbers_data();
    void naiveBayesMatchesGaussianOnNumbers();
    void naiveBayesMatchesCategoricalOnCodes_data();
    void naiveBayesMatchesCategoricalOnCodes();
    void naiveBayesInTheRegistry();
    void naiveBayesRejectsBadInput_data();
    void naiveBayesRejectsBadInput();
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
    QVERIFY(trainNaiveBayes(rowMajor(kMixedX, 2), vec(kMixedY), {Task::Classification, 2, kMixedCategories}, {}, ctx)
                .status()
                .isCancelled());
}

void TestNaiveBayes::naiveBayesByHand()
{
    auto model = train("naive_bayes", rowMajor(kMixedX, 2), vec(kMixedY), 2, {}, kMixedCategories);
    QVERIFY2(model.isOk(), model.status().message().c_str());
    const auto& nb = dynamic_cast<const NaiveBayesModel&>(**model);
    // By hand. Priors 3/6 each. Numeric feature, missing value skipped: class 0 has 1, 2, 3
    // (mean 2, variance 2/3), class 1 has 4, 6 (mean 5, variance 1); var_smoothing 1e-9 times
    // the variance of 1, 2, 3, 4, 6 (2.96) is added to both. Categorical feature, K = 4,
    // alpha = 1, missing value not counted: class 0 has codes 0, 1, 0, so (count + 1) / (3 + 4)
    // = 3/7, 2/7, 1/7, 1/7; class 1 has 2, 2, so (count + 1) / (2 + 4) = 1/6, 1/6, 3/6, 1/6.
    const double eps = 2.96e-9;
    const auto& numeric = nb.features()[0];
    QCOMPARE(numeric.categories, 0);
    MLWB_COMPARE_NEAR(numeric.means[0], 2.0, 1e-15);
    MLWB_COMPARE_NEAR(numeric.means[1], 5.0, 1e-15);
    MLWB_COMPARE_NEAR(numeric.variances[0], 2.0 / 3.0 + eps, 1e-15);
    MLWB_COMPARE_NEAR(numeric.variances[1], 1.0 + eps, 1e-15);
    const Matrix expectedTable = rowMajor({3.0 / 7, 2.0 / 7, 1.0 / 7, 1.0 / 7, 1.0 / 6, 1.0 / 6, 3.0 / 6, 1.0 / 6}, 4);
    QVERIFY((nb.features()[1].logProbabilities.array().exp().matrix() - expectedTable).cwiseAbs().maxCoeff() < 1e-15);

    // P(class 0 | x) = a0 / (a0 + a1), a_c = 1/2 * N(x1; mean_c, var_c) * P(x2 | c), a missing
    // value's factor left out:
    //   (2.5, 1):   2/7 N(2.5; 2, 2/3+eps)  vs 1/6 N(2.5; 5, 1+eps)  -> 0.9753790641081557
    //   (NaN, 2):   1/7 vs 3/6                                        -> 2/9
    //   (4.5, NaN): N(4.5; 2, 2/3+eps)      vs N(4.5; 5, 1+eps)      -> 0.012620058404192058
    //   (NaN, 3):   code 3 never seen: 1/7 vs 1/6                     -> 6/13
    //   (5, 0):     3/7 N(5; 2, 2/3+eps)    vs 1/6 N(5; 5, 1+eps)    -> 0.0036739550441865563
    // (the Gaussian ones evaluated with Python's math module, the formulas as written here).
    const Matrix Q = rowMajor({2.5, 1, kNaN, 2, 4.5, kNaN, kNaN, 3, 5, 0}, 2);
    const std::vector<double> p0 = {0.9753790641081557, 2.0 / 9, 0.012620058404192058, 6.0 / 13, 0.0036739550441865563};
    auto proba = (*model)->predictProba(Q);
    QVERIFY2(proba.isOk(), proba.status().message().c_str());
    for (Eigen::Index i = 0; i < Q.rows(); ++i) {
        MLWB_COMPARE_NEAR((*proba)(i, 0), p0[size_t(i)], 1e-12);
        MLWB_COMPARE_NEAR((*proba)(i, 1), 1.0 - p0[size_t(i)], 1e-12);
    }
    QCOMPARE(*(*model)->predict(Q), vec({0, 1, 1, 1, 1}));
    // A row with every value missing is left with the priors.
    auto blank = (*model)->predictProba(rowMajor({kNaN, kNaN}, 2));
    QVERIFY(blank.isOk());
    MLWB_COMPARE_NEAR((*blank)(0, 0), 0.5, 1e-15);
}

void TestNaiveBayes::naiveBayesMatchesGaussianOnNumbers_data()
{
    QTest::addColumn<QString>("param");
    QTest::addColumn<bool>("zeroCounts");  // categories given as {0, 0, 0} rather than empty
    QTest::newRow("default") << QString() << false;
    QTest::newRow("counts of 0") << QString() << true;
    QTest::newRow("var_smoothing=0.1") << "var_smoothing=0.1" << false;
}

void TestNaiveBayes::naiveBayesMatchesGaussianOnNumbers()
{
    QFETCH(QString, param);
    QFETCH(bool, zeroCounts);
    std::vector<std::string> params;
    if (!param.isEmpty()) params.push_back(param.toStdString());
    const Matrix X = rowMajor(kGaussX, 3);
    auto gaussian = train("gaussian_nb", X, vec(kGaussY), 3, params);
    auto mixed =
        train("naive_bayes", X, vec(kGaussY), 3, params, zeroCounts ? std::vector<int>{0, 0, 0} : std::vector<int>{});
    QVERIFY(gaussian.isOk());
    QVERIFY2(mixed.isOk(), mixed.status().message().c_str());
    // The training rows and the queries, whose probabilities gaussianMatchesSklearn checks
    // against scikit-learn.
    for (const Matrix& Q : {X, rowMajor(kGaussQuery, 3)}) {
        const Matrix expected = *(*gaussian)->predictProba(Q);
        const Matrix actual = *(*mixed)->predictProba(Q);
        QVERIFY2((actual - expected).cwiseAbs().maxCoeff() < 1e-12,
                 qPrintable(QString::number((actual - expected).cwiseAbs().maxCoeff())));
        QCOMPARE(*(*mixed)->predict(Q), *(*gaussian)->predict(Q));
    }
}

void TestNaiveBayes::naiveBayesMatchesCategoricalOnCodes_data()
{
    QTest::addColumn<QString>("alpha");
    QTest::newRow("alpha=1") << "1";
    QTest::newRow("alpha=0.5") << "0.5";
    QTest::newRow("alpha=3") << "3";
}

void TestNaiveBayes::naiveBayesMatchesCategoricalOnCodes()
{
    QFETCH(QString, alpha);
    const std::vector<std::string> params = {"alpha=" + alpha.toStdString()};
    const Matrix X = rowMajor(kCatX, 2);
    auto categorical = train("categorical_nb", X, vec(kCatY), 2, params);
    // The category counts categorical_nb finds itself: the largest code + 1.
    auto mixed = train("naive_bayes", X, vec(kCatY), 2, params, {3, 2});
    QVERIFY(categorical.isOk());
    QVERIFY2(mixed.isOk(), mixed.status().message().c_str());
    for (const Matrix& Q : {X, rowMajor(kCatQuery, 2)}) {
        const Matrix expected = *(*categorical)->predictProba(Q);
        const Matrix actual = *(*mixed)->predictProba(Q);
        QVERIFY2((actual - expected).cwiseAbs().maxCoeff() < 1e-12,
                 qPrintable(QString::number((actual - expected).cwiseAbs().maxCoeff())));
        QCOMPARE(*(*mixed)->predict(Q), *(*categorical)->predict(Q));
    }
}

void TestNaiveBayes::naiveBayesInTheRegistry()
{
    const auto& kinds = ModelRegistry::instance().kinds();
    auto position = [&](const char* name) {
        for (size_t i = 0; i < kinds.size(); ++i)
            if (kinds[i].name == name) return int(i);
        return -1;
    };
    // Pickers list the kinds in registry order: the mixed one comes first of the three.
    QVERIFY(position("naive_bayes") >= 0);
    QVERIFY(position("naive_bayes") < position("gaussian_nb"));
    QVERIFY(position("naive_bayes") < position("categorical_nb"));
    const ModelKind& kind = kinds[size_t(position("naive_bayes"))];
    QVERIFY(kind.nativeFeatures);  // the experiment hands it category codes and NaN
    QVERIFY(kind.classification && !kind.regression && !kind.unsupervised());
    QVERIFY2(QString::fromStdString(kind.description).contains("categorical") &&
                 QString::fromStdString(kind.description).contains("missing values"),
             kind.description.c_str());
    const ParamValues defaults = ParamValues::defaults(kind.params);
    QCOMPARE(defaults.getDouble("var_smoothing"), 1e-9);
    QCOMPARE(defaults.getDouble("alpha"), 1.0);
}

void TestNaiveBayes::naiveBayesRejectsBadInput_data()
{
    QTest::addColumn<QStringList>("params");
    QTest::addColumn<bool>("regression");
    QTest::addColumn<double>("trainValue");  // put at training row 1, feature 2 (NaN: leave the data)
    QTest::addColumn<std::vector<int>>("categories");
    QTest::addColumn<std::vector<double>>("predictRow");  // empty: training must fail
    QTest::addColumn<QString>("message");                 // how the message starts
    const std::vector<int> mixed = kMixedCategories;
    QTest::newRow("regression") << QStringList() << true << kNaN << mixed << std::vector<double>{}
                                << "model \"naive_bayes\" does not support regression";
    QTest::newRow("alpha=0") << QStringList{"alpha=0"} << false << kNaN << mixed << std::vector<double>{}
                             << "parameter \"alpha\"";
    QTest::newRow("var_smoothing=-1") << QStringList{"var_smoothing=-1"} << false << kNaN << mixed
                                      << std::vector<double>{} << "parameter \"var_smoothing\"";
    QTest::newRow("code too large") << QStringList() << false << 4.0 << mixed << std::vector<double>{}
                                    << "model \"naive_bayes\": feature 2 has the value 4 in training row 1, but "
                                       "its category codes are 0 to 3";
    QTest::newRow("fractional code") << QStringList() << false << 0.5 << mixed << std::vector<double>{}
                                     << "model \"naive_bayes\": feature 2 has the value 0.5 in training row 1";
    QTest::newRow("negative code") << QStringList() << false << -1.0 << mixed << std::vector<double>{}
                                   << "model \"naive_bayes\": feature 2 has the value -1 in training row 1";
    QTest::newRow("counts for too few features")
        << QStringList() << false << kNaN << std::vector<int>{4} << std::vector<double>{}
        << "model \"naive_bayes\": 2 features but category counts for 1";
    QTest::newRow("code too large at predict")
        << QStringList() << false << kNaN << mixed << std::vector<double>{1, 7}
        << "model \"naive_bayes\": feature 2 has the value 7 in row 1 of the rows to predict, but its category "
           "codes are 0 to 3";
    QTest::newRow("infinite number at predict")
        << QStringList() << false << kNaN << mixed << std::vector<double>{std::numeric_limits<double>::infinity(), 1}
        << "model \"naive_bayes\": feature 1 has the value inf in row 1 of the rows to predict";
}

void TestNaiveBayes::naiveBayesRejectsBadInput()
{
    QFETCH(QStringList, params);
    QFETCH(bool, regression);
    QFETCH(double, trainValue);
    QFETCH(std::vector<int>, categories);
    QFETCH(std::vector<double>, predictRow);
    QFETCH(QString, message);
    Matrix X = rowMajor(kMixedX, 2);
    if (!std::isnan(trainValue)) X(0, 1) = trainValue;
    std::vector<std::string> assignments;
    for (const QString& p : params) assignments.push_back(p.toStdString());
    JobContext ctx;
    const TargetInfo target(regression ? Task::Regression : Task::Classification, regression ? 0 : 2, categories);
    auto model = ModelRegistry::instance().train("naive_bayes", X, vec(kMixedY), target, assignments, 0, ctx);
    Status status = model.status();
    if (!predictRow.empty()) {
        QVERIFY2(model.isOk(), model.status().message().c_str());
        status = (*model)->predictProba(rowMajor(predictRow, 2)).status();
    }
    QVERIFY(!status.isOk());
    QVERIFY2(QString::fromStdString(status.message()).startsWith(message), status.message().c_str());
}

QTEST_GUILESS_MAIN(TestNaiveBayes)
#include "test_naive_bayes.moc"
