// Tests of the SQLite reader. Databases are built in a temporary folder by each test (no
// binary fixtures in the repository).
#include "core/data/table.h"
#include "core/io/csv/csv_reader.h"
#include "core/io/sqlite/sqlite_reader.h"

#include <QtTest>

#include <sqlite3.h>

#include <fstream>
#include <string>

using namespace mlwb::core;

Q_DECLARE_METATYPE(ColumnType)

namespace {

// Runs a script of SQL statements on a new database file; fails the test on error.
bool createDatabase(const std::string& path, const std::string& script)
{
    sqlite3* db = nullptr;
    if (sqlite3_open(path.c_str(), &db) != SQLITE_OK) {
        sqlite3_close(db);
        return false;
    }
    char* error = nullptr;
    sqlite3_exec(db, "PRAGMA synchronous = OFF", nullptr, nullptr, nullptr);  // test speed: no fsync
    const int rc = sqlite3_exec(db, script.c_str(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK) qWarning("SQL failed: %s", error ? error : "?");
    sqlite3_free(error);
    sqlite3_close(db);
    return rc == SQLITE_OK;
}

std::string readBytes(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

bool anyContains(const std::vector<std::string>& lines, const std::string& part)
{
    for (const auto& line : lines)
        if (line.find(part) != std::string::npos) return true;
    return false;
}

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

}  // namespace

class TestSqliteReader : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    std::string newPath(const char* suffix = ".sqlite")
    {
        return m_dir.filePath(QString("db%1%2").arg(++m_counter).arg(suffix)).toStdString();
    }

    // A database with two tables and a view, used by several tests.
    std::string twoTables()
    {
        const std::string path = newPath();
        if (!createDatabase(path,
                            "CREATE TABLE people(id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT, age INTEGER);"
                            "INSERT INTO people(name, age) VALUES ('Ann', 31), ('Bo', 45), ('Cy', 27);"
                            "CREATE TABLE \"odd \"\"name\"\"; DROP TABLE people\"(x REAL);"
                            "INSERT INTO \"odd \"\"name\"\"; DROP TABLE people\" VALUES (1.5), (2.5);"
                            "CREATE VIEW adults AS SELECT name FROM people WHERE age > 30;"))
            qFatal("cannot create the test database");
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void inferredTypes_data()
    {
        QTest::addColumn<QString>("script");  // creates table t(v ...)
        QTest::addColumn<ColumnType>("type");
        QTest::addColumn<QString>("first");  // displayString of row 0
        QTest::addColumn<int>("nulls");

        auto rows = [](const char* format, int count) {
            QString values;
            for (int i = 0; i < count; ++i) values += (i ? "," : "") + QString::asprintf(format, i);
            return values;
        };
        QTest::newRow("all integers") << "CREATE TABLE t(v INTEGER); INSERT INTO t VALUES (3),(-4),(9007199254740993);"
                                      << ColumnType::Int64 << "3" << 0;
        QTest::newRow("integers with null")
            << "CREATE TABLE t(v INTEGER); INSERT INTO t VALUES (1),(NULL),(2);" << ColumnType::Int64 << "1" << 1;
        QTest::newRow("integer and real mix")
            << "CREATE TABLE t(v); INSERT INTO t VALUES (1),(2.5),(NULL);" << ColumnType::Float64 << "1" << 1;
        QTest::newRow("reals") << "CREATE TABLE t(v REAL); INSERT INTO t VALUES (0.1),(1e300);" << ColumnType::Float64
                               << "0.1" << 0;
        QTest::newRow("few distinct texts")
            << "CREATE TABLE t(v TEXT); WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i+1 FROM n WHERE i < 99) "
               "INSERT INTO t SELECT 'c' || (i % 2) FROM n;"
            << ColumnType::Categorical << "c0" << 0;
        QTest::newRow("many distinct texts")
            << "CREATE TABLE t(v TEXT); INSERT INTO t VALUES " + rows("('v%d')", 30) + ";" << ColumnType::Text << "v0"
            << 0;
        QTest::newRow("twenty distinct is categorical")
            << "CREATE TABLE t(v TEXT); INSERT INTO t VALUES " + rows("('v%d')", 20) + ";" << ColumnType::Categorical
            << "v0" << 0;
        QTest::newRow("rows/20 distinct is categorical")
            << "CREATE TABLE t(v TEXT); WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i+1 FROM n WHERE i < 999) "
               "INSERT INTO t SELECT 'k' || (i % 50) FROM n;"
            << ColumnType::Categorical << "k0" << 0;
        QTest::newRow("rows/20 + 1 distinct is text")
            << "CREATE TABLE t(v TEXT); WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i+1 FROM n WHERE i < 999) "
               "INSERT INTO t SELECT 'k' || (i % 51) FROM n;"
            << ColumnType::Text << "k0" << 0;
        QTest::newRow("numbers and text")
            << "CREATE TABLE t(v); INSERT INTO t VALUES (1),('a'),(2.5);" << ColumnType::Categorical << "1" << 0;
        QTest::newRow("korean text") << "CREATE TABLE t(v TEXT); INSERT INTO t VALUES ('서울'),('부산'),(NULL);"
                                     << ColumnType::Categorical << "서울" << 1;
        QTest::newRow("date column") << "CREATE TABLE t(v DATE); INSERT INTO t VALUES ('2024-03-01'),(NULL);"
                                     << ColumnType::DateTime << "2024-03-01" << 1;
        QTest::newRow("datetime column")
            << "CREATE TABLE t(v DATETIME); INSERT INTO t VALUES ('2024-03-01 12:30:05.250');" << ColumnType::DateTime
            << "2024-03-01T12:30:05.250" << 0;
        QTest::newRow("timestamp with zone")
            << "CREATE TABLE t(v timestamp); INSERT INTO t VALUES ('2024-03-01T12:00:00+02:00');"
            << ColumnType::DateTime << "2024-03-01T10:00:00" << 0;
        QTest::newRow("date column with non-iso text")
            << "CREATE TABLE t(v DATE); INSERT INTO t VALUES ('2024-03-01'),('01/03/2024');" << ColumnType::Categorical
            << "2024-03-01" << 0;
        QTest::newRow("iso text without date declaration")
            << "CREATE TABLE t(v TEXT); INSERT INTO t VALUES ('2024-03-01');" << ColumnType::Categorical << "2024-03-01"
            << 0;
        QTest::newRow("all null integer")
            << "CREATE TABLE t(v INT); INSERT INTO t VALUES (NULL),(NULL);" << ColumnType::Int64 << "" << 2;
        QTest::newRow("all null real") << "CREATE TABLE t(v DOUBLE); INSERT INTO t VALUES (NULL);"
                                       << ColumnType::Float64 << "" << 1;
    }

    void inferredTypes()
    {
        QFETCH(QString, script);
        QFETCH(ColumnType, type);
        QFETCH(QString, first);
        QFETCH(int, nulls);
        const std::string path = newPath();
        QVERIFY(createDatabase(path, script.toStdString()));
        JobContext job;
        auto result = readSqliteFile(path, {}, job);
        QVERIFY2(result.isOk(), result.status().message().c_str());
        QCOMPARE(result->format, std::string("sqlite"));
        const Column& column = result->table->column(0);
        QCOMPARE(column.name(), std::string("v"));
        QCOMPARE(column.type(), type);
        QCOMPARE(column.displayString(0), first.toStdString());
        QCOMPARE(column.nullCount(), static_cast<size_t>(nulls));
    }

    void exactValues()
    {
        const std::string path = newPath();
        QVERIFY(createDatabase(path,
                               "CREATE TABLE t(i INTEGER, r REAL, d DATE);"
                               "INSERT INTO t VALUES (9223372036854775807, 0.1, '1969-12-31 23:59:59');"));
        JobContext job;
        auto result = readSqliteFile(path, {}, job);
        QVERIFY2(result.isOk(), result.status().message().c_str());
        const Table& table = *result->table;
        QCOMPARE(table.column(0).int64Values()[0], INT64_MAX);
        QCOMPARE(table.column(1).float64Values()[0], 0.1);
        QCOMPARE(table.column(2).int64Values()[0], int64_t{-1000});
    }

    void nonIsoDateWarns()
    {
        const std::string path = newPath();
        QVERIFY(createDatabase(path, "CREATE TABLE t(d DATE); INSERT INTO t VALUES ('2024-03-01'), ('yesterday');"));
        JobContext job;
        auto result = readSqliteFile(path, {}, job);
        QVERIFY(result.isOk());
        QVERIFY(anyContains(result->warnings, "\"yesterday\", which is not an ISO date"));
    }

    void listsTablesAndViews()
    {
        auto tables = listSqliteTables(twoTables());
        QVERIFY2(tables.isOk(), tables.status().message().c_str());
        // Sorted; sqlite_sequence (made by AUTOINCREMENT) is left out.
        QCOMPARE(*tables, (std::vector<std::string>{"adults", "odd \"name\"; DROP TABLE people", "people"}));
    }

    void readsChosenTable()
    {
        const std::string path = twoTables();
        ImportOptions options;
        options.sqliteTable = "people";
        JobContext job;
        auto result = readSqliteFile(path, options, job);
        QVERIFY2(result.isOk(), result.status().message().c_str());
        const Table& table = *result->table;
        QCOMPARE(table.columnNames(), (std::vector<std::string>{"id", "name", "age"}));
        QCOMPARE(table.rowCount(), size_t{3});
        QCOMPARE(table.column(2).type(), ColumnType::Int64);
        QCOMPARE(table.column(1).displayString(1), std::string("Bo"));
        QCOMPARE(table.column(2).int64Values()[2], int64_t{27});
        QCOMPARE(job.progress(), 1.0);

        options.sqliteTable = "PEOPLE";  // identifiers are case-insensitive in SQLite
        auto upper = readSqliteFile(path, options, job);
        QVERIFY(upper.isOk());
        QCOMPARE(upper->table->rowCount(), size_t{3});

        options.sqliteTable = "adults";  // a view reads like a table
        auto view = readSqliteFile(path, options, job);
        QVERIFY(view.isOk());
        QCOMPARE(view->table->rowCount(), size_t{2});
    }

    void quotesTableNamesSafely()
    {
        const std::string path = twoTables();
        ImportOptions options;
        options.sqliteTable = "odd \"name\"; DROP TABLE people";
        JobContext job;
        auto result = readSqliteFile(path, options, job);
        QVERIFY2(result.isOk(), result.status().message().c_str());
        QCOMPARE(result->table->rowCount(), size_t{2});
        QCOMPARE(result->table->column(0).float64Values()[1], 2.5);
        auto tables = listSqliteTables(path);
        QVERIFY(tables.isOk());
        QCOMPARE(tables->size(), size_t{3});  // people is still there
    }

    void unknownTable()
    {
        ImportOptions options;
        options.sqliteTable = "nope";
        JobContext job;
        auto result = readSqliteFile(twoTables(), options, job);
        QVERIFY(!result.isOk());
        QCOMPARE(result.status().code(), ErrorCode::InvalidArgument);
        QVERIFY2(contains(result.status().message(), "no table named nope"), result.status().message().c_str());
        QVERIFY(contains(result.status().message(), "adults"));
        QVERIFY(contains(result.status().message(), "people"));
    }

    void severalTablesWithoutChoice()
    {
        JobContext job;
        auto result = readSqliteFile(twoTables(), {}, job);
        QVERIFY(!result.isOk());
        QCOMPARE(result.status().code(), ErrorCode::InvalidArgument);
        const std::string& message = result.status().message();
        QVERIFY2(contains(message, "several tables"), message.c_str());
        QVERIFY(contains(message, "adults, odd \"name\"; DROP TABLE people, people"));
        QVERIFY(contains(message, "--table"));
        QVERIFY(contains(message, "--query"));
    }

    void tableAndQueryTogether()
    {
        ImportOptions options;
        options.sqliteTable = "people";
        options.sqliteQuery = "SELECT 1";
        JobContext job;
        auto result = readSqliteFile(twoTables(), options, job);
        QVERIFY(!result.isOk());
        QCOMPARE(result.status().code(), ErrorCode::InvalidArgument);
    }

    void queries_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("columns");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("firstValue");  // column 0, row 0

        QTest::newRow("select where order")
            << "SELECT name, age * 2 AS twice FROM people WHERE age > 28 ORDER BY age DESC"
            << QStringList{"name", "twice"} << 2 << "Bo";
        QTest::newRow("with") << "WITH old AS (SELECT * FROM people WHERE age > 40) SELECT count(*) AS n FROM old"
                              << QStringList{"n"} << 1 << "1";
        QTest::newRow("lower case, comments, trailing semicolon")
            << "-- the youngest\n/* block */ select name from people order by age limit 1;  -- done"
            << QStringList{"name"} << 1 << "Cy";
        QTest::newRow("duplicate names") << "SELECT name, name FROM people" << QStringList{"name", "name_2"} << 3
                                         << "Ann";
        QTest::newRow("no rows") << "SELECT * FROM people WHERE 0" << QStringList{"id", "name", "age"} << 0 << "";
    }

    void queries()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, columns);
        QFETCH(int, rows);
        QFETCH(QString, firstValue);
        ImportOptions options;
        options.sqliteQuery = query.toStdString();
        JobContext job;
        auto result = readSqliteFile(twoTables(), options, job);
        QVERIFY2(result.isOk(), result.status().message().c_str());
        std::vector<std::string> expected;
        for (const auto& name : columns) expected.push_back(name.toStdString());
        QCOMPARE(result->table->columnNames(), expected);
        QCOMPARE(result->table->rowCount(), static_cast<size_t>(rows));
        if (rows > 0) QCOMPARE(result->table->column(0).displayString(0), firstValue.toStdString());
    }

    // Repeated names are made unique as the CSV reader does with a header: a later copy gets the
    // first free _N, so a column the query itself names "a_2" keeps that name. Each row's
    // query returns the numbers 1, 2, 3, ... in its columns, so the values show which is which.
    void duplicateNames_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("a, a, a_2") << "SELECT 1 AS a, 2 AS a, 3 AS a_2" << QStringList{"a", "a_3", "a_2"};
        QTest::newRow("three alike") << "SELECT 1 AS x, 2 AS x, 3 AS x" << QStringList{"x", "x_2", "x_3"};
        QTest::newRow("real _2 first") << "SELECT 1 AS a_2, 2 AS a, 3 AS a" << QStringList{"a_2", "a", "a_3"};
        QTest::newRow("x, x_2, x, x_3") << "SELECT 1 AS x, 2 AS x_2, 3 AS x, 4 AS x_3"
                                        << QStringList{"x", "x_2", "x_4", "x_3"};
        QTest::newRow("duplicated _2") << "SELECT 1 AS b_2, 2 AS b_2" << QStringList{"b_2", "b_2_2"};
        QTest::newRow("two pairs") << "SELECT 1 AS p, 2 AS q, 3 AS p, 4 AS q" << QStringList{"p", "q", "p_2", "q_2"};
    }
    void duplicateNames()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, names);
        ImportOptions options;
        options.sqliteQuery = query.toStdString();
        JobContext job;
        auto result = readSqliteFile(twoTables(), options, job);
        QVERIFY2(result.isOk(), result.status().message().c_str());
        std::vector<std::string> expected;
        for (const auto& name : names) expected.push_back(name.toStdString());
        QCOMPARE(result->table->columnNames(), expected);
        for (size_t c = 0; c < expected.size(); ++c)
            QCOMPARE(result->table->column(c).displayString(0), std::to_string(c + 1));
        QVERIFY(anyContains(result->warnings, "Duplicate column names were made unique"));

        // The CSV reader names the same header the same way.
        std::string header, row;
        for (int c = 0; c < static_cast<int>(expected.size()); ++c) {
            const QString sqlName = query.section(" AS ", c + 1, c + 1).section(',', 0, 0).trimmed();
            header += (c ? "," : "") + sqlName.toStdString();
            row += (c ? "," : "") + std::to_string(c + 1);
        }
        auto csv = readCsvBuffer(header + "\n" + row + "\n", "dup.csv", {}, job);
        QVERIFY2(csv.isOk(), csv.status().message().c_str());
        QCOMPARE(csv->table->columnNames(), expected);
    }

    void rejectedStatements_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("message");

        const QString onlySelect = "Only a SELECT";
        QTest::newRow("delete") << "DELETE FROM people" << onlySelect;
        QTest::newRow("insert") << "INSERT INTO people(name, age) VALUES ('Eve', 1)" << onlySelect;
        QTest::newRow("update") << "UPDATE people SET age = 0" << onlySelect;
        QTest::newRow("drop") << "DROP TABLE people" << onlySelect;
        QTest::newRow("create") << "CREATE TABLE z(a)" << onlySelect;
        QTest::newRow("pragma") << "PRAGMA table_info(people)" << onlySelect;
        QTest::newRow("explain") << "EXPLAIN SELECT * FROM people" << onlySelect;
        QTest::newRow("with delete") << "WITH x AS (SELECT 1) DELETE FROM people" << onlySelect;
        QTest::newRow("values") << "VALUES (1), (2)" << onlySelect;
        QTest::newRow("attach") << "ATTACH DATABASE 'other.db' AS other" << onlySelect;
        QTest::newRow("select then delete") << "SELECT * FROM people; DELETE FROM people"
                                            << "single SELECT";
        QTest::newRow("two selects") << "SELECT 1; SELECT 2"
                                     << "single SELECT";
        QTest::newRow("empty") << "  -- nothing\n"
                               << "empty";
    }

    void rejectedStatements()
    {
        QFETCH(QString, query);
        QFETCH(QString, message);
        const std::string path = twoTables();
        const std::string before = readBytes(path);
        ImportOptions options;
        options.sqliteQuery = query.toStdString();
        JobContext job;
        auto result = readSqliteFile(path, options, job);
        QVERIFY(!result.isOk());
        QCOMPARE(result.status().code(), ErrorCode::InvalidArgument);
        QVERIFY2(contains(result.status().message(), message.toStdString()), result.status().message().c_str());
        QCOMPARE(readBytes(path), before);  // the database is untouched
    }

    void badSql_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("message");  // SQLite's own words
        QTest::newRow("syntax") << "SELEC * FROM people"
                                << "near \"SELEC\": syntax error";
        QTest::newRow("no such table") << "SELECT * FROM missing"
                                       << "no such table: missing";
        QTest::newRow("no such column") << "SELECT height FROM people"
                                        << "no such column: height";
    }

    void badSql()
    {
        QFETCH(QString, query);
        QFETCH(QString, message);
        ImportOptions options;
        options.sqliteQuery = query.toStdString();
        JobContext job;
        auto result = readSqliteFile(twoTables(), options, job);
        QVERIFY(!result.isOk());
        QCOMPARE(result.status().code(), ErrorCode::InvalidArgument);
        QVERIFY2(contains(result.status().message(), "The query failed: " + message.toStdString()),
                 result.status().message().c_str());
    }

    void notADatabase_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("csv text") << QByteArray("a,b\n1,2\n");
        QTest::newRow("short file") << QByteArray("SQLite");
        QByteArray damaged("SQLite format 3", 16);  // the right magic, then garbage
        damaged.append(QByteArray(4096, '\x7f'));
        QTest::newRow("damaged header") << damaged;
    }

    void notADatabase()
    {
        QFETCH(QByteArray, bytes);
        const std::string path = newPath(".db");
        {
            std::ofstream out(path, std::ios::binary);
            out.write(bytes.constData(), bytes.size());
        }
        JobContext job;
        auto result = readSqliteFile(path, {}, job);
        QVERIFY(!result.isOk());
        QCOMPARE(result.status().code(), ErrorCode::ParseError);
        QVERIFY2(contains(result.status().message(), "is not a SQLite database"), result.status().message().c_str());
        auto tables = listSqliteTables(path);
        QVERIFY(!tables.isOk());
        QCOMPARE(tables.status().code(), ErrorCode::ParseError);
    }

    void missingFile()
    {
        const std::string path = m_dir.filePath("absent.sqlite").toStdString();
        JobContext job;
        auto result = readSqliteFile(path, {}, job);
        QVERIFY(!result.isOk());
        QCOMPARE(result.status().code(), ErrorCode::IoError);
        QCOMPARE(result.status().message(), "Cannot open " + path + ": no such file");
        QVERIFY(!QFile::exists(QString::fromStdString(path)));  // read-only: nothing was created
    }

    void emptyDatabase()
    {
        const std::string path = newPath();
        QVERIFY(createDatabase(path, "CREATE TABLE t(a); DROP TABLE t;"));
        JobContext job;
        auto result = readSqliteFile(path, {}, job);
        QVERIFY(!result.isOk());
        QCOMPARE(result.status().code(), ErrorCode::ParseError);
        QVERIFY(contains(result.status().message(), "contains no tables"));
    }

    void maxRows()
    {
        const std::string path = newPath();
        QVERIFY(createDatabase(path,
                               "CREATE TABLE t(v INTEGER); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
                               "SELECT i+1 FROM n WHERE i < 10000) INSERT INTO t SELECT i FROM n;"));
        ImportOptions options;
        options.maxRows = 5;
        JobContext job;
        auto result = readSqliteFile(path, options, job);
        QVERIFY(result.isOk());
        QCOMPARE(result->table->rowCount(), size_t{5});
        QCOMPARE(result->table->column(0).int64Values()[4], int64_t{5});

        auto all = readSqliteFile(path, {}, job);
        QVERIFY(all.isOk());
        QCOMPARE(all->table->rowCount(), size_t{10000});
    }

    void typeOverrides()
    {
        const std::string path = newPath();
        QVERIFY(createDatabase(path,
                               "CREATE TABLE t(code INTEGER, n TEXT, flag INTEGER);"
                               "INSERT INTO t VALUES (7, '12', 1), (8, 'x', 0);"));
        ImportOptions options;
        options.typeOverrides = {{"code", ColumnType::Text}, {"n", ColumnType::Int64}, {"flag", ColumnType::Boolean}};
        JobContext job;
        auto result = readSqliteFile(path, options, job);
        QVERIFY2(result.isOk(), result.status().message().c_str());
        const Table& table = *result->table;
        QCOMPARE(table.column(0).type(), ColumnType::Text);
        QCOMPARE(table.column(0).displayString(1), std::string("8"));
        QCOMPARE(table.column(1).type(), ColumnType::Int64);
        QCOMPARE(table.column(1).int64Values()[0], int64_t{12});
        QVERIFY(table.column(1).isMissing(1));
        QVERIFY(anyContains(result->warnings, "Column n: 1 values could not be read as int64 (such as \"x\")"));
        QCOMPARE(table.column(2).type(), ColumnType::Boolean);
        QCOMPARE(table.column(2).displayString(0), std::string("true"));
    }

    void blobs()
    {
        const std::string path = newPath();
        QVERIFY(
            createDatabase(path, "CREATE TABLE t(b BLOB); INSERT INTO t VALUES (x'00ff10'), (CAST('abc' AS BLOB));"));
        JobContext job;
        auto result = readSqliteFile(path, {}, job);
        QVERIFY(result.isOk());
        QCOMPARE(result->table->column(0).displayString(0), std::string("x'00ff10'"));
        QCOMPARE(result->table->column(0).displayString(1), std::string("abc"));
        QVERIFY(anyContains(result->warnings, "binary data"));
    }

    void cancellation()
    {
        const std::string path = newPath();
        QVERIFY(createDatabase(path,
                               "CREATE TABLE t(v INTEGER); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
                               "SELECT i+1 FROM n WHERE i < 20000) INSERT INTO t SELECT i FROM n;"));
        JobContext job;
        int reports = 0;
        job.setObserver([&](double fraction, const std::string&) {
            if (fraction > 0.0 && ++reports == 1) job.requestCancel();  // cancel mid-way
        });
        auto result = readSqliteFile(path, {}, job);
        QVERIFY(!result.isOk());
        QVERIFY(result.status().isCancelled());
        QCOMPARE(reports, 1);
    }
};

QTEST_GUILESS_MAIN(TestSqliteReader)
#include "test_sqlite_reader.moc"
