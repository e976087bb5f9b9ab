// The main window as a user meets it: open the sample data, see the table and the
// histogram, sort by a column, undo an open, get a clear message for a bad file, drop a
// file, and find the window where it was left.
#include "ui/charts/histogram_view.h"
#include "ui/data/data_table_model.h"
#include "ui/data/data_view.h"
#include "ui/data/profile_model.h"
#include "ui/data/profile_panel.h"
#include "ui/jobs/job_runner.h"
#include "ui/main/main_window.h"
#include "ui_test_support.h"

#include <QDir>
#include <QHeaderView>
#include <QLineEdit>
#include <QMimeData>
#include <QSettings>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QUrl>
#include <QtTest>

#include <cmath>

using mlwb::ui::DataTableModel;
using mlwb::ui::MainWindow;

namespace {

bool openAndWait(MainWindow& window, const QString& path)
{
    QSignalSpy shown(&window, &MainWindow::datasetShown);
    QSignalSpy failed(&window, &MainWindow::datasetFailed);
    window.openDataset(path);
    return QTest::qWaitFor([&] { return !shown.isEmpty() || !failed.isEmpty(); }, 30000) && !shown.isEmpty();
}

int columnNamed(const DataTableModel* model, const QString& name)
{
    for (int c = 0; c < model->columnCount(); ++c)
        if (model->headerData(c, Qt::Horizontal).toString() == name) return c;
    return -1;
}

}  // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { mlwb::test::isolateSettings(); }
    void init() { QSettings().clear(); }

    void opensSampleDataAndShowsTableAndHistogram()
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, mlwb::test::sampleData("customers.csv")));
        auto* model = window.dataView()->dataModel();
        QCOMPARE(model->rowCount(), 2000);
        QCOMPARE(model->columnCount(), 11);
        QVERIFY(window.windowTitle().contains("customers.csv"));

        // Type badges in the header; a missing cell is marked, not blank.
        QVERIFY(!model->headerData(0, Qt::Horizontal, Qt::DecorationRole).value<QIcon>().isNull());
        const int age = columnNamed(model, "age");
        QVERIFY(age >= 0);
        QVERIFY(model->data(model->index(0, age), DataTableModel::MissingRole).toBool());
        QCOMPARE(model->data(model->index(0, age)).toString(), QString("NA"));
        QCOMPARE(model->data(model->index(1, age)).toString(), QString("65"));

        // Choosing a cell of another column shows that column's histogram.
        const int spend = columnNamed(model, "monthly_spend");
        window.dataView()->setCurrentIndex(model->index(3, spend));
        QTRY_COMPARE(window.histogramView()->shownColumn(), spend);
        QTRY_VERIFY(window.histogramView()->barCount() >= 10);

        const int city = columnNamed(model, "city");
        window.dataView()->setCurrentIndex(model->index(0, city));
        QTRY_COMPARE(window.histogramView()->shownColumn(), city);
        QTRY_COMPARE(window.histogramView()->barCount(), 8);  // eight cities, one in Korean

        window.dataView()->setCurrentIndex(model->index(0, spend));
        QTRY_VERIFY(window.histogramView()->barCount() >= 10);
        QTest::qWait(200);
        const QString shots = QStringLiteral(MLWB_BINARY_DIR "/screenshots");
        QDir().mkpath(shots);
        const QImage image = window.grab().toImage();
        QVERIFY(!image.isNull());
        QVERIFY(image.save(shots + "/main_window.png"));
        QVERIFY(QFileInfo(shots + "/main_window.png").size() > 10000);
    }

    void profileDescribesEveryColumn()
    {
        MainWindow window;
        window.show();
        QSignalSpy ready(window.profilePanel(), &mlwb::ui::ProfilePanel::profileReady);
        QVERIFY(openAndWait(window, mlwb::test::sampleData("customers.csv")));
        QVERIFY(ready.wait(30000));
        auto* profile = window.profilePanel()->profileModel();
        QCOMPARE(profile->rowCount(), 11);
        int ageRow = -1;
        for (int row = 0; row < profile->rowCount(); ++row)
            if (profile->data(profile->index(row, mlwb::ui::ProfileModel::Name)).toString() == "age") ageRow = row;
        QVERIFY(ageRow >= 0);
        QVERIFY(profile->data(profile->index(ageRow, mlwb::ui::ProfileModel::Missing)).toString().contains("%"));
        QCOMPARE(profile->data(profile->index(ageRow, mlwb::ui::ProfileModel::Min)).toString(), QString("18"));
        QCOMPARE(profile->data(profile->index(ageRow, mlwb::ui::ProfileModel::Max)).toString(), QString("80"));
        QVERIFY(profile
                    ->data(profile->index(ageRow, mlwb::ui::ProfileModel::Distribution),
                           mlwb::ui::ProfileModel::HistogramRole)
                    .toList()
                    .size() >= 10);
    }

    void clickingAHeaderSortsInTheBackground()
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, mlwb::test::sampleData("customers.csv")));
        auto* model = window.dataView()->dataModel();
        const int age = columnNamed(model, "age");
        auto* header = window.dataView()->horizontalHeader();
        const QPoint centre(header->sectionViewportPosition(age) + header->sectionSize(age) / 2, header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
        QTRY_COMPARE(model->data(model->index(0, age)).toString(), QString("18"));
        double previous = -1;
        int missingSeen = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->data(model->index(row, age), DataTableModel::MissingRole).toBool()) {
                ++missingSeen;
                continue;
            }
            QVERIFY2(missingSeen == 0, "a value came after a missing one");
            const double value = model->data(model->index(row, age)).toDouble();
            QVERIFY(value >= previous);
            previous = value;
        }
        QVERIFY(missingSeen > 0);
        // The row header still names the row in the file.
        QVERIFY(model->headerData(0, Qt::Vertical).toInt() != 1);
    }

    void filterShowsOnlyMatchingRowsAndKeepsTheSort()
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, mlwb::test::sampleData("customers.csv")));
        auto* model = window.dataView()->dataModel();
        const int city = columnNamed(model, "city");
        const int age = columnNamed(model, "age");
        QTest::keyClicks(window.filterEdit(), "lYoN");
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() < 2000, 10000);
        QVERIFY(model->rowCount() > 100);
        for (int row = 0; row < model->rowCount(); ++row) {
            bool found = false;
            for (int c = 0; c < model->columnCount() && !found; ++c)
                found = model->data(model->index(row, c)).toString().contains("lyon", Qt::CaseInsensitive);
            QVERIFY2(found, qPrintable(QString("row %1 does not contain the filter text").arg(row)));
        }
        QCOMPARE(model->data(model->index(0, city)).toString(), QString("Lyon"));
        const int filtered = model->rowCount();

        // Sorting a filtered view sorts the same rows.
        window.dataView()->sortByColumn(age, Qt::DescendingOrder);
        QTRY_COMPARE(model->data(model->index(0, age)).toString(), QString("80"));
        QCOMPARE(model->rowCount(), filtered);

        window.filterEdit()->clear();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2000, 10000);
        QCOMPARE(model->data(model->index(0, age)).toString(), QString("80"));  // still sorted
    }

    void exportWritesTheDatasetAsCsv()
    {
        MainWindow window;
        QVERIFY(openAndWait(window, mlwb::test::sampleData("customers.csv")));
        QTemporaryDir dir;
        const QString target = dir.filePath("exported.csv");
        QSignalSpy finished(&window, &MainWindow::exportFinished);
        window.exportDatasetTo(target);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        const auto original = window.currentTable();
        QVERIFY(openAndWait(window, target));
        QCOMPARE(window.currentTable()->rowCount(), original->rowCount());
        QCOMPARE(window.currentTable()->columnNames(), original->columnNames());
        for (size_t c = 0; c < original->columnCount(); ++c) {
            QCOMPARE(window.currentTable()->column(c).type(), original->column(c).type());
            QCOMPARE(window.currentTable()->column(c).nullCount(), original->column(c).nullCount());
        }

        QSignalSpy failed(&window, &MainWindow::exportFinished);
        window.exportDatasetTo(dir.filePath("no-such-folder/x.csv"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
        QVERIFY(!failed.first().at(0).toBool());
        QVERIFY2(failed.first().at(1).toString().contains("no-such-folder"),
                 qPrintable(failed.first().at(1).toString()));
    }

    void undoBringsBackThePreviousDataset()
    {
        MainWindow window;
        QVERIFY(openAndWait(window, mlwb::test::sampleData("iris.csv")));
        QVERIFY(openAndWait(window, mlwb::test::sampleData("customers.csv")));
        QCOMPARE(window.currentTable()->rowCount(), size_t(2000));
        window.undoStack()->undo();
        QCOMPARE(window.currentTable()->rowCount(), size_t(150));
        QCOMPARE(window.dataView()->dataModel()->rowCount(), 150);
        window.undoStack()->redo();
        QCOMPARE(window.currentTable()->rowCount(), size_t(2000));
    }

    void badFileGivesAClearMessageAndKeepsTheData()
    {
        MainWindow window;
        QVERIFY(openAndWait(window, mlwb::test::sampleData("iris.csv")));
        QTemporaryDir dir;
        const QString missing = dir.filePath("no-such-file.csv");
        QVERIFY(!openAndWait(window, missing));
        QVERIFY2(window.lastError().contains("no-such-file.csv"), qPrintable(window.lastError()));
        QCOMPARE(window.currentTable()->rowCount(), size_t(150));

        const QString ragged = dir.filePath("ragged.csv");
        QFile file(ragged);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("a,b\n1,2\n3,4,5\n");
        file.close();
        QVERIFY(!openAndWait(window, ragged));
        QVERIFY2(window.lastError().contains("line 3"), qPrintable(window.lastError()));
    }

    // A file too large for the memory at hand: a clear message with the estimate, and the
    // window keeps the dataset it had (MLWB_MEMORY_LIMIT_MB stands in for a small machine).
    void aFileTooLargeForMemoryKeepsTheData()
    {
        MainWindow window;
        QVERIFY(openAndWait(window, mlwb::test::sampleData("iris.csv")));
        QTemporaryDir dir;
        const QString large = dir.filePath("large.csv");
        QFile file(large);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("a,b,c,d,label\n");
        const QByteArray row = "1.25,2.5,3.75,4.125,yes\n";
        for (int i = 0; i < 200000; ++i) file.write(row);
        file.close();
        qputenv("MLWB_MEMORY_LIMIT_MB", "1");
        const bool opened = openAndWait(window, large);
        qunsetenv("MLWB_MEMORY_LIMIT_MB");
        QVERIFY(!opened);
        QVERIFY2(window.lastError().contains("large.csv") && window.lastError().contains("memory"),
                 qPrintable(window.lastError()));
        QCOMPARE(window.currentTable()->rowCount(), size_t(150));
        QCOMPARE(window.dataView()->dataModel()->rowCount(), 150);
        // With the memory back, the same file opens.
        QVERIFY(openAndWait(window, large));
        QCOMPARE(window.currentTable()->rowCount(), size_t(200000));
    }

    // A device or a pipe never ends: it is refused at once instead of hanging the load.
    void aFileThatNeverEndsIsRefused()
    {
        MainWindow window;
        QVERIFY(openAndWait(window, mlwb::test::sampleData("iris.csv")));
        QVERIFY(!openAndWait(window, QStringLiteral("/dev/zero")));
        QVERIFY2(window.lastError().contains("/dev/zero"), qPrintable(window.lastError()));
        QCOMPARE(window.currentTable()->rowCount(), size_t(150));
    }

    void droppingAFileOpensIt()
    {
        MainWindow window;
        window.show();
        auto* mime = new QMimeData();
        mime->setUrls({QUrl::fromLocalFile(mlwb::test::sampleData("iris.csv"))});
        QSignalSpy shown(&window, &MainWindow::datasetShown);
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 30000);
        QCOMPARE(window.currentTable()->rowCount(), size_t(150));
        delete mime;
    }

    void windowGeometryAndRecentFilesAreRemembered()
    {
        {
            MainWindow window;
            window.show();
            window.resize(1100, 820);
            QVERIFY(openAndWait(window, mlwb::test::sampleData("iris.csv")));
            window.close();
        }
        const QStringList recent = QSettings().value("recentFiles").toStringList();
        QCOMPARE(recent.size(), 1);
        QVERIFY(recent.first().endsWith("iris.csv"));
        MainWindow again;
        QCOMPARE(again.size(), QSize(1100, 820));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
