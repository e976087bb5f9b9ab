// Train-and-evaluate runs of the tree kinds on a table with a categorical column, missing
// numbers and a constant column with gaps: they get the native encoding (one column per
// source column, gaps kept as NaN, no imputation) and learn from it, where the one-hot kinds
// get a wider matrix and drop the constant column.
#include "../ml/ml_test_support.h"
#include "core/experiment/experiment.h"

#include <QtTest>

#include <random>

using namespace mlwb::core;
using namespace mlwb::core::ml::testing;

namespace {

// 400 rows: color (a..d, 5% missing), x (uniform, 15% missing), flag (1 or missing: constant
// apart from its gaps), noise; label = yes when color is a or c, or x > 0.8 (5% flipped);
// amount = 10 for a or c plus 6 x plus noise.
mlwb::core::TablePtr mixedTable()
{
    std::mt19937_64 rng(17);
    std::uniform_real_distribution<double> uniform(0, 1);
    std::vector<std::string> color, label;
    std::vector<double> x, flag, noise, amount;
    const char* names[] = {"a", "b", "c", "d"};
    for (int i = 0; i < 400; ++i) {
        const int code = int(uniform(rng) * 4);
        const bool colorMissing = uniform(rng) < 0.05;
        const double value = uniform(rng);
        const bool xMissing = uniform(rng) < 0.15;
        const bool up = !colorMissing && (code == 0 || code == 2);
        bool yes = up || value > 0.8;
        if (uniform(rng) < 0.05) yes = !yes;
        color.push_back(colorMissing ? "" : names[code]);
        x.push_back(xMissing ? kNaN : value);
        flag.push_back(i % 3 == 0 ? kNaN : 1.0);
        noise.push_back(uniform(rng));
        label.push_back(yes ? "yes" : "no");
        amount.push_back((up ? 10 : 0) + 6 * value + 0.5 * uniform(rng));
    }
    return makeTable({categoryColumn("color", color), floatColumn("x", x), floatColumn("flag", flag),
                      floatColumn("noise", noise), categoryColumn("label", label), floatColumn("amount", amount)});
}

ExperimentSpec specFor(const QString& kind, const QString& target)
{
    ExperimentSpec spec;
    spec.target = target.toStdString();
    spec.features = {"color", "x", "flag", "noise"};
    spec.modelKind = kind.toStdString();
    spec.folds = 5;
    spec.seed = 4;
    return spec;
}

bool mentions(const std::vector<std::string>& warnings, const std::string& word)
{
    for (const auto& warning : warnings)
        if (warning.find(word) != std::string::npos) return true;
    return false;
}

}  // namespace

class TestTreeExperiments : public QObject {
    Q_OBJECT
private slots:
    void treeKindsUseTheNativeEncoding_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("metric");
        QTest::addColumn<double>("threshold");
        for (const char* kind : {"tree", "random_forest", "gbt"}) {
            QTest::addRow("%s, classification", kind) << kind << "label"
                                                      << "accuracy" << 0.85;
            QTest::addRow("%s, regression", kind) << kind << "amount"
                                                  << "r2" << 0.9;
        }
    }
    void treeKindsUseTheNativeEncoding()
    {
        QFETCH(QString, kind);
        QFETCH(QString, target);
        QFETCH(QString, metric);
        QFETCH(double, threshold);
        JobContext job;
        auto result = runExperiment(*mixedTable(), specFor(kind, target), job);
        QVERIFY2(result.isOk(), result.status().toString().c_str());
        // One column per source column: color as codes, not one-hot; flag kept with its gaps.
        QCOMPARE(result->features, 4L);
        QVERIFY(!mentions(result->warnings, "flag"));
        const double score = result->metrics.value(metric.toStdString());
        QVERIFY2(score > threshold, qPrintable(QString("%1 = %2").arg(metric).arg(score)));
        QCOMPARE(result->diagnostics.confusion.sum(), int64_t(target == "label" ? 400 : 0));
    }

    void oneHotKindsStillImputeAndExpand()
    {
        // The contrast: logistic gets one 0/1 column per color and drops the constant flag.
        JobContext job;
        auto result = runExperiment(*mixedTable(), specFor("logistic", "label"), job);
        QVERIFY2(result.isOk(), result.status().toString().c_str());
        QCOMPARE(result->features, 6L);  // 4 colors + x + noise
        QVERIFY(mentions(result->warnings, "column \"flag\" has one value"));
    }

    void sameSeedSameNumbers()
    {
        for (const char* kind : {"random_forest", "gbt"}) {
            JobContext a, b;
            ExperimentSpec spec = specFor(kind, "label");
            spec.params = {kind == std::string("gbt") ? "subsample=0.5" : "n_estimators=20"};
            auto first = runExperiment(*mixedTable(), spec, a);
            auto second = runExperiment(*mixedTable(), spec, b);
            QVERIFY(first.isOk() && second.isOk());
            for (const auto& metric : first->metrics.metrics)
                QCOMPARE(second->metrics.value(metric.name), metric.value);
        }
    }

    void badParameterNamesTheParameter()
    {
        ExperimentSpec spec = specFor("gbt", "label");
        spec.params = {"max_leaf_nodes=1"};
        JobContext job;
        auto result = runExperiment(*mixedTable(), spec, job);
        QVERIFY(!result.isOk());
        QVERIFY2(QString::fromStdString(result.status().message()).contains("max_leaf_nodes"),
                 result.status().message().c_str());
    }
};

QTEST_GUILESS_MAIN(TestTreeExperiments)
#include "test_tree_experiments.moc"
