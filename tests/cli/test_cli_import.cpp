// train and tune read their data as inspect and convert do: the same import options
// (--delimiter, --encoding, --na, --header/--no-header, --lenient, --table/--query), each
// changing what is read in the way inspect shows, and --help lists them for every command.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>

#include "support/cli_run.h"

namespace {

using mlwb::test::runCli;
using mlwb::test::sample;
using Run = mlwb::test::CliRun;

// iris.csv's lines: the header, then 50 rows of each species.
QList<QByteArray> irisLines()
{
    QFile file(sample("iris.csv"));
    if (!file.open(QIODevice::ReadOnly)) return {};
    QList<QByteArray> lines = file.readAll().split('\n');
    while (!lines.isEmpty() && lines.back().isEmpty()) lines.removeLast();
    return lines;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// The variants of iris the options are for, written into `dir`; returns the path.
QString makeFile(const QTemporaryDir& dir, const QString& kind)
{
    QList<QByteArray> lines = irisLines();
    QByteArray bytes;
    QString path = dir.filePath(kind + ".csv");
    if (kind == "iris") {
        for (const auto& line : lines) bytes += line + "\n";
    } else if (kind == "tabs") {
        path = dir.filePath("iris_tabs.txt");
        for (auto line : lines) bytes += line.replace(',', '\t') + "\n";
    } else if (kind == "gaps") {
        // sepal_width of rows 1, 51 and 101 is "missing": not a missing-value token by default.
        for (int i = 0; i < lines.size(); ++i) {
            QList<QByteArray> fields = lines[i].split(',');
            if (i == 1 || i == 51 || i == 101) fields[1] = "missing";
            bytes += fields.join(',') + "\n";
        }
    } else if (kind == "no_header") {
        for (int i = 1; i < lines.size(); ++i) bytes += lines[i] + "\n";
    } else if (kind == "latin1") {
        // "setosa" written as "sétosa" in Latin-1 (é = 0xE9), which is not UTF-8.
        for (const auto& line : lines) bytes += QByteArray(line).replace("setosa", "s\xe9tosa") + "\n";
    } else if (kind == "ragged") {
        for (int i = 0; i < lines.size(); ++i) bytes += lines[i] + (i == 9 ? ",extra" : "") + "\n";  // line 10
    } else if (kind == "sqlite") {
        path = dir.filePath("iris.sqlite");
        QByteArray script =
            "CREATE TABLE other(x INTEGER); INSERT INTO other VALUES (1);"
            "CREATE TABLE iris(sepal_length REAL, sepal_width REAL, petal_length REAL, "
            "petal_width REAL, species TEXT);";
        for (int i = 1; i < lines.size(); ++i) {
            QList<QByteArray> fields = lines[i].split(',');
            fields[4] = "'" + fields[4] + "'";
            script += "INSERT INTO iris VALUES (" + fields.join(',') + ");";
        }
        sqlite3* db = nullptr;
        const bool ok = sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK &&
                        sqlite3_exec(db, script.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
        sqlite3_close(db);
        return ok ? path : QString();
    }
    return writeFile(path, bytes) ? path : QString();
}

QStringList modelArguments(const QString& command)
{
    if (command == "train") return {"--model", "knn", "--json"};
    return {"--model", "knn", "--grid", "n_neighbors=5", "--cv", "3", "--json"};
}

}  // namespace

class TestCliImport : public QObject {
    Q_OBJECT
private slots:
    void trainAndTuneTakeTheImportOptions_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("options");  // import options and --target
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("features");
        QTest::addColumn<QString>("message");  // in stderr (exit 2) or in the warnings (exit 0)
        QTest::addColumn<QString>("notInWarnings");

        const QStringList species{"--target", "species"};
        QTest::newRow("detected") << "iris" << species << 0 << 150 << 4 << ""
                                  << "";
        // One field per line when ';' is the delimiter: no column "species".
        QTest::newRow("--delimiter is used")
            << "iris" << species + QStringList{"--delimiter", ";"} << 2 << 0 << 0 << "species"
            << "";
        QTest::newRow("--delimiter tab") << "tabs" << species + QStringList{"--delimiter", "tab"} << 0 << 150 << 4 << ""
                                         << "";
        // sepal_width is text without --na (left out, with a warning), numbers with gaps with it.
        QTest::newRow("without --na") << "gaps" << species << 0 << 150 << 3 << "sepal_width"
                                      << "";
        QTest::newRow("--na") << "gaps" << species + QStringList{"--na", "missing"} << 0 << 150 << 4 << ""
                              << "sepal_width";
        QTest::newRow("--no-header") << "no_header" << QStringList{"--no-header", "--target", "column_5"} << 0 << 150
                                     << 4 << ""
                                     << "";
        // --header takes the first row for names: one row fewer, and "setosa" names column 5.
        QTest::newRow("--header") << "no_header" << QStringList{"--header", "--target", "setosa"} << 0 << 149 << 4 << ""
                                  << "";
        QTest::newRow("--header and --no-header")
            << "iris" << species + QStringList{"--header", "--no-header"} << 2 << 0 << 0 << "not both"
            << "";
        // Detected: not UTF-8, so read as Windows-1252 with a warning; named: no guess to warn about.
        QTest::newRow("encoding detected") << "latin1" << species << 0 << 150 << 4 << "read as Windows-1252"
                                           << "";
        QTest::newRow("--encoding latin-1")
            << "latin1" << species + QStringList{"--encoding", "latin-1"} << 0 << 150 << 4 << ""
            << "Windows-1252";
        QTest::newRow("bad --encoding") << "iris" << species + QStringList{"--encoding", "ebcdic"} << 2 << 0 << 0
                                        << "--encoding"
                                        << "";
        QTest::newRow("ragged row") << "ragged" << species << 2 << 0 << 0 << "line 10"
                                    << "";
        QTest::newRow("--lenient") << "ragged" << species + QStringList{"--lenient"} << 0 << 149 << 4
                                   << "Skipped 1 malformed rows"
                                   << "";
        QTest::newRow("SQLite with two tables") << "sqlite" << species << 2 << 0 << 0 << "--table"
                                                << "";
        QTest::newRow("--table") << "sqlite" << species + QStringList{"--table", "iris"} << 0 << 150 << 4 << ""
                                 << "";
        QTest::newRow("--query") << "sqlite"
                                 << species + QStringList{"--query", "SELECT * FROM iris WHERE species <> 'setosa'"}
                                 << 0 << 100 << 4 << ""
                                 << "";
    }
    void trainAndTuneTakeTheImportOptions()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, options);
        QFETCH(int, exitCode);
        QFETCH(int, rows);
        QFETCH(int, features);
        QFETCH(QString, message);
        QFETCH(QString, notInWarnings);
        QTemporaryDir dir;
        const QString path = makeFile(dir, file);
        QVERIFY(!path.isEmpty());
        for (const QString command : {"train", "tune"}) {
            Run run = runCli(QStringList{command, path} + options + modelArguments(command));
            const QString where = command + ": " + run.err;
            QCOMPARE(run.exitCode, exitCode);
            if (exitCode != 0) {
                QVERIFY2(run.err.contains(message), qPrintable(where));
                QVERIFY(run.out.isEmpty());
                continue;
            }
            const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
            QCOMPARE(object["rows"].toInt(), rows);
            QCOMPARE(object["features"].toInt(), features);
            const QString warnings = QJsonDocument(object["warnings"].toArray()).toJson();
            if (!message.isEmpty()) QVERIFY2(warnings.contains(message), qPrintable(command + ": " + warnings));
            if (!notInWarnings.isEmpty())
                QVERIFY2(!warnings.contains(notInWarnings), qPrintable(command + ": " + warnings));
        }
        if (exitCode != 0) return;
        // inspect reads the same table with the same options (minus the model's --target).
        QStringList inspectOptions = options;
        const qsizetype target = inspectOptions.indexOf("--target");
        inspectOptions.remove(target, 2);
        Run inspect = runCli(QStringList{"inspect", path, "--json"} + inspectOptions);
        QCOMPARE(inspect.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(inspect.out.toUtf8()).object()["rows"].toInt(), rows);
    }

    void helpListsTheImportOptionsForEveryCommand()
    {
        Run help = runCli({"--help"});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains("Import options (inspect, convert, train, tune):"), qPrintable(help.out));
        for (const char* option : {"--delimiter C", "--encoding E", "--na LIST", "--header", "--no-header", "--lenient",
                                   "--table NAME", "--query SQL"})
            QVERIFY2(help.out.contains(option), option);
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "test_cli_import.moc"
