// JobContext: progress maps through sub-ranges, cancellation is shared, observers hear it.
#include "core/base/job_context.h"

#include <QtTest>

#include <atomic>
#include <thread>

using namespace mlwb::core;

class TestJobContext : public QObject {
    Q_OBJECT
private slots:
    void subRangesMapIntoTheParent_data()
    {
        QTest::addColumn<double>("begin");
        QTest::addColumn<double>("end");
        QTest::addColumn<double>("local");
        QTest::addColumn<double>("overall");
        QTest::newRow("first half, middle") << 0.0 << 0.5 << 0.5 << 0.25;
        QTest::newRow("second half, end") << 0.5 << 1.0 << 1.0 << 1.0;
        QTest::newRow("clamped above") << 0.2 << 0.4 << 3.0 << 0.4;
        QTest::newRow("clamped below") << 0.2 << 0.4 << -1.0 << 0.2;
    }
    void subRangesMapIntoTheParent()
    {
        QFETCH(double, begin);
        QFETCH(double, end);
        QFETCH(double, local);
        QFETCH(double, overall);
        JobContext job;
        JobContext phase = job.subRange(begin, end);
        phase.setProgress(local);
        QCOMPARE(job.progress(), overall);
    }

    void nestedSubRanges()
    {
        JobContext job;
        JobContext inner = job.subRange(0.5, 1.0).subRange(0.5, 1.0);
        inner.setProgress(0.0, "reading");
        QCOMPARE(job.progress(), 0.75);
        QCOMPARE(QString::fromStdString(job.message()), QString("reading"));
    }

    void cancellationIsShared()
    {
        JobContext job;
        JobContext phase = job.subRange(0.0, 0.5);
        QVERIFY(!phase.isCancelled());
        QVERIFY(phase.checkCancelled().isOk());
        job.requestCancel();
        QVERIFY(phase.isCancelled());
        QVERIFY(phase.checkCancelled().isCancelled());
    }

    void ownProgressSharesOnlyCancellation()
    {
        JobContext job;
        job.setProgress(0.5, "searching");
        JobContext item = job.withOwnProgress();
        item.setProgress(0.9, "iteration 9");
        QCOMPARE(job.progress(), 0.5);
        QCOMPARE(QString::fromStdString(job.message()), QString("searching"));
        QCOMPARE(item.progress(), 0.9);
        QVERIFY(!item.isCancelled());
        job.requestCancel();
        QVERIFY(item.isCancelled());
        QVERIFY(item.subRange(0.0, 0.5).isCancelled());
    }

    void observerHearsProgress()
    {
        JobContext job;
        double seen = -1;
        std::string message;
        job.setObserver([&](double fraction, const std::string& text) {
            seen = fraction;
            message = text;
        });
        job.subRange(0.0, 0.5).setProgress(0.5, "half of the first half");
        QCOMPARE(seen, 0.25);
        QCOMPARE(QString::fromStdString(message), QString("half of the first half"));
    }

    // Parallel work (trees, folds) reports from several threads at once: each report must
    // reach the observer with its own message, never another thread's.
    void concurrentReportsKeepTheirOwnMessage()
    {
        JobContext job;
        std::atomic<int> mismatches{0}, heard{0};
        job.setObserver([&](double fraction, const std::string& text) {
            heard.fetch_add(1);
            const bool matches = (fraction == 0.25 && text == "A") || (fraction == 0.75 && text == "B");
            if (!matches) mismatches.fetch_add(1);
        });
        constexpr int kReports = 100000;
        std::atomic<int> ready{0};
        const auto report = [&](double fraction, const char* text) {
            ready.fetch_add(1);
            while (ready.load() < 2) {}  // both threads report at the same time
            for (int i = 0; i < kReports; ++i) job.setProgress(fraction, text);
        };
        std::thread a(report, 0.25, "A");
        std::thread b(report, 0.75, "B");
        a.join();
        b.join();
        QCOMPARE(heard.load(), 2 * kReports);
        QCOMPARE(mismatches.load(), 0);
    }
};

QTEST_GUILESS_MAIN(TestJobContext)
#include "test_job_context.moc"
