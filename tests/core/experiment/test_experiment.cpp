// Train-and-evaluate runs: folds partition the rows, pooled diagnostics count every row
// once, the same seed gives the same numbers whatever the thread count, bad specs are
// refused with a message naming what to change, and cancel stops the run.
#include "core/base/thread_pool.h"
#include "core/experiment/experiment.h"
#include "core/io/csv/csv_reader.h"

#include <QtTest>

using namespace mlwb::core;

namespace {

TablePtr iris()
{
    JobContext job;
    auto result = readCsvFile(MLWB_SOURCE_DIR "/resources/data/iris.csv", {}, job);
    return result.isOk() ? result->table : nullptr;
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
        for (const auto& metric : first->metrics.metrics)
            QCOMPARE(second->metrics.value(metric.name), metric.value);
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
        QTest::newRow("unknown target") << "colour" << "logistic" << 0 << "colour";
        QTest::newRow("unknown model") << "species" << "deepnet" << 0 << "deepnet";
        QTest::newRow("one fold") << "species" << "logistic" << 1 << "2 folds";
        QTest::newRow("more folds than a class") << "species" << "logistic" << 51 << "50";
        QTest::newRow("classifier on a number") << "sepal_length" << "logistic" << 0 << "regression";
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

    void cancelStopsTheRun()
    {
        JobContext job;
        job.requestCancel();
        auto result = runExperiment(*iris(), logisticOnIris(5), job);
        QVERIFY(!result.isOk());
        QVERIFY(result.status().isCancelled());
    }
};

QTEST_GUILESS_MAIN(TestExperiment)
#include "test_experiment.moc"
