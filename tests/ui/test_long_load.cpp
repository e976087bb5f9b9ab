// A large file loads off the GUI thread: the event loop keeps turning while it loads, the
// status bar shows progress, and Cancel ends the load promptly without touching the data.
#include "ui/jobs/job_runner.h"
#include "ui/main/main_window.h"
#include "ui_test_support.h"

#include <QElapsedTimer>
#include <QProgressBar>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using mlwb::ui::JobRunner;
using mlwb::ui::MainWindow;

class TestLongLoad : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        mlwb::test::isolateSettings();
        QVERIFY(m_dir.isValid());
        m_bigFile = m_dir.filePath("big.csv");
        QFile file(m_bigFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // ~70 MB: long enough that a load on the GUI thread would freeze it visibly.
        QByteArray chunk;
        file.write("id,a,b,c,d,label\n");
        for (int row = 0; row < 1'500'000; ++row) {
            chunk += QByteArray::number(row) + ',' + QByteArray::number(row * 0.37, 'f', 3) + ',' +
                     QByteArray::number((qint64(row) * 7919) % 10007) + ',' +
                     QByteArray::number(row % 97 * 1.5, 'f', 1) + ",," + (row % 3 ? "yes" : "no") + '\n';
            if (chunk.size() > (1 << 20)) {
                file.write(chunk);
                chunk.clear();
            }
        }
        file.write(chunk);
    }

    void eventLoopKeepsRunningDuringALongLoad()
    {
        MainWindow window;
        window.show();
        int ticks = 0;
        qint64 longestGap = 0;
        QElapsedTimer sinceTick;
        QTimer timer;
        timer.setInterval(10);
        connect(&timer, &QTimer::timeout, [&] {
            if (sinceTick.isValid()) longestGap = std::max(longestGap, sinceTick.elapsed());
            sinceTick.restart();
            ++ticks;
        });
        QSignalSpy shown(&window, &MainWindow::datasetShown);
        QElapsedTimer loading;
        loading.start();
        timer.start();
        window.openDataset(m_bigFile);
        QVERIFY(window.progressBar()->isVisible());
        QVERIFY(window.cancelButton()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 120000);
        const qint64 duration = loading.elapsed();
        timer.stop();
        QCOMPARE(window.currentTable()->rowCount(), size_t(1'500'000));
        QVERIFY(!window.progressBar()->isVisible());
        QVERIFY2(duration > 80, "the test file loads too fast to prove anything; make it bigger");
        // A load on the GUI thread would leave one gap as long as the load itself.
        QVERIFY2(longestGap < std::max<qint64>(250, duration / 2),
                 qPrintable(QString("longest gap %1 ms during a %2 ms load").arg(longestGap).arg(duration)));
        QVERIFY(ticks >= 5);
    }

    void cancelStopsTheLoad()
    {
        MainWindow window;
        window.show();
        QSignalSpy finished(window.jobRunner(), &JobRunner::jobFinished);
        window.openDataset(m_bigFile);
        QVERIFY(window.jobRunner()->isBusy());
        QVERIFY(window.cancelButton()->isVisible());
        QElapsedTimer sinceCancel;
        sinceCancel.start();
        QTest::mouseClick(window.cancelButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        const bool ok = finished.first().at(0).toBool();
        const bool cancelled = finished.first().at(1).toBool();
        QVERIFY(!ok);
        QVERIFY(cancelled);
        QVERIFY2(sinceCancel.elapsed() < 10000, "cancel took too long");
        QVERIFY(!window.currentTable());  // nothing half-loaded was shown
        QVERIFY(!window.cancelButton()->isVisible());
        QVERIFY(!window.jobRunner()->isBusy());
    }

private:
    QTemporaryDir m_dir;
    QString m_bigFile;
};

QTEST_MAIN(TestLongLoad)
#include "test_long_load.moc"
