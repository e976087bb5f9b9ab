// A table of 1,000,000 rows x 50 columns stays smooth: the view reads the columns in place
// (no copy), so jumping to the end, painting and scrolling cost the same as for a small table.
#include "core/data/table.h"
#include "ui/data/data_table_model.h"
#include "ui/data/data_view.h"
#include "ui/jobs/job_runner.h"
#include "ui_test_support.h"

#include <QElapsedTimer>
#include <QScrollBar>
#include <QtTest>

class TestLargeTable : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { mlwb::test::isolateSettings(); }

    void millionRowsScrollSmoothly()
    {
        constexpr size_t rows = 1'000'000;
        std::vector<mlwb::core::ColumnPtr> columns;
        for (int c = 0; c < 50; ++c) {
            std::vector<double> values(rows);
            for (size_t r = 0; r < rows; ++r) values[r] = static_cast<double>(r) + c * 0.5;
            columns.push_back(mlwb::core::Column::fromFloat64("c" + std::to_string(c), std::move(values)));
        }
        auto table = mlwb::core::Table::make(std::move(columns));
        QVERIFY(table.isOk());

        mlwb::ui::JobRunner jobs;
        mlwb::ui::DataView view(&jobs);
        view.resize(1200, 800);
        view.show();
        QElapsedTimer timer;
        timer.start();
        view.setTable(*table);
        QCOMPARE(view.dataModel()->rowCount(), int(rows));
        view.grab();  // paint once
        const qint64 firstPaint = timer.restart();

        // Jump to the end and page through: each step paints only the visible rows.
        view.scrollToBottom();
        view.grab();
        for (int page = 0; page < 20; ++page) {
            view.verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepSub);
            view.grab();
        }
        const qint64 scrolling = timer.elapsed();
        const QModelIndex last = view.dataModel()->index(int(rows) - 1, 49);
        QCOMPARE(view.dataModel()->data(last).toString(), QString("1000023.5"));
        // Generous bounds (sanitizer builds are slow); a model that copied or measured every
        // row would take seconds here.
        QVERIFY2(firstPaint < 3000, qPrintable(QString("first paint took %1 ms").arg(firstPaint)));
        QVERIFY2(scrolling < 5000, qPrintable(QString("21 pages took %1 ms").arg(scrolling)));
    }
};

QTEST_MAIN(TestLargeTable)
#include "test_large_table.moc"
