// Tests of detectFormat() and of importFile() dispatching to the CSV, ARFF and SQLite readers;
// what every reader refuses before it allocates or opens: a file too large for the memory at
// hand, and paths that are no regular file (a FIFO, /dev/zero, a folder).
#include "core/data/table.h"
#include "core/io/arff/arff_reader.h"
#include "core/io/csv/csv_reader.h"
#include "core/io/import.h"
#include "core/io/sqlite/sqlite_reader.h"

#include <QtTest>

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <functional>
#include <future>
#include <regex>

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

constexpr int kBigRows = 100000;

// kBigRows rows of five numbers, about 3.5 MB: "a,b,c,d,e" then "i,i*0.5,i%7,-i,i*0.25".
void writeBigCsv(const std::string& path)
{
    std::ofstream out(path, std::ios::binary);
    out << "a,b,c,d,e\n";
    for (int i = 0; i < kBigRows; ++i)
        out << i << ',' << i * 0.5 << ',' << i % 7 << ',' << -i << ',' << i * 0.25 << '\n';
}

void writeBigArff(const std::string& path)
{
    std::ofstream out(path, std::ios::binary);
    out << "@relation big\n";
    for (const char* name : {"a", "b", "c", "d", "e"}) out << "@attribute " << name << " numeric\n";
    out << "@data\n";
    for (int i = 0; i < kBigRows; ++i)
        out << i << ',' << i * 0.5 << ',' << i % 7 << ',' << -i << ',' << i * 0.25 << '\n';
}

bool writeBigSqlite(const std::string& path)
{
    return createDatabase(path.c_str(),
                          "CREATE TABLE t(a INTEGER, b REAL, c INTEGER, d INTEGER, e REAL);"
                          "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 99999) "
                          "INSERT INTO t SELECT i, i * 0.5, i % 7, -i, i * 0.25 FROM n;");
}

// Sets MLWB_MEMORY_LIMIT_MB for one test and unsets it afterwards.
struct MemoryLimit {
    explicit MemoryLimit(const char* mb) { qputenv("MLWB_MEMORY_LIMIT_MB", mb); }
    ~MemoryLimit() { qunsetenv("MLWB_MEMORY_LIMIT_MB"); }
};

using Reader = std::function<Result<ImportResult>(const std::string&, JobContext&)>;

Reader readerNamed(const QString& name)
{
    if (name == "importFile") return [](const std::string& p, JobContext& job) { return importFile(p, {}, job); };
    if (name == "csv") return [](const std::string& p, JobContext& job) { return readCsvFile(p, {}, job); };
    if (name == "arff") return [](const std::string& p, JobContext& job) { return readArffFile(p, {}, job); };
    return [](const std::string& p, JobContext& job) { return readSqliteFile(p, {}, job); };
}

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

    // A file too large for the memory at hand is refused with the estimate and what to do,
    // before the table is allocated; with memory to spare the same file loads.
    void memoryLimitRefusesLargeFiles_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("exactNeed");  // "" when only checked to exceed the cap
        // CSV: the newline count bounds the rows: 100001 (header included). Five numeric
        // columns cost an 8-byte slab each, rounded up to 64 bytes (800,008 -> 800,064), plus
        // a validity bit a row: 5 * 800,064 + 100001 * 5 / 8 = 4,062,821 bytes = 3.87 MB,
        // shown as "3.9 MB".
        QTest::newRow("csv") << "big.csv"
                             << "3.9 MB";
        QTest::newRow("arff") << "big.arff"
                              << "";
        QTest::newRow("sqlite") << "big.sqlite"
                                << "";
    }
    void memoryLimitRefusesLargeFiles()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, exactNeed);
        const std::string path = m_dir.filePath(fileName).toStdString();
        if (fileName.endsWith(".csv"))
            writeBigCsv(path);
        else if (fileName.endsWith(".arff"))
            writeBigArff(path);
        else
            QVERIFY(writeBigSqlite(path));

        JobContext job;
        {
            MemoryLimit limit("1");
            auto refused = importFile(path, {}, job);
            QVERIFY(!refused.isOk());
            QCOMPARE(refused.status().code(), ErrorCode::ResourceExhausted);
            const std::string& message = refused.status().message();
            QVERIFY2(message.rfind(fileName.toStdString() + ": loading needs about ", 0) == 0, message.c_str());
            QVERIFY2(message.find("but only 1.0 MB is available") != std::string::npos, message.c_str());
            QVERIFY2(message.find("MLWB_MEMORY_LIMIT_MB") != std::string::npos, message.c_str());
            std::smatch need;
            QVERIFY2(std::regex_search(message, need, std::regex("needs about ([0-9.]+) MB")), message.c_str());
            QVERIFY2(std::stod(need[1]) > 1.0, message.c_str());
            if (!exactNeed.isEmpty())
                QVERIFY2(message.find("needs about " + exactNeed.toStdString() + " of memory") != std::string::npos,
                         message.c_str());
        }
        auto loaded = importFile(path, {}, job);
        QVERIFY2(loaded.isOk(), loaded.status().message().c_str());
        QCOMPARE(loaded->table->rowCount(), size_t{kBigRows});
        QCOMPARE(loaded->table->columnCount(), size_t{5});
        QCOMPARE(loaded->table->column(3).displayString(kBigRows - 1), std::to_string(-(kBigRows - 1)));
    }

    // Paths that are no regular file are refused from stat() alone: opening a FIFO would block
    // until a writer comes, and /dev/zero never ends. A watchdog turns a hang into a failure.
    void nonRegularFilesAreRefused_data()
    {
        QTest::addColumn<QString>("reader");
        QTest::addColumn<QString>("target");  // "fifo", "folder" or a device path
        QTest::addColumn<QString>("expected");
        const QString notRegular = "is not a regular file (a device or pipe); save the data to a file first";
        for (const char* reader : {"importFile", "csv", "arff", "sqlite"}) {
            QTest::addRow("%s, fifo", reader) << reader << "fifo" << notRegular;
            QTest::addRow("%s, /dev/zero", reader) << reader << "/dev/zero" << notRegular;
            QTest::addRow("%s, /dev/null", reader) << reader << "/dev/null" << notRegular;
            QTest::addRow("%s, folder", reader) << reader << "folder"
                                                << "it is a folder";
        }
    }
    void nonRegularFilesAreRefused()
    {
        QFETCH(QString, reader);
        QFETCH(QString, target);
        QFETCH(QString, expected);
        std::string path;
        if (target == "fifo") {
            path = m_dir.filePath("pipe-" + reader + ".csv").toStdString();
            ::unlink(path.c_str());
            QCOMPARE(::mkfifo(path.c_str(), 0600), 0);
        } else if (target == "folder") {
            path = m_dir.filePath("folder.csv").toStdString();
            QVERIFY(QDir().mkpath(QString::fromStdString(path)));
        } else {
            path = target.toStdString();
            if (::access(path.c_str(), R_OK) != 0) QSKIP("no such device here");
        }

        const Reader read = readerNamed(reader);
        JobContext job;
        auto future = std::async(std::launch::async, [&] { return read(path, job); });
        if (future.wait_for(std::chrono::seconds(10)) != std::future_status::ready) {
            // Unblock a reader stuck in open() on the FIFO (a writer that closes at once), then fail.
            job.requestCancel();
            const int fd = ::open(path.c_str(), O_WRONLY | O_NONBLOCK);
            if (fd >= 0) ::close(fd);
            if (future.wait_for(std::chrono::seconds(10)) != std::future_status::ready)
                qFatal("reading %s hung", path.c_str());  // a device read forever: end the test run
            QFAIL("the reader blocked on the path instead of refusing it");
        }
        const auto result = future.get();
        QVERIFY(!result.isOk());
        QCOMPARE(result.status().code(), ErrorCode::IoError);
        const std::string& message = result.status().message();
        QVERIFY2(message.find(path) != std::string::npos, message.c_str());
        QVERIFY2(message.find(expected.toStdString()) != std::string::npos, message.c_str());
        if (target == "fifo")
            QCOMPARE(QString::fromStdString(mlwb::core::detectFormat(path)), QString("csv"));  // by name only
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
