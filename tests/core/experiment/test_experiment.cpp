// Train-and-evaluate runs: folds partition the rows, pooled diagnostics count every row
// once, the same seed gives the same numbers whatever the thread count, a class with fewer
// rows than folds runs with a warning, bad specs are refused with a message naming what to
// change, and cancel stops the run.
#include "core/base/thread_pool.h"
#include "core/experiment/experiment.h"
#include "core/io/csv/csv_reader.h"
#include "core/ml/matrix.h"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <QFile>
#include <QtTest>

using namespace mlwb::core;

namespace {

TablePtr iris()
{
    JobContext job;
    auto result = readCsvFile(MLWB_SOURCE_DIR "/resources/data/iris.csv", {}, job);
    return result.isOk() ? result->table : nullptr;
}

// iris with only the first `virginica` rows of its third class (the file lists 50 setosa,
// 50 versicolor, then the 50 virginica rows): a class smaller than the folds, as in Weka's
// classic datasets.
TablePtr irisWithFewVirginica(int virginica)
{
    QFile file(MLWB_SOURCE_DIR "/resources/data/iris.csv");
    if (!file.open(QIODevice::ReadOnly)) return nullptr;
    const QList<QByteArray> lines = file.readAll().split('\n');
    std::string text;
    for (int i = 0; i <= 100 + virginica; ++i) text += lines[i].toStdString() + "\n";
    JobContext job;
    auto result = readCsvBuffer(text, "iris_rare.csv", {}, job);
    return result.isOk() ? result->table : nullptr;
}

QString joined(const std::vector<std::string>& warnings)
{
    return QString::fromStdString(fmt::format("{}", fmt::join(warnings, "\n")));
}

ExperimentSpec logisticOnIris(int folds)
{
    ExperimentSpec spec;
    spec.target = "species";
    spec.modelKind = "logistic";
    spec.folds = folds;
    spec.seed = 3;
    return spec;
}

}  // namespace

class TestExperiment : public QObject {
    Q_OBJECT
private slots:
    void crossValidationPoolsEveryRowOnce()
    {
        auto table = iris();
        QVERIFY(table);
        JobContext job;
        auto result = runExperiment(*table, logisticOnIris(5), job);
        QVERIFY2(result.isOk(), result.status().toString().c_str());
        QCOMPARE(result->folds, 5);
        QCOMPARE(result->cv.size(), result->metrics.metrics.size());
        QCOMPARE(result->diagnostics.confusion.sum(), int64_t(150));
        QCOMPARE(result->diagnostics.confusion.row(0).sum(), int64_t(50));  // 50 setosa
        QCOMPARE(result->diagnostics.roc.size(), size_t(3));
        QVERIFY(result->metrics.value("accuracy") > 0.9);
        QCOMPARE(job.progress(), 1.0);
    }

    void repeatedCrossValidationRunsEveryRepeat()
    {
        ExperimentSpec spec = logisticOnIris(5);
        spec.repeats = 3;
        JobContext job;
        auto result = runExperiment(*iris(), spec, job);
        QVERIFY2(result.isOk(), result.status().toString().c_str());
        QCOMPARE(result->repeats, 3);
        QCOMPARE(result->cv.front().count, size_t(15));               // 5 folds x 3 repeats
        QCOMPARE(result->diagnostics.confusion.sum(), int64_t(450));  // each row tested once a repeat
    }

    void sameSeedSameNumbers()
    {
        auto table = iris();
        JobContext a, b;
        auto first = runExperiment(*table, logisticOnIris(4), a);
        auto second = runExperiment(*table, logisticOnIris(4), b);
        QVERIFY(first.isOk() && second.isOk());
        for (const auto& metric : first->metrics.metrics) QCOMPARE(second->metrics.value(metric.name), metric.value);
        ExperimentSpec other = logisticOnIris(4);
        other.seed = 99;
        JobContext c;
        auto third = runExperiment(*table, other, c);
        QVERIFY(third.isOk());
        QVERIFY(third->diagnostics.confusion != first->diagnostics.confusion ||
                third->metrics.value("log_loss") != first->metrics.value("log_loss"));
    }

    void badSpecsAreRefused_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("model");
        QTest::addColumn<int>("folds");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown target") << "colour"
                                        << "logistic" << 0 << "colour";
        QTest::newRow("unknown model") << "species"
                                       << "deepnet" << 0 << "deepnet";
        QTest::newRow("one fold") << "species"
                                  << "logistic" << 1 << "2 folds";
        QTest::newRow("more folds than rows") << "species"
                                              << "logistic" << 151 << "the data has 150";
        QTest::newRow("classifier on a number") << "sepal_length"
                                                << "logistic" << 0 << "regression";
    }
    void badSpecsAreRefused()
    {
        QFETCH(QString, target);
        QFETCH(QString, model);
        QFETCH(int, folds);
        QFETCH(QString, message);
        ExperimentSpec spec;
        spec.target = target.toStdString();
        spec.modelKind = model.toStdString();
        spec.folds = folds;
        JobContext job;
        auto result = runExperiment(*iris(), spec, job);
        QVERIFY(!result.isOk());
        QVERIFY2(QString::fromStdString(result.status().message()).contains(message),
                 result.status().message().c_str());
    }

    void classSmallerThanTheFoldsRunsWithAWarning_data()
    {
        QTest::addColumn<int>("repeats");
        QTest::newRow("10 folds") << 1;
        QTest::newRow("10 folds x 2") << 2;
    }
    void classSmallerThanTheFoldsRunsWithAWarning()
    {
        QFETCH(int, repeats);
        auto table = irisWithFewVirginica(9);
        QVERIFY(table);
        QCOMPARE(table->rowCount(), size_t(109));
        ExperimentSpec spec = logisticOnIris(10);
        spec.repeats = repeats;
        JobContext job;
        auto result = runExperiment(*table, spec, job);
        QVERIFY2(result.isOk(), result.status().toString().c_str());
        QCOMPARE(result->cv.front().count, size_t(10 * repeats));
        // Every row is still tested once a repeat: the 9 virginica rows in 9 different folds.
        QCOMPARE(result->diagnostics.confusion.sum(), int64_t(109 * repeats));
        QCOMPARE(result->diagnostics.confusion.row(2).sum(), int64_t(9 * repeats));
        const QString expected = "class \"virginica\" has 9 rows, fewer than the 10 folds: it is tested in 9 of them";
        QCOMPARE(int(std::count(result->warnings.begin(), result->warnings.end(), expected.toStdString())), 1);
        QVERIFY(result->metrics.value("accuracy") > 0.9);
    }

    void classOfOneRow()
    {
        // In k-fold the fold that tests the one virginica row has none to learn it from: refused
        // before training, with what to do. A holdout keeps the row for training and runs.
        auto table = irisWithFewVirginica(1);
        QVERIFY(table);
        JobContext job;
        auto folds = runExperiment(*table, logisticOnIris(5), job);
        QVERIFY(!folds.isOk());
        QCOMPARE(folds.status().code(), ErrorCode::InvalidArgument);
        QCOMPARE(QString::fromStdString(folds.status().message()),
                 QString("class \"virginica\" has 1 row: in cross-validation the fold that tests it has no row of it "
                         "to learn from. Remove that row, or use a holdout split (--test-size), which keeps it for "
                         "training."));
        auto holdout = runExperiment(*table, logisticOnIris(0), job);
        QVERIFY2(holdout.isOk(), holdout.status().toString().c_str());
        QVERIFY2(joined(holdout->warnings)
                     .contains("class \"virginica\" has 1 row, too few to be on both sides of the holdout: it is "
                               "used for training only"),
                 qPrintable(joined(holdout->warnings)));
        QCOMPARE(holdout->diagnostics.confusion.row(2).sum(), int64_t(0));  // never tested
    }

    void clusteringRunsWithoutATarget()
    {
        // km = KMeans(n_clusters=3, n_init=10, random_state=0).fit(X) on iris' four measurements:
        // inertia_ 78.851441426146, silhouette_score(X, km.labels_) 0.5528190123564101, sizes 62/50/38.
        ExperimentSpec spec;
        spec.modelKind = "kmeans";
        spec.params = {"n_clusters=3", "scale=false"};  // sklearn's KMeans on the raw measurements
        JobContext job;
        // Without a target or a feature list every column is a feature: species one-hot too.
        auto result = runExperiment(*iris(), spec, job);
        QVERIFY2(result.isOk(), result.status().toString().c_str());
        QCOMPARE(result->features, 7L);
        spec.features = {"sepal_length", "sepal_width", "petal_length", "petal_width"};
        result = runExperiment(*iris(), spec, job);
        QVERIFY2(result.isOk(), result.status().toString().c_str());
        QCOMPARE(result->task, ml::Task::Clustering);
        QCOMPARE(result->features, 4L);
        QCOMPARE(result->rows, size_t(150));
        QVERIFY(qAbs(result->metrics.value("inertia") - 78.851441426146) < 1e-9);
        QVERIFY(qAbs(result->metrics.value("silhouette") - 0.5528190123564101) < 1e-12);
        std::vector<int64_t> sizes = result->unsupervised.clusterSizes;
        std::sort(sizes.begin(), sizes.end());
        QCOMPARE(sizes, (std::vector<int64_t>{38, 50, 62}));
        QCOMPARE(result->unsupervised.silhouetteRows, size_t(150));
        QCOMPARE(result->unsupervised.projectionX.size(), size_t(150));
        QCOMPARE(result->unsupervised.projectionLabels.size(), size_t(150));
        QCOMPARE(result->unsupervised.centerX.size(), size_t(3));
        QVERIFY(result->unsupervised.projectionVarianceX > 0.9);  // iris' first component
        QCOMPARE(job.progress(), 1.0);
    }

    void aGivenTargetIsLeftOutOfTheFeatures()
    {
        // The same run with species as the target and no feature list: species is left out.
        ExperimentSpec spec;
        spec.target = "species";
        spec.modelKind = "kmeans";
        spec.params = {"n_clusters=3", "scale=false"};
        spec.folds = 5;
        JobContext job;
        auto result = runExperiment(*iris(), spec, job);
        QVERIFY2(result.isOk(), result.status().toString().c_str());
        QCOMPARE(result->features, 4L);
        QVERIFY(qAbs(result->metrics.value("inertia") - 78.851441426146) < 1e-9);
        QCOMPARE(result->folds, 0);
        const QString warnings = QString::fromStdString(fmt::format("{}", fmt::join(result->warnings, "\n")));
        QVERIFY2(warnings.contains("\"species\" (the target) is left out"), qPrintable(warnings));
        QVERIFY2(warnings.contains("cross-validation does not apply"), qPrintable(warnings));
    }

    void clusteringScalesByDefault()
    {
        // Without scale=false kmeans clusters the standardized measurements:
        // KMeans(n_clusters=3, n_init=10, random_state=0).fit(Z), Z = StandardScaler().fit_transform(X)
        // on iris' four measurements: inertia_ 139.82049635974982, silhouette_score(Z, labels_)
        // 0.45994823920518635, sizes 53/50/47.
        ExperimentSpec spec;
        spec.modelKind = "kmeans";
        spec.params = {"n_clusters=3"};
        spec.features = {"sepal_length", "sepal_width", "petal_length", "petal_width"};
        JobContext job;
        auto result = runExperiment(*iris(), spec, job);
        QVERIFY2(result.isOk(), result.status().toString().c_str());
        QVERIFY(qAbs(result->metrics.value("inertia") - 139.82049635974982) < 1e-9);
        QVERIFY(qAbs(result->metrics.value("silhouette") - 0.45994823920518635) < 1e-12);
        std::vector<int64_t> sizes = result->unsupervised.clusterSizes;
        std::sort(sizes.begin(), sizes.end());
        QCOMPARE(sizes, (std::vector<int64_t>{47, 50, 53}));
    }

    void decompositionReportsExplainedVariance()
    {
        ExperimentSpec spec;
        spec.target = "species";
        spec.modelKind = "pca";
        JobContext job;
        auto result = runExperiment(*iris(), spec, job);
        QVERIFY2(result.isOk(), result.status().toString().c_str());
        QCOMPARE(result->task, ml::Task::Decomposition);
        // PCA(svd_solver="full").fit(X).explained_variance_ratio_ on iris' four measurements
        const std::vector<double> expected = {0.9246187232017271, 0.053066483117067784, 0.017102609807929756,
                                              0.005212183873275367};
        QCOMPARE(result->unsupervised.explainedVarianceRatio.size(), expected.size());
        for (size_t c = 0; c < expected.size(); ++c)
            QVERIFY(qAbs(result->unsupervised.explainedVarianceRatio[c] - expected[c]) < 1e-12);
        QVERIFY(qAbs(result->metrics.value("explained_variance_ratio") - 1.0) < 1e-12);
        QCOMPARE(result->unsupervised.projectionY.size(), size_t(150));
        QVERIFY(result->unsupervised.projectionLabels.empty());
    }

    void largeClusteringSamplesTheSilhouette()
    {
        // 12,000 rows on two lines: the silhouette runs on a seeded sample of 10,000.
        std::vector<double> a(12000), b(12000);
        for (size_t i = 0; i < a.size(); ++i) {
            a[i] = double(i % 2) * 10.0 + double(i % 7) * 0.01;
            b[i] = double(i % 13) * 0.01;
        }
        auto table = Table::make({Column::fromFloat64("a", std::move(a)), Column::fromFloat64("b", std::move(b))});
        QVERIFY(table.isOk());
        ExperimentSpec spec;
        spec.modelKind = "kmeans";
        spec.params = {"n_clusters=2", "n_init=1", "scale=false"};  // raw: b spreads too little to blur the lines
        JobContext job;
        auto result = runExperiment(**table, spec, job);
        QVERIFY2(result.isOk(), result.status().toString().c_str());
        QCOMPARE(result->unsupervised.silhouetteRows, size_t(10000));
        QCOMPARE(result->unsupervised.clusterSizes, (std::vector<int64_t>{6000, 6000}));
        QVERIFY(result->metrics.value("silhouette") > 0.99);
        QCOMPARE(result->unsupervised.projectionX.size(), size_t(2000));
    }

    void supervisedKindsNeedATarget()
    {
        ExperimentSpec spec;
        spec.modelKind = "logistic";
        JobContext job;
        auto result = runExperiment(*iris(), spec, job);
        QVERIFY(!result.isOk());
        QVERIFY2(QString::fromStdString(result.status().message()).startsWith("Choose a target column"),
                 result.status().message().c_str());
    }

    void cancelStopsTheRun()
    {
        JobContext job;
        job.requestCancel();
        auto result = runExperiment(*iris(), logisticOnIris(5), job);
        QVERIFY(!result.isOk());
        QVERIFY(result.status().isCancelled());
        ExperimentSpec clustering;
        clustering.modelKind = "kmeans";
        QVERIFY(runExperiment(*iris(), clustering, job).status().isCancelled());
    }
};

QTEST_GUILESS_MAIN(TestExperiment)
#include "test_experiment.moc"
