// Tests of detectFormat() and of importFile() dispatching to the CSV, ARFF and SQLite readers.
#include "core/data/table.h"
#include "core/io/import.h"

#include <QtTest>

#include <sqlite3.h>

#include <fstream>

using namespace mlwb::core;

namespace {

void writeBytes(const QString& path, const QByteArray& bytes)
{
    std::ofstream out(path.toStdString(), std::ios::binary);
    out.write(bytes.constData(), bytes.size());
}

bool createDatabase(const std::string& path, const char* script)
{
    sqlite3* db = nullptr;
    const bool opened = sqlite3_open(path.c_str(), &db) == SQLITE_OK;
    const bool ok = opened && sqlite3_exec(db, script, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

const QByteArray sqliteHeader("SQLite format 3\0", 16);

}  // namespace

class TestImport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void detectFormat_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<bool>("create");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("format");

        // By extension, when the content says nothing.
        QTest::newRow(".csv") << "a.csv" << true << QByteArray("x,y\n1,2\n") << "csv";
        QTest::newRow(".txt") << "a.txt" << true << QByteArray("x\ty\n1\t2\n") << "csv";
        QTest::newRow(".tsv") << "a.tsv" << true << QByteArray("x\ty\n") << "tsv";
        QTest::newRow(".tab") << "a.tab" << true << QByteArray("x\ty\n") << "tsv";
        QTest::newRow(".TSV upper case") << "A.TSV" << true << QByteArray("x\ty\n") << "tsv";
        QTest::newRow(".arff") << "a.arff" << true << QByteArray("garbage") << "arff";
        QTest::newRow(".ARFF upper case") << "A.ARFF" << true << QByteArray() << "arff";
        QTest::newRow(".sqlite") << "a.sqlite" << true << QByteArray() << "sqlite";
        QTest::newRow(".sqlite3") << "a.sqlite3" << true << QByteArray() << "sqlite";
        QTest::newRow(".db") << "a.db" << true << QByteArray() << "sqlite";
        QTest::newRow("unknown extension") << "a.xyz" << true << QByteArray("1,2\n") << "csv";
        QTest::newRow("no extension") << "data" << true << QByteArray("1,2\n") << "csv";
        QTest::newRow("missing file by extension") << "absent.arff" << false << QByteArray() << "arff";
        QTest::newRow("missing csv") << "absent.csv" << false << QByteArray() << "csv";

        // By content, which wins over the extension.
        QTest::newRow("sqlite header in .csv") << "b.csv" << true << sqliteHeader + QByteArray(100, '\0') << "sqlite";
        QTest::newRow("sqlite header, no extension") << "b" << true << sqliteHeader << "sqlite";
        QTest::newRow("@relation in .txt") << "weka.txt" << true << QByteArray("@relation weather\n") << "arff";
        QTest::newRow("@RELATION after comments")
            << "weka.dat" << true << QByteArray("% comment\n\n  %% another\r\n  @RELATION 'w x'\r\n") << "arff";
        QTest::newRow("@relation after BOM") << "weka.csv" << true << QByteArray("\xEF\xBB\xBF@relation w\n") << "arff";
        QTest::newRow("@relation tab") << "weka2.csv" << true << QByteArray("@relation\tw\n") << "arff";
        QTest::newRow("@relationship is not arff") << "c.csv" << true << QByteArray("@relationship,x\n") << "csv";
        QTest::newRow("@relation on a later line") << "d.csv" << true << QByteArray("a,b\n@relation x\n") << "csv";
        QTest::newRow("almost sqlite") << "e.csv" << true << QByteArray("SQLite format 2\n") << "csv";
    }

    void detectFormat()
    {
        QFETCH(QString, fileName);
        QFETCH(bool, create);
        QFETCH(QByteArray, content);
        QFETCH(QString, format);
        const QString path = m_dir.filePath(fileName);
        if (create) writeBytes(path, content);
        QCOMPARE(mlwb::core::detectFormat(path.toStdString()), format.toStdString());
    }

    void importsArff()
    {
        JobContext job;
        auto result = importFile(std::string(MLWB_TEST_DATA_DIR) + "/arff/iris_small.arff", {}, job);
        QVERIFY2(result.isOk(), result.status().message().c_str());
        QCOMPARE(result->format, std::string("arff"));
        QCOMPARE(result->table->rowCount(), size_t{5});
        QCOMPARE(result->table->column(4).type(), ColumnType::Categorical);

        // ARFF content under a .txt name still goes to the ARFF reader.
        const QString path = m_dir.filePath("weather.txt");
        writeBytes(path, "@relation weather\n@attribute outlook {sunny,rainy}\n@data\nrainy\n");
        auto renamed = importFile(path.toStdString(), {}, job);
        QVERIFY2(renamed.isOk(), renamed.status().message().c_str());
        QCOMPARE(renamed->format, std::string("arff"));
        QCOMPARE(renamed->table->column(0).categories(), (std::vector<std::string>{"sunny", "rainy"}));
    }

    void arffErrorsPassThrough()
    {
        JobContext job;
        auto result = importFile(std::string(MLWB_TEST_DATA_DIR) + "/arff/bad_class.arff", {}, job);
        QVERIFY(!result.isOk());
        QCOMPARE(result.status().code(), ErrorCode::ParseError);
        QVERIFY(result.status().message().find("bad_class.arff, line 12") != std::string::npos);
    }

    void importsSqlite()
    {
        const QString path = m_dir.filePath("export.bin");  // recognised by its header alone
        QVERIFY(createDatabase(path.toStdString(),
                               "CREATE TABLE t(a INTEGER, b TEXT);"
                               "INSERT INTO t VALUES (1, 'x'), (2, 'y'), (3, NULL);"
                               "CREATE TABLE u(c REAL); INSERT INTO u VALUES (0.5);"));
        JobContext job;
        ImportOptions options;
        options.sqliteTable = "t";
        auto table = importFile(path.toStdString(), options, job);
        QVERIFY2(table.isOk(), table.status().message().c_str());
        QCOMPARE(table->format, std::string("sqlite"));
        QCOMPARE(table->table->rowCount(), size_t{3});
        QCOMPARE(table->table->columnNames(), (std::vector<std::string>{"a", "b"}));

        options.sqliteTable.clear();
        options.sqliteQuery = "SELECT c * 2 AS d FROM u";
        auto query = importFile(path.toStdString(), options, job);
        QVERIFY2(query.isOk(), query.status().message().c_str());
        QCOMPARE(query->table->column(0).float64Values()[0], 1.0);

        auto ambiguous = importFile(path.toStdString(), {}, job);
        QVERIFY(!ambiguous.isOk());
        QCOMPARE(ambiguous.status().code(), ErrorCode::InvalidArgument);
    }

    // Needs the CSV reader (core/io/csv), developed separately.
    void importsCsv()
    {
        const QString path = m_dir.filePath("people.csv");
        writeBytes(path, "name,age\nAnn,31\nBo,45\n");
        JobContext job;
        auto result = importFile(path.toStdString(), {}, job);
        QVERIFY2(result.isOk(), result.status().message().c_str());
        QCOMPARE(result->format, std::string("csv"));
        QCOMPARE(result->table->columnNames(), (std::vector<std::string>{"name", "age"}));
        QCOMPARE(result->table->rowCount(), size_t{2});
        QCOMPARE(result->table->column(0).displayString(1), std::string("Bo"));
        QCOMPARE(result->table->column(1).displayString(0), std::string("31"));

        const QString tsv = m_dir.filePath("people.tsv");
        writeBytes(tsv, "name\tage\nAnn\t31\n");
        auto tabs = importFile(tsv.toStdString(), {}, job);
        QVERIFY2(tabs.isOk(), tabs.status().message().c_str());
        QCOMPARE(tabs->delimiter, '\t');
        QCOMPARE(tabs->table->columnCount(), size_t{2});
    }

    void missingFile()
    {
        const std::string path = m_dir.filePath("nothing-here.csv").toStdString();
        JobContext job;
        auto result = importFile(path, {}, job);
        QVERIFY(!result.isOk());
        QCOMPARE(result.status().code(), ErrorCode::IoError);
        QCOMPARE(result.status().message(), "Cannot open " + path + ": no such file");
    }

    void folder()
    {
        JobContext job;
        auto result = importFile(m_dir.path().toStdString(), {}, job);
        QVERIFY(!result.isOk());
        QCOMPARE(result.status().code(), ErrorCode::IoError);
        QVERIFY(result.status().message().find("it is a folder") != std::string::npos);
    }

    void sqliteOptionsOnOtherFormats()
    {
        JobContext job;
        ImportOptions options;
        options.sqliteQuery = "SELECT 1";
        auto result = importFile(std::string(MLWB_TEST_DATA_DIR) + "/arff/iris_small.arff", options, job);
        QVERIFY(!result.isOk());
        QCOMPARE(result.status().code(), ErrorCode::InvalidArgument);
        QVERIFY(result.status().message().find("not a SQLite database") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "test_import.moc"
