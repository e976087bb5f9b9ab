// Train-and-evaluate runs of the mixed naive Bayes kind: the experiment hands it one column
// of category codes per categorical column, with gaps as NaN, and on all-categorical data with
// rare categories it clearly beats gaussian_nb on the one-hot columns (whose variances
// collapse to var_smoothing for a category a class never showed in training).
#include "../ml/ml_test_support.h"
#include "core/experiment/experiment.h"

#include <QtTest>

#include <random>

using namespace mlwb::core;
using namespace mlwb::core::ml::testing;

namespace {

constexpr int kFeatures = 6;
constexpr int kCategories = 8;

// A uniform draw in [0, 1) from the top 53 bits: the same on every standard library, where
// std::uniform_real_distribution is not.
double uniform(std::mt19937_64& rng)
{
    return static_cast<double>(rng() >> 11) * 0x1.0p-53;
}

// 200 rows, 6 categorical features of 8 categories, 5% of values missing; the class (A, B or
// C, equally likely) makes some categories of each feature common and others rare: category
// (k + feature + class) mod 8 with probability kWeights[k].
TablePtr categoricalTable()
{
    static constexpr double kWeights[kCategories] = {0.3, 0.2, 0.15, 0.1, 0.1, 0.07, 0.05, 0.03};
    std::mt19937_64 rng(2024);
    std::vector<std::vector<std::string>> features(kFeatures);
    std::vector<std::string> label;
    const char* classes[] = {"A", "B", "C"};
    for (int i = 0; i < 200; ++i) {
        const int c = static_cast<int>(uniform(rng) * 3);
        label.push_back(classes[c]);
        for (int f = 0; f < kFeatures; ++f) {
            double u = uniform(rng);
            int k = 0;
            while (k < kCategories - 1 && u >= kWeights[k]) u -= kWeights[k++];
            const bool missing = uniform(rng) < 0.05;
            features[size_t(f)].push_back(missing ? "" : "v" + std::to_string((k + f + c) % kCategories));
        }
    }
    std::vector<ColumnPtr> columns;
    for (int f = 0; f < kFeatures; ++f)
        columns.push_back(categoryColumn("f" + std::to_string(f + 1), features[size_t(f)]));
    columns.push_back(categoryColumn("label", label));
    return makeTable(std::move(columns));
}

ExperimentSpec specFor(const char* kind)
{
    ExperimentSpec spec;
    spec.target = "label";
    spec.modelKind = kind;
    spec.folds = 5;
    spec.seed = 7;
    return spec;
}

}  // namespace

class TestNaiveBayesExperiment : public QObject {
    Q_OBJECT
private slots:
    void countsBeatGaussiansOnCategories()
    {
        const TablePtr table = categoricalTable();
        JobContext job;
        auto counted = runExperiment(*table, specFor("naive_bayes"), job);
        QVERIFY2(counted.isOk(), counted.status().toString().c_str());
        auto gaussian = runExperiment(*table, specFor("gaussian_nb"), job);
        QVERIFY2(gaussian.isOk(), gaussian.status().toString().c_str());
        // One code column per categorical column, against one 0/1 column per category.
        QCOMPARE(counted->features, long(kFeatures));
        QVERIFY(gaussian->features > 6L * kFeatures);
        // Every row tested once: the gaps reached the model as NaN and it predicted them.
        QCOMPARE(counted->diagnostics.confusion.sum(), int64_t(200));
        const double countedAccuracy = counted->metrics.value("accuracy");
        const double gaussianAccuracy = gaussian->metrics.value("accuracy");
        QVERIFY2(countedAccuracy > 0.6 && countedAccuracy > gaussianAccuracy + 0.1,
                 qPrintable(QString("naive_bayes %1, gaussian_nb %2").arg(countedAccuracy).arg(gaussianAccuracy)));
        // Probabilities that mean something: a far better log loss than the collapsed variances give.
        QVERIFY(counted->metrics.value("log_loss") < gaussian->metrics.value("log_loss"));
    }

    void sameSeedSameNumbers()
    {
        const TablePtr table = categoricalTable();
        JobContext a, b;
        auto first = runExperiment(*table, specFor("naive_bayes"), a);
        auto second = runExperiment(*table, specFor("naive_bayes"), b);
        QVERIFY(first.isOk() && second.isOk());
        for (const auto& metric : first->metrics.metrics) QCOMPARE(second->metrics.value(metric.name), metric.value);
    }

    void refusesRegression()
    {
        // A numeric target with many values is a regression task, which naive Bayes is not for.
        std::vector<double> amount, x;
        for (int i = 0; i < 60; ++i) {
            amount.push_back(i * 1.5);
            x.push_back(i % 7);
        }
        const TablePtr table = makeTable({floatColumn("x", x), floatColumn("amount", amount)});
        ExperimentSpec spec = specFor("naive_bayes");
        spec.target = "amount";
        JobContext job;
        auto result = runExperiment(*table, spec, job);
        QVERIFY(!result.isOk());
        QVERIFY2(QString::fromStdString(result.status().message()).contains("naive_bayes"),
                 result.status().message().c_str());
        QVERIFY2(QString::fromStdString(result.status().message()).contains("regression"),
                 result.status().message().c_str());
    }
};

QTEST_GUILESS_MAIN(TestNaiveBayesExperiment)
#include "test_naive_bayes_experiment.moc"
