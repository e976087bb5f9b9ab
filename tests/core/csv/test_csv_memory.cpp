// The CSV reader's memory estimate, seen through what a user meets: under a memory cap
// (MLWB_MEMORY_LIMIT_MB) a file whose table would not fit is refused before it is allocated,
// with the estimate in the message; text columns count by their bytes, a categorical column
// by a code per row, so a file of the same size with repeated values still loads.
#include "core/base/job_context.h"
#include "core/io/csv/csv_reader.h"

#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <string>

using namespace mlwb::core;

namespace {

constexpr int kRows = 20000;

// "id,label" then kRows rows: the row number and a 100-byte label, either distinct per row
// or one of five values.
std::string writeLabels(const QTemporaryDir& dir, const char* name, bool distinct)
{
    const std::string path = dir.filePath(name).toStdString();
    std::ofstream out(path, std::ios::binary);
    out << "id,label\n";
    for (int r = 0; r < kRows; ++r) {
        std::string label = "label-" + std::to_string(distinct ? r : r % 5) + "-";
        label.resize(100, 'x');
        out << r << ',' << label << '\n';
    }
    return path;
}

}  // namespace

class TestCsvMemory : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { qunsetenv("MLWB_MEMORY_LIMIT_MB"); }

    void estimateCountsTextByItsBytes_data()
    {
        QTest::addColumn<bool>("distinct");
        QTest::addColumn<bool>("loads");
        QTest::addColumn<QString>("need");
        // Both files are about 2.1 MB; the cap is 1 MB. Rows are bounded by the 20,001
        // newlines. The id column's slab: 20001 * 8 = 160,008 bytes, rounded up to 64 bytes as
        // LargeBuffer allocates: 160,064. The label's int32 codes: 80,004 -> 80,064. Each
        // column adds a validity bit a row (2,500.125 bytes).
        // Distinct labels (Text) add a dictionary entry while parsing (48), an offset (8) and
        // the 100 bytes a row: 160,064 + 80,064 + 20001 * 156 + 5,000.25 = 3,365,285 bytes (rounded up) =
        // 3.2 MB.
        QTest::newRow("distinct text is refused") << true << false << "3.2 MB";
        // Five labels (Categorical): 160,064 + 80,064 + 5,000.25 = 245,129 bytes, under the cap.
        QTest::newRow("repeated labels load") << false << true << "";
    }
    void estimateCountsTextByItsBytes()
    {
        QFETCH(bool, distinct);
        QFETCH(bool, loads);
        QFETCH(QString, need);
        QTemporaryDir dir;
        const std::string path = writeLabels(dir, distinct ? "text.csv" : "labels.csv", distinct);
        qputenv("MLWB_MEMORY_LIMIT_MB", "1");
        JobContext job;
        auto result = readCsvFile(path, {}, job);
        if (loads) {
            QVERIFY2(result.isOk(), result.status().message().c_str());
            QCOMPARE(result->table->rowCount(), size_t{kRows});
            QCOMPARE(result->table->column(1).type(), ColumnType::Categorical);
            return;
        }
        QVERIFY(!result.isOk());
        QCOMPARE(result.status().code(), ErrorCode::ResourceExhausted);
        const std::string expected =
            "text.csv: loading needs about " + need.toStdString() + " of memory but only 1.0 MB is available";
        QVERIFY2(result.status().message().find(expected) != std::string::npos, result.status().message().c_str());

        // Without the cap the same file loads, as Text.
        qunsetenv("MLWB_MEMORY_LIMIT_MB");
        auto loaded = readCsvFile(path, {}, job);
        QVERIFY2(loaded.isOk(), loaded.status().message().c_str());
        QCOMPARE(loaded->table->column(1).type(), ColumnType::Text);
    }

    // A preview reads a few rows of a file of any size, so the cap does not stop it.
    void previewIsNotRefused()
    {
        QTemporaryDir dir;
        const std::string path = writeLabels(dir, "preview.csv", true);
        qputenv("MLWB_MEMORY_LIMIT_MB", "1");
        ImportOptions options;
        options.maxRows = 50;
        JobContext job;
        auto result = readCsvFile(path, options, job);
        QVERIFY2(result.isOk(), result.status().message().c_str());
        QCOMPARE(result->table->rowCount(), size_t{50});
    }
};

QTEST_GUILESS_MAIN(TestCsvMemory)
#include "test_csv_memory.moc"
