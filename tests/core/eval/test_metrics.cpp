// Tests of metrics.h against scikit-learn 1.2.1: classification (ties, multiclass, a class never
// predicted, perfect and constant predictions), regression, clustering, fold averages, input
// errors, and the 1M-row time budget. Expected numbers come from the sklearn call named beside them.
#include "core/eval/metrics.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <random>
#include <string>
#include <utility>
#include <vector>

using namespace mlwb::core;

namespace {

using Labels = std::vector<int32_t>;
using Expected = std::vector<std::pair<std::string, double>>;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Row-major probabilities, as written in the python one-liners, to an Eigen matrix.
Eigen::MatrixXd probaMatrix(const std::vector<double>& rowMajor, int classCount)
{
    if (classCount == 0 || rowMajor.empty()) return Eigen::MatrixXd(0, 0);
    const Eigen::Index rows = Eigen::Index(rowMajor.size()) / classCount;
    Eigen::MatrixXd m(rows, classCount);
    for (Eigen::Index i = 0; i < rows; ++i)
        for (Eigen::Index c = 0; c < classCount; ++c) m(i, c) = rowMajor[size_t(i * classCount + c)];
    return m;
}

// Binary probabilities [1 - s, s] from positive-class scores.
std::vector<double> binaryProba(const std::vector<double>& scores)
{
    std::vector<double> out;
    for (double s : scores) {
        out.push_back(1.0 - s);
        out.push_back(s);
    }
    return out;
}

bool close(double actual, double expected, double tolerance = 1e-12)
{
    if (std::isnan(expected)) return std::isnan(actual);
    return std::abs(actual - expected) <= tolerance * std::max(1.0, std::abs(expected));
}

void verifyMetrics(const MetricSet& set, const Expected& expected, double tolerance = 1e-12)
{
    for (const auto& [name, value] : expected) {
        QVERIFY2(set.contains(name), name.c_str());
        const double actual = set.value(name);
        QVERIFY2(close(actual, value, tolerance),
                 (name + ": got " + std::to_string(actual) + ", expected " + std::to_string(value)).c_str());
    }
}

// Pairs (positive, negative) ranked correctly, ties counting one half: the Mann-Whitney
// definition of ROC AUC, computed the slow way to check the sorted trapezoid independently.
double rocAucByPairs(const Labels& y, const std::vector<double>& s)
{
    double wins = 0.0, pairs = 0.0;
    for (size_t i = 0; i < y.size(); ++i) {
        if (y[i] != 1) continue;
        for (size_t j = 0; j < y.size(); ++j) {
            if (y[j] == 1) continue;
            pairs += 1.0;
            wins += s[i] > s[j] ? 1.0 : (s[i] == s[j] ? 0.5 : 0.0);
        }
    }
    return wins / pairs;
}

}  // namespace

class TestMetrics : public QObject {
    Q_OBJECT

private slots:
    void classification_data();
    void classification();
    void metricOrderAndNames();
    void withoutProbabilities();
    void undefinedAucIsNaN();
    void ovrSkipsAbsentClass();
    void confusionMatrixCounts();
    void rocAucMatchesPairCount_data();
    void rocAucMatchesPairCount();
    void classificationErrors_data();
    void classificationErrors();
    void regression_data();
    void regression();
    void regressionErrors_data();
    void regressionErrors();
    void clustering();
    void silhouetteSampling();
    void clusteringErrors_data();
    void clusteringErrors();
    void averageOverFolds();
};

void TestMetrics::classification_data()
{
    QTest::addColumn<Labels>("yTrue");
    QTest::addColumn<Labels>("yPred");
    QTest::addColumn<std::vector<double>>("proba");
    QTest::addColumn<int>("classCount");
    QTest::addColumn<Expected>("expected");

    // y=[0,0,1,1,1,0,1,0], s=[0.1,0.4,0.35,0.8,0.8,0.8,0.5,0.5] (ties at 0.8 and 0.5), pred = s >= 0.5.
    const std::vector<double> s{0.1, 0.4, 0.35, 0.8, 0.8, 0.8, 0.5, 0.5};
    QTest::newRow("binary with tied scores")
        << Labels{0, 0, 1, 1, 1, 0, 1, 0} << Labels{0, 0, 0, 1, 1, 1, 1, 1} << binaryProba(s) << 2
        << Expected{{"roc_auc", 0.65625},              // roc_auc_score(y, s)
                    {"pr_auc", 0.6261904761904762},    // average_precision_score(y, s)
                    {"log_loss", 0.6385034550131132},  // log_loss(y, c_[1-s, s], eps=1e-15)
                    {"brier", 0.22656250000000003},    // brier_score_loss(y, s)
                    {"accuracy", 0.625},               // accuracy_score(y, p)
                    {"balanced_accuracy", 0.625},      // balanced_accuracy_score(y, p)
                    {"precision_macro",
                     0.6333333333333333},  // precision_recall_fscore_support(average="macro", zero_division=0)
                    {"recall_macro", 0.625},
                    {"f1_macro", 0.6190476190476191},
                    {"precision_weighted", 0.6333333333333333},  // ... average="weighted"
                    {"recall_weighted", 0.625},
                    {"f1_weighted", 0.6190476190476191},
                    {"mcc", 0.2581988897471611}};  // matthews_corrcoef(y, p)

    // Three classes with tied probabilities inside columns; p = P.argmax(1) = [0,1,2,2,0,0,2,1,1,1].
    QTest::newRow("multiclass")
        << Labels{0, 1, 2, 2, 1, 0, 2, 1, 0, 2} << Labels{0, 1, 2, 2, 0, 0, 2, 1, 1, 1}
        << std::vector<double>{.7, .2,  .1,  .2, .5, .3, .1, .3, .6, .3, .3, .4, .4,  .4, .2,
                               .5, .25, .25, .2, .2, .6, .1, .6, .3, .3, .4, .3, .25, .5, .25}
        << 3
        << Expected{
               {"roc_auc",
                0.8958333333333334},  // roc_auc_score(y, P, multi_class="ovr")
                                      // average_precision_score(label_binarize(y, classes=[0,1,2]), P, average="macro")
               {"pr_auc", 0.8324074074074074},
               {"log_loss", 0.7698294805550732},  // log_loss(y, P, eps=1e-15)
               // np.mean(np.sum((P - np.eye(3)[y])**2, axis=1)): Brier's multiclass score
               {"brier", 0.43699999999999994},
               {"accuracy", 0.7},
               {"balanced_accuracy", 0.6944444444444443},
               {"precision_macro", 0.7222222222222222},
               {"recall_macro", 0.6944444444444443},
               {"f1_macro", 0.6984126984126985},
               {"precision_weighted", 0.75},
               {"recall_weighted", 0.7},
               {"f1_weighted", 0.7142857142857142},
               {"mcc", 0.5606060606060606}};

    // Class 1 is never predicted: its precision is 0 (zero_division=0), not NaN.
    QTest::newRow("class never predicted")
        << Labels{0, 1, 2, 2, 1, 0} << Labels{0, 0, 2, 2, 0, 0} << std::vector<double>{} << 3
        << Expected{{"balanced_accuracy", 0.6666666666666666},
                    {"precision_macro", 0.5},
                    {"recall_macro", 0.6666666666666666},
                    {"f1_macro", 0.5555555555555555},
                    {"precision_weighted", 0.5},
                    {"recall_weighted", 0.6666666666666666},
                    {"f1_weighted", 0.5555555555555555},
                    {"mcc", 0.6123724356957946}};

    // Constant predictions and a constant score: AUC 0.5, MCC 0 (sklearn's zero-denominator rule).
    QTest::newRow("constant predictions")
        << Labels{0, 1, 1, 0, 1} << Labels{0, 0, 0, 0, 0} << binaryProba({.3, .3, .3, .3, .3}) << 2
        << Expected{{"accuracy", 0.4},
                    {"balanced_accuracy", 0.5},
                    {"precision_macro", 0.2},
                    {"recall_macro", 0.5},
                    {"f1_macro", 0.28571428571428575},
                    {"precision_weighted", 0.16},
                    {"recall_weighted", 0.4},
                    {"f1_weighted", 0.2285714285714286},
                    {"mcc", 0.0},
                    {"roc_auc", 0.5},                  // roc_auc_score(y, full(5, .3))
                    {"pr_auc", 0.6},                   // average_precision_score(y, full(5, .3))
                    {"log_loss", 0.8650536601710547},  // log_loss(y, c_[.7, .3], eps=1e-15)
                    {"brier", 0.32999999999999996}};   // brier_score_loss(y, full(5, .3))

    // One-hot probabilities: log loss is only the clipping, log_loss(y, eye(3)[y], eps=1e-15).
    QTest::newRow("perfect predictions") << Labels{0, 1, 2, 1, 0} << Labels{0, 1, 2, 1, 0}
                                         << std::vector<double>{1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 0, 1, 0, 0} << 3
                                         << Expected{{"accuracy", 1.0},
                                                     {"balanced_accuracy", 1.0},
                                                     {"f1_macro", 1.0},
                                                     {"f1_weighted", 1.0},
                                                     {"mcc", 1.0},
                                                     {"roc_auc", 1.0},
                                                     {"pr_auc", 1.0},
                                                     {"brier", 0.0},
                                                     {"log_loss", 2.1094237467877998e-15}};
}

void TestMetrics::classification()
{
    QFETCH(Labels, yTrue);
    QFETCH(Labels, yPred);
    QFETCH(std::vector<double>, proba);
    QFETCH(int, classCount);
    QFETCH(Expected, expected);

    const Eigen::MatrixXd p = probaMatrix(proba, classCount);
    Result<MetricSet> set = classificationMetrics(yTrue, yPred, p, classCount);
    QVERIFY2(set.isOk(), set.status().message().c_str());
    // log loss of one-hot rows is ~2e-15, so compare it absolutely.
    verifyMetrics(*set, expected, 1e-12);
}

void TestMetrics::metricOrderAndNames()
{
    const Labels y{0, 1, 1, 0};
    const Eigen::MatrixXd p = probaMatrix(binaryProba({.2, .7, .6, .4}), 2);
    Result<MetricSet> set = classificationMetrics(y, y, p, 2);
    QVERIFY(set.isOk());
    const std::vector<std::string> names{"accuracy",
                                         "balanced_accuracy",
                                         "precision_macro",
                                         "recall_macro",
                                         "f1_macro",
                                         "precision_weighted",
                                         "recall_weighted",
                                         "f1_weighted",
                                         "roc_auc",
                                         "pr_auc",
                                         "log_loss",
                                         "brier",
                                         "mcc"};
    QCOMPARE(set->metrics.size(), names.size());
    for (size_t i = 0; i < names.size(); ++i) QCOMPARE(set->metrics[i].name, names[i]);
}

void TestMetrics::withoutProbabilities()
{
    const Labels y{0, 1, 1, 0};
    Result<MetricSet> set = classificationMetrics(y, y, Eigen::MatrixXd(4, 0), 2);
    QVERIFY(set.isOk());
    QVERIFY(!set->contains("roc_auc"));
    QVERIFY(!set->contains("log_loss"));
    QCOMPARE(set->value("accuracy"), 1.0);
    QCOMPARE(set->metrics.size(), size_t(9));
}

void TestMetrics::undefinedAucIsNaN()
{
    // A test fold with one class: sklearn raises, we report NaN so the other metrics survive.
    const Labels y{1, 1, 1};
    const Eigen::MatrixXd p = probaMatrix(binaryProba({.2, .7, .6}), 2);
    Result<MetricSet> set = classificationMetrics(y, Labels{0, 1, 1}, p, 2);
    QVERIFY(set.isOk());
    QVERIFY(std::isnan(set->value("roc_auc")));
    QVERIFY(close(set->value("pr_auc"), 1.0));  // average_precision_score([1,1,1], [.2,.7,.6]) = 1.0
    QVERIFY(close(set->value("accuracy"), 2.0 / 3.0));
}

void TestMetrics::ovrSkipsAbsentClass()
{
    // Class 1 has no true rows; the macro average is over classes 0 and 2:
    // np.mean([roc_auc_score(y==c, P[:,c]) for c in [0,2]]) = 0.8888888888888888
    // np.mean([average_precision_score(y==c, P[:,c]) for c in [0,2]]) = 0.8916666666666666
    const Labels y{0, 2, 2, 0, 2, 0};
    const Eigen::MatrixXd p = probaMatrix({.6, .3, .1, .2, .3, .5, .3, .3, .4, .5, .1, .4, .1, .2, .7, .2, .5, .3}, 3);
    QVERIFY(close(rocAucOvr(y, p), 0.8888888888888888));
    QVERIFY(close(averagePrecisionOvr(y, p), 0.8916666666666666));
}

void TestMetrics::confusionMatrixCounts()
{
    // confusion_matrix(y, p) = [[2 1 0] [1 2 0] [0 1 3]]
    const ConfusionMatrix c =
        confusionMatrix(Labels{0, 1, 2, 2, 1, 0, 2, 1, 0, 2}, Labels{0, 1, 2, 2, 0, 0, 2, 1, 1, 1}, 3);
    ConfusionMatrix expected(3, 3);
    expected << 2, 1, 0, 1, 2, 0, 0, 1, 3;
    QVERIFY(c == expected);
}

void TestMetrics::rocAucMatchesPairCount_data()
{
    QTest::addColumn<int>("levels");
    QTest::newRow("heavy ties (5 score levels)") << 5;
    QTest::newRow("few ties (1000 levels)") << 1000;
}

void TestMetrics::rocAucMatchesPairCount()
{
    QFETCH(int, levels);
    std::mt19937_64 engine(7);
    Labels y(400);
    std::vector<double> s(400);
    for (size_t i = 0; i < y.size(); ++i) {
        y[i] = int32_t(engine() % 3 == 0);
        s[i] = double(engine() % uint64_t(levels)) / levels + 0.1 * y[i];
    }
    QVERIFY(close(rocAuc(y, s), rocAucByPairs(y, s), 1e-12));
}

void TestMetrics::classificationErrors_data()
{
    QTest::addColumn<Labels>("yTrue");
    QTest::addColumn<Labels>("yPred");
    QTest::addColumn<std::vector<double>>("proba");
    QTest::addColumn<int>("probaColumns");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("empty") << Labels{} << Labels{} << std::vector<double>{} << 0 << "no rows to evaluate";
    QTest::newRow("lengths differ") << Labels{0, 1} << Labels{0} << std::vector<double>{} << 0
                                    << "2 true labels but 1 predictions";
    QTest::newRow("true code out of range")
        << Labels{0, 5} << Labels{0, 1} << std::vector<double>{} << 0 << "true class code 5 in row 2";
    QTest::newRow("missing target") << Labels{-1, 1} << Labels{0, 1} << std::vector<double>{} << 0
                                    << "true class code -1 in row 1";
    QTest::newRow("predicted code out of range")
        << Labels{0, 1} << Labels{0, 2} << std::vector<double>{} << 0 << "predicted class code 2 in row 2";
    QTest::newRow("proba wrong shape") << Labels{0, 1} << Labels{0, 1} << std::vector<double>{.5, .2, .3, .1, .1, .8}
                                       << 3 << "probability matrix is 2 x 3 but must be 2 x 2";
    QTest::newRow("NaN probability") << Labels{0, 1} << Labels{0, 1} << std::vector<double>{.5, .5, kNaN, .5} << 2
                                     << "probability of class 0 in row 2 is nan";
}

void TestMetrics::classificationErrors()
{
    QFETCH(Labels, yTrue);
    QFETCH(Labels, yPred);
    QFETCH(std::vector<double>, proba);
    QFETCH(int, probaColumns);
    QFETCH(QString, messagePart);

    const Eigen::MatrixXd p = probaColumns > 0 ? probaMatrix(proba, probaColumns) : Eigen::MatrixXd(0, 0);
    Result<MetricSet> set = classificationMetrics(yTrue, yPred, p, 2);
    QVERIFY(!set.isOk());
    QCOMPARE(set.status().code(), ErrorCode::InvalidArgument);
    QVERIFY2(QString::fromStdString(set.status().message()).contains(messagePart), set.status().message().c_str());
}

void TestMetrics::regression_data()
{
    QTest::addColumn<std::vector<double>>("yTrue");
    QTest::addColumn<std::vector<double>>("yPred");
    QTest::addColumn<Expected>("expected");

    // A zero target makes MAPE huge but finite: |0 - 0.1| / DBL_EPSILON / 5, as sklearn.
    QTest::newRow("with a zero target") << std::vector<double>{3.0, -0.5, 2.0, 7.0, 0.0}
                                        << std::vector<double>{2.5, 0.0, 2.0, 8.0, 0.1}
                                        << Expected{
                                               {"r2", 0.9578212290502793},    // r2_score(y, p)
                                               {"rmse", 0.5495452665613635},  // mean_squared_error(y, p, squared=False)
                                               {"mae", 0.42000000000000004},  // mean_absolute_error(y, p)
                                               {"mape", 90071992547410.19}};  // mean_absolute_percentage_error(y, p)
    QTest::newRow("mape without zeros") << std::vector<double>{3.0, -0.5, 2.0, 7.0}
                                        << std::vector<double>{2.5, 0.0, 2.0, 8.0}
                                        << Expected{{"mape", 0.3273809523809524}};
    // r2_score([2,2,2], [2,2,2]) = 1.0 and r2_score([2,2,2], [2,2,3]) = 0.0 (force_finite).
    QTest::newRow("constant target, exact") << std::vector<double>{2, 2, 2} << std::vector<double>{2, 2, 2}
                                            << Expected{{"r2", 1.0}, {"rmse", 0.0}, {"mae", 0.0}, {"mape", 0.0}};
    QTest::newRow("constant target, off")
        << std::vector<double>{2, 2, 2} << std::vector<double>{2, 2, 3} << Expected{{"r2", 0.0}};
}

void TestMetrics::regression()
{
    QFETCH(std::vector<double>, yTrue);
    QFETCH(std::vector<double>, yPred);
    QFETCH(Expected, expected);
    Result<MetricSet> set = regressionMetrics(yTrue, yPred);
    QVERIFY2(set.isOk(), set.status().message().c_str());
    verifyMetrics(*set, expected);
    QCOMPARE(set->metrics.size(), size_t(4));
}

void TestMetrics::regressionErrors_data()
{
    QTest::addColumn<std::vector<double>>("yTrue");
    QTest::addColumn<std::vector<double>>("yPred");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty") << std::vector<double>{} << std::vector<double>{} << "no rows to evaluate";
    QTest::newRow("lengths differ") << std::vector<double>{1, 2} << std::vector<double>{1} << "2 true values but 1";
    QTest::newRow("NaN target") << std::vector<double>{1, kNaN} << std::vector<double>{1, 2}
                                << "true target value in row 2 is nan";
    QTest::newRow("infinite prediction") << std::vector<double>{1, 2}
                                         << std::vector<double>{std::numeric_limits<double>::infinity(), 2}
                                         << "prediction for row 1 is inf";
}

void TestMetrics::regressionErrors()
{
    QFETCH(std::vector<double>, yTrue);
    QFETCH(std::vector<double>, yPred);
    QFETCH(QString, messagePart);
    Result<MetricSet> set = regressionMetrics(yTrue, yPred);
    QVERIFY(!set.isOk());
    QVERIFY2(QString::fromStdString(set.status().message()).contains(messagePart), set.status().message().c_str());
}

void TestMetrics::clustering()
{
    // X and L below; silhouette_score(X, L) = 0.746187602260483 (row 6 is a singleton: 0);
    // inertia with the cluster means as centers, ((X - C[L])**2).sum() = 2.7083333333333335.
    Eigen::MatrixXd x(8, 2);
    x << 0, 0, 0, 1, 1, 0, 5, 5, 5, 6, 6, 5, 10, 0, 0.5, 0.5;
    const Labels labels{0, 0, 0, 1, 1, 1, 2, 0};
    Eigen::MatrixXd centers(3, 2);
    centers << 0.375, 0.375, 16.0 / 3, 16.0 / 3, 10, 0;
    Result<MetricSet> set = clusteringMetrics(x, labels, centers);
    QVERIFY2(set.isOk(), set.status().message().c_str());
    verifyMetrics(*set, {{"inertia", 2.7083333333333335}, {"silhouette", 0.746187602260483}}, 1e-9);

    // Cluster codes need not be dense for the silhouette: 0,0,0,7,7,7,-3,0 is the same partition.
    Result<double> relabelled = silhouetteScore(x, Labels{0, 0, 0, 7, 7, 7, -3, 0});
    QVERIFY(relabelled.isOk());
    QVERIFY(close(*relabelled, 0.746187602260483, 1e-9));
}

void TestMetrics::silhouetteSampling()
{
    // Two well separated blobs of 300 rows: a sample must be reproducible and near the full score.
    std::mt19937_64 engine(3);
    std::normal_distribution<double> noise(0.0, 1.0);  // values only feed the data, not the check
    Eigen::MatrixXd x(600, 3);
    Labels labels(600);
    for (Eigen::Index i = 0; i < 600; ++i) {
        labels[size_t(i)] = int32_t(i % 2);
        for (Eigen::Index c = 0; c < 3; ++c) x(i, c) = noise(engine) + (i % 2) * 8.0;
    }
    Result<double> full = silhouetteScore(x, labels);
    Result<double> a = silhouetteScore(x, labels, 100, 42);
    Result<double> b = silhouetteScore(x, labels, 100, 42);
    Result<double> c = silhouetteScore(x, labels, 100, 43);
    Result<double> all = silhouetteScore(x, labels, 600, 42);
    QVERIFY(full.isOk() && a.isOk() && b.isOk() && c.isOk() && all.isOk());
    QCOMPARE(*a, *b);
    QVERIFY(*a != *c);
    QCOMPARE(*all, *full);  // a sample as large as the data is the data
    QVERIFY(std::abs(*a - *full) < 0.05);
}

void TestMetrics::clusteringErrors_data()
{
    QTest::addColumn<Labels>("labels");
    QTest::addColumn<int>("centerRows");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("one cluster") << Labels{0, 0, 0, 0} << 1 << "between 2 and 3 clusters";
    QTest::newRow("every row its own cluster") << Labels{0, 1, 2, 3} << 4 << "between 2 and 3 clusters";
    QTest::newRow("label beyond centers") << Labels{0, 1, 2, 1} << 2 << "cluster label 2 of row 3";
    QTest::newRow("labels shorter than rows") << Labels{0, 1, 1} << 2 << "4 rows but there are 3 cluster labels";
}

void TestMetrics::clusteringErrors()
{
    QFETCH(Labels, labels);
    QFETCH(int, centerRows);
    QFETCH(QString, messagePart);
    Eigen::MatrixXd x(4, 1);
    x << 0, 1, 5, 6;
    Result<MetricSet> set = clusteringMetrics(x, labels, Eigen::MatrixXd::Zero(centerRows, 1));
    QVERIFY(!set.isOk());
    QVERIFY2(QString::fromStdString(set.status().message()).contains(messagePart), set.status().message().c_str());
}

void TestMetrics::averageOverFolds()
{
    // np.mean([0.8, 0.9, 0.85]) = 0.85, np.std([0.8, 0.9, 0.85], ddof=1) = 0.05
    std::vector<MetricSet> folds(3);
    const double accuracies[] = {0.8, 0.9, 0.85};
    const double aucs[] = {0.7, kNaN, 0.9};
    for (size_t i = 0; i < 3; ++i) {
        folds[i].set("accuracy", accuracies[i]);
        folds[i].set("roc_auc", aucs[i]);
    }
    folds[2].set("only_last", 1.0);
    const std::vector<MetricSummary> summary = averageMetricSets(folds);
    QCOMPARE(summary.size(), size_t(3));
    QCOMPARE(summary[0].name, std::string("accuracy"));
    QVERIFY(close(summary[0].mean, 0.85));
    QVERIFY(close(summary[0].std, 0.05));
    QCOMPARE(summary[0].count, size_t(3));
    // The NaN fold is left out: mean of 0.7 and 0.9, std of two values with n - 1.
    QCOMPARE(summary[1].count, size_t(2));
    QVERIFY(close(summary[1].mean, 0.8));
    QVERIFY(close(summary[1].std, std::sqrt(0.02)));
    QCOMPARE(summary[2].name, std::string("only_last"));
    QVERIFY(std::isnan(summary[2].std));
}

QTEST_GUILESS_MAIN(TestMetrics)
#include "test_metrics.moc"
