// Columns and tables: typed buffers with validity, builders, display strings, row orders.
#include "core/data/column_builder.h"
#include "core/data/row_filter.h"
#include "core/data/row_order.h"
#include "core/data/table.h"

#include <QtTest>

#include <cmath>

using namespace mlwb::core;

class TestColumn : public QObject {
    Q_OBJECT
private slots:
    void builderTracksMissingValues()
    {
        ColumnBuilder builder("x", ColumnType::Float64);
        for (int i = 0; i < 130; ++i) {
            if (i % 10 == 3)
                builder.appendNull();
            else
                builder.appendFloat64(i * 0.5);
        }
        ColumnPtr column = builder.finish();
        QCOMPARE(column->size(), size_t(130));
        QCOMPARE(column->nullCount(), size_t(13));
        QVERIFY(column->isMissing(3));
        QVERIFY(column->isMissing(123));
        QVERIFY(column->isValid(129));
        QCOMPARE(column->numericValue(4), 2.0);
        QVERIFY(std::isnan(column->numericValue(13)));
        QCOMPARE(QString::fromStdString(column->displayString(3)), QString());
    }

    void noMissingMeansNoBitmap()
    {
        ColumnBuilder builder("n", ColumnType::Int64);
        builder.appendInt64(1);
        builder.appendInt64(-7);
        ColumnPtr column = builder.finish();
        QCOMPARE(column->nullCount(), size_t(0));
        QVERIFY(column->validityBits().empty());
        QCOMPARE(QString::fromStdString(column->displayString(1)), QString("-7"));
    }

    void categoriesAreDictionaryEncoded()
    {
        ColumnBuilder builder("city", ColumnType::Categorical);
        for (const char* value : {"서울", "Lyon", "서울", "Lyon", "Osaka"}) builder.appendCategory(value);
        builder.appendNull();
        ColumnPtr column = builder.finish();
        QCOMPARE(column->categories().size(), size_t(3));
        QCOMPARE(column->categoryCodes()[2], column->categoryCodes()[0]);
        QCOMPARE(QString::fromStdString(column->displayString(0)), QString::fromUtf8("서울"));
        QCOMPARE(column->categoryCodes()[5], -1);
        QCOMPARE(column->nullCount(), size_t(1));
    }

    void displayStrings_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("double shortest round trip") << 0 << "0.1";
        QTest::newRow("date at midnight") << 1 << "2024-03-01";
        QTest::newRow("date with time") << 2 << "2024-03-01T12:30:05";
        QTest::newRow("boolean") << 3 << "true";
    }
    void displayStrings()
    {
        QFETCH(int, kind);
        QFETCH(QString, expected);
        const int64_t march1 = 1709251200000;  // 2024-03-01T00:00:00Z
        ColumnPtr column;
        switch (kind) {
        case 0: column = Column::fromFloat64("f", {0.1}); break;
        case 1: column = Column::fromDateTime("d", {march1}); break;
        case 2: column = Column::fromDateTime("d", {march1 + (12 * 3600 + 30 * 60 + 5) * 1000}); break;
        default: column = Column::fromBoolean("b", {1}); break;
        }
        QCOMPARE(QString::fromStdString(column->displayString(0)), expected);
    }

    void textColumnsKeepEveryByte()
    {
        ColumnBuilder builder("note", ColumnType::Text);
        builder.appendText("a, \"quoted\"\nline");
        builder.appendText("");
        builder.appendNull();
        ColumnPtr column = builder.finish();
        QCOMPARE(QString::fromStdString(std::string(column->text(0))), QString("a, \"quoted\"\nline"));
        QVERIFY(column->isValid(1));
        QVERIFY(column->isMissing(2));
    }

    void tableRejectsDuplicateNames()
    {
        auto result = Table::make({Column::fromInt64("a", {1}), Column::fromInt64("a", {2})});
        QVERIFY(!result.isOk());
        QVERIFY(result.status().message().find("\"a\"") != std::string::npos);
        auto good = Table::make({Column::fromInt64("a", {1, 2}), Column::fromFloat64("b", {1.5, 2.5})});
        QVERIFY(good.isOk());
        QCOMPARE((*good)->rowCount(), size_t(2));
        QCOMPARE((*good)->indexOf("b"), 1);
        QCOMPARE((*good)->indexOf("zzz"), -1);
    }

    void sortOrderPutsMissingLast_data()
    {
        QTest::addColumn<bool>("ascending");
        QTest::addColumn<QList<int>>("expected");
        QTest::newRow("ascending") << true << QList<int>{1, 3, 0, 2};
        QTest::newRow("descending") << false << QList<int>{0, 1, 3, 2};
    }
    void sortOrderPutsMissingLast()
    {
        QFETCH(bool, ascending);
        QFETCH(QList<int>, expected);
        // values 5, 2, NA, 2: ties keep table order in both directions, NA goes last.
        std::vector<uint64_t> validity{0b1011};
        ColumnPtr column = Column::fromFloat64("v", {5.0, 2.0, 0.0, 2.0}, validity);
        JobContext job;
        auto order = sortedRowOrder(*column, ascending, job);
        QVERIFY(order.isOk());
        QList<int> actual;
        for (uint32_t row : *order) actual << static_cast<int>(row);
        QCOMPARE(actual, expected);
    }

    void filterFindsTextInAnyColumn()
    {
        ColumnBuilder city("city", ColumnType::Categorical);
        for (const char* value : {"Lyon", "Seoul", "lyon-sur-mer", "Busan"}) city.appendCategory(value);
        auto table = Table::make({city.finish(), Column::fromFloat64("x", {1.5, 21.25, 3.0, 121.0})});
        QVERIFY(table.isOk());
        JobContext job;
        auto rows = rowsContaining(**table, "LYON", nullptr, job);
        QVERIFY(rows.isOk());
        QCOMPARE(std::vector<uint32_t>(rows->begin(), rows->end()), (std::vector<uint32_t>{0, 2}));
        // Numbers match as the table shows them, and a given order is kept.
        const RowOrder reversed{3, 2, 1, 0};
        auto numbers = rowsContaining(**table, "21", &reversed, job);
        QVERIFY(numbers.isOk());
        QCOMPARE(std::vector<uint32_t>(numbers->begin(), numbers->end()), (std::vector<uint32_t>{3, 1}));
        job.requestCancel();
        QVERIFY(rowsContaining(**table, "x", nullptr, job).status().isCancelled());
    }

    void sortCategoriesByName()
    {
        ColumnBuilder builder("c", ColumnType::Categorical);
        for (const char* value : {"pear", "apple", "fig", "apple"}) builder.appendCategory(value);
        ColumnPtr column = builder.finish();
        JobContext job;
        auto order = sortedRowOrder(*column, true, job);
        QVERIFY(order.isOk());
        QCOMPARE(std::vector<uint32_t>(order->begin(), order->end()), (std::vector<uint32_t>{1, 3, 2, 0}));
    }
};

QTEST_GUILESS_MAIN(TestColumn)
#include "test_column.moc"
