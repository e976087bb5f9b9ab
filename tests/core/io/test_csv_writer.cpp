// Tests of the CSV writer: quoting, number and date formatting, options, and the atomic
// file write. Output is read back with a small RFC 4180 parser defined here, so the tests do
// not depend on the CSV reader.
#include "core/data/column_builder.h"
#include "core/data/table.h"
#include "core/io/export/csv_writer.h"

#include <QtTest>

#include <bit>
#include <cmath>
#include <fstream>
#include <limits>
#include <sstream>

using namespace mlwb::core;

namespace {

struct Field {
    std::string text;
    bool quoted = false;
};
using Rows = std::vector<std::vector<Field>>;

// A strict RFC 4180 parser: fails the test on a quote in an unquoted field or text after a
// closing quote, which is exactly what a broken writer would produce.
Rows parseCsv(const std::string& text, char delimiter = ',')
{
    Rows rows;
    std::vector<Field> row;
    Field field;
    size_t i = 0;
    bool atFieldStart = true;
    auto endField = [&] {
        row.push_back(field);
        field = {};
        atFieldStart = true;
    };
    while (i < text.size()) {
        const char c = text[i];
        if (atFieldStart && c == '"') {
            field.quoted = true;
            ++i;
            while (true) {
                if (i >= text.size()) {
                    qWarning("unterminated quote");
                    return {};
                }
                if (text[i] == '"') {
                    if (i + 1 < text.size() && text[i + 1] == '"') {
                        field.text.push_back('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field.text.push_back(text[i++]);
            }
            atFieldStart = false;
            if (i < text.size() && text[i] != delimiter && text[i] != '\n' && text[i] != '\r') {
                qWarning("text after a closing quote");
                return {};
            }
            continue;
        }
        if (c == delimiter) {
            endField();
            ++i;
        } else if (c == '\n' || c == '\r') {
            endField();
            rows.push_back(std::move(row));
            row.clear();
            i += (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ? 2 : 1;
        } else {
            if (c == '"') {
                qWarning("quote inside an unquoted field");
                return {};
            }
            field.text.push_back(c);
            atFieldStart = false;
            ++i;
        }
    }
    if (!atFieldStart || !row.empty()) {
        endField();
        rows.push_back(std::move(row));
    }
    return rows;
}

TablePtr makeTable(std::vector<ColumnPtr> columns)
{
    auto table = Table::make(std::move(columns));
    if (!table.isOk()) qFatal("%s", table.status().message().c_str());
    return table.value();
}

ColumnPtr textColumn(const std::string& name, const std::vector<std::optional<std::string>>& values,
                     ColumnType type = ColumnType::Text)
{
    ColumnBuilder builder(name, type);
    for (const auto& value : values) {
        if (!value)
            builder.appendNull();
        else if (type == ColumnType::Text)
            builder.appendText(*value);
        else
            builder.appendCategory(*value);
    }
    return builder.finish();
}

ColumnPtr doubleColumn(const std::string& name, const std::vector<std::optional<double>>& values)
{
    ColumnBuilder builder(name, ColumnType::Float64);
    for (const auto& value : values) value ? builder.appendFloat64(*value) : builder.appendNull();
    return builder.finish();
}

ColumnPtr intColumn(const std::string& name, const std::vector<std::optional<int64_t>>& values)
{
    ColumnBuilder builder(name, ColumnType::Int64);
    for (const auto& value : values) value ? builder.appendInt64(*value) : builder.appendNull();
    return builder.finish();
}

std::string toCsv(const Table& table, const CsvWriteOptions& options = {})
{
    std::ostringstream out;
    JobContext job;
    const Status status = writeCsv(table, out, options, job);
    if (!status.isOk()) qFatal("%s", status.message().c_str());
    return out.str();
}

std::string readBytes(const QString& path)
{
    std::ifstream in(path.toStdString(), std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeBytes(const QString& path, const std::string& bytes)
{
    std::ofstream out(path.toStdString(), std::ios::binary);
    out << bytes;
}

// A table whose text is long enough that the writer flushes several chunks to disk.
TablePtr bigTable(size_t rows)
{
    ColumnBuilder text("text", ColumnType::Text);
    ColumnBuilder number("number", ColumnType::Float64);
    const std::string filler(300, 'x');
    for (size_t row = 0; row < rows; ++row) {
        text.appendText(filler);
        number.appendFloat64(static_cast<double>(row) / 7.0);
    }
    return makeTable({text.finish(), number.finish()});
}

}  // namespace

class TestCsvWriter : public QObject {
    Q_OBJECT

private slots:
    void textQuoting_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("field");  // as written

        QTest::newRow("plain") << QByteArray("abc") << QByteArray("abc");
        QTest::newRow("inner space") << QByteArray("a b") << QByteArray("a b");
        QTest::newRow("delimiter") << QByteArray("a,b") << QByteArray("\"a,b\"");
        QTest::newRow("quote") << QByteArray("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
        QTest::newRow("only a quote") << QByteArray("\"") << QByteArray("\"\"\"\"");
        QTest::newRow("newline") << QByteArray("a\nb") << QByteArray("\"a\nb\"");
        QTest::newRow("carriage return") << QByteArray("a\rb") << QByteArray("\"a\rb\"");
        QTest::newRow("crlf") << QByteArray("a\r\nb") << QByteArray("\"a\r\nb\"");
        QTest::newRow("leading space") << QByteArray(" a") << QByteArray("\" a\"");
        QTest::newRow("trailing space") << QByteArray("a ") << QByteArray("\"a \"");
        QTest::newRow("leading tab") << QByteArray("\ta") << QByteArray("\"\ta\"");
        QTest::newRow("semicolon is not special") << QByteArray("a;b") << QByteArray("a;b");
        QTest::newRow("korean") << QByteArray("서울, 한국") << QByteArray("\"서울, 한국\"");
        QTest::newRow("korean plain") << QByteArray("한국어") << QByteArray("한국어");
        QTest::newRow("empty string is not missing") << QByteArray("") << QByteArray("\"\"");
        QTest::newRow("NA text with default na") << QByteArray("NA") << QByteArray("NA");
    }

    void textQuoting()
    {
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, field);
        for (const ColumnType type : {ColumnType::Text, ColumnType::Categorical}) {
            const auto table = makeTable({textColumn("v", {value.toStdString()}, type), intColumn("n", {1})});
            QCOMPARE(toCsv(*table), "v,n\n" + field.toStdString() + ",1\n");
        }
    }

    void doubles_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("0.1") << 0.1 << "0.1";
        QTest::newRow("1e300") << 1e300 << "1e+300";
        QTest::newRow("negative zero") << -0.0 << "-0";
        QTest::newRow("integer valued") << 3.0 << "3";
        QTest::newRow("one third") << 1.0 / 3.0 << "0.3333333333333333";
        QTest::newRow("denormal") << 5e-324 << "5e-324";
        QTest::newRow("max") << std::numeric_limits<double>::max() << "1.7976931348623157e+308";
        QTest::newRow("0.1 + 0.2") << 0.1 + 0.2 << "0.30000000000000004";
        QTest::newRow("large") << 123456789012345678.0 << "123456789012345680";
    }

    void doubles()
    {
        QFETCH(double, value);
        QFETCH(QString, field);
        const auto table = makeTable({doubleColumn("x", {value})});
        const std::string csv = toCsv(*table);
        QCOMPARE(csv, "x\n" + field.toStdString() + "\n");
        // Reads back to the very same bits.
        const double back = std::strtod(field.toStdString().c_str(), nullptr);
        QCOMPARE(std::bit_cast<uint64_t>(back), std::bit_cast<uint64_t>(value));
    }

    void allTypes()
    {
        ColumnBuilder flags("flag", ColumnType::Boolean);
        flags.appendBoolean(true);
        flags.appendBoolean(false);
        flags.appendNull();
        ColumnBuilder dates("when", ColumnType::DateTime);
        dates.appendDateTime(1709251200000);  // 2024-03-01T00:00:00Z
        dates.appendDateTime(1709296205250);  // 2024-03-01T12:30:05.250Z
        dates.appendNull();
        const auto table = makeTable({
            doubleColumn("x", {1.5, std::nullopt, -2.0}),
            intColumn("i", {INT64_MIN, 0, std::nullopt}),
            flags.finish(),
            dates.finish(),
            textColumn("kind", {"a", std::nullopt, "b b"}, ColumnType::Categorical),
        });
        QCOMPARE(toCsv(*table), std::string("x,i,flag,when,kind\n"
                                            "1.5,-9223372036854775808,true,2024-03-01,a\n"
                                            ",0,false,2024-03-01T12:30:05.250,\n"
                                            "-2,,,,b b\n"));
    }

    void roundTrip()
    {
        const std::vector<std::optional<std::string>> texts = {"plain",           "comma, inside",
                                                               "quote \" inside", "\"starts with quote",
                                                               "line\nbreak",     "cr\rlf\r\n",
                                                               " padded ",        "",
                                                               std::nullopt,      "한국어 텍스트, \"따옴표\"",
                                                               "tab\tinside",     "ends with comma,"};
        std::vector<std::optional<double>> numbers;
        for (size_t i = 0; i < texts.size(); ++i)
            numbers.push_back(i == 3 ? std::nullopt : std::optional<double>(0.1 * static_cast<double>(i) + 1e-17));
        const auto table = makeTable({textColumn("text, \"quoted\" name", texts), doubleColumn("이름", numbers)});
        const Rows rows = parseCsv(toCsv(*table));
        QCOMPARE(rows.size(), texts.size() + 1);
        QCOMPARE(rows[0][0].text, std::string("text, \"quoted\" name"));
        QCOMPARE(rows[0][1].text, std::string("이름"));
        for (size_t i = 0; i < texts.size(); ++i) {
            const auto& row = rows[i + 1];
            QCOMPARE(row.size(), size_t{2});
            if (texts[i]) {
                QCOMPARE(row[0].text, *texts[i]);
            } else {
                // Missing: an empty unquoted field, unlike the empty string, which is quoted.
                QCOMPARE(row[0].text, std::string());
                QVERIFY(!row[0].quoted);
            }
            if (numbers[i]) {
                const double back = std::strtod(row[1].text.c_str(), nullptr);
                QCOMPARE(std::bit_cast<uint64_t>(back), std::bit_cast<uint64_t>(*numbers[i]));
            } else {
                QCOMPARE(row[1].text, std::string());
            }
        }
        QVERIFY(rows[8][0].text.empty() && rows[8][0].quoted);  // "" (empty string), not missing
    }

    void naRepresentation()
    {
        const auto table =
            makeTable({textColumn("s", {"NA", std::nullopt, "x"}), doubleColumn("x", {std::nullopt, 1.0, 2.0})});
        CsvWriteOptions options;
        options.naRepresentation = "NA";
        QCOMPARE(toCsv(*table, options), std::string("s,x\n\"NA\",NA\nNA,1\nx,2\n"));
    }

    void delimiterAndLineEnding()
    {
        const auto table = makeTable({textColumn("a;b", {"1,5", "x;y"}), doubleColumn("c", {1.25, 2.0})});
        CsvWriteOptions options;
        options.delimiter = ';';
        options.lineEnding = "\r\n";
        QCOMPARE(toCsv(*table, options), std::string("\"a;b\";c\r\n1,5;1.25\r\n\"x;y\";2\r\n"));

        options.delimiter = '\t';
        options.lineEnding = "\n";
        QCOMPARE(toCsv(*table, options), std::string("a;b\tc\n1,5\t1.25\nx;y\t2\n"));
    }

    void noHeader()
    {
        const auto table = makeTable({intColumn("n", {1, 2})});
        CsvWriteOptions options;
        options.header = false;
        QCOMPARE(toCsv(*table, options), std::string("1\n2\n"));
    }

    void singleColumnEmptyText()
    {
        // An empty unquoted line would be skipped by readers and lose the row.
        const auto table = makeTable({textColumn("s", {"", "a"})});
        QCOMPARE(toCsv(*table), std::string("s\n\"\"\na\n"));
    }

    void invalidOptions_data()
    {
        QTest::addColumn<char>("delimiter");
        QTest::addColumn<QString>("na");
        QTest::addColumn<QString>("lineEnding");
        QTest::newRow("quote delimiter") << '"' << ""
                                         << "\n";
        QTest::newRow("newline delimiter") << '\n'
                                           << ""
                                           << "\n";
        QTest::newRow("na with delimiter") << ',' << "n,a"
                                           << "\n";
        QTest::newRow("na with quote") << ',' << "\""
                                       << "\n";
        QTest::newRow("bad line ending") << ',' << ""
                                         << "\n\n";
    }

    void invalidOptions()
    {
        QFETCH(char, delimiter);
        QFETCH(QString, na);
        QFETCH(QString, lineEnding);
        CsvWriteOptions options;
        options.delimiter = delimiter;
        options.naRepresentation = na.toStdString();
        options.lineEnding = lineEnding.toStdString();
        const auto table = makeTable({intColumn("n", {1})});
        std::ostringstream out;
        JobContext job;
        const Status status = writeCsv(*table, out, options, job);
        QCOMPARE(status.code(), ErrorCode::InvalidArgument);
        QVERIFY(out.str().empty());

        QTemporaryDir dir;
        const QString path = dir.filePath("out.csv");
        QCOMPARE(writeCsvFile(*table, path.toStdString(), options, job).code(), ErrorCode::InvalidArgument);
        QVERIFY(!QFile::exists(path));
    }

    void writesFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("데이터.csv");  // a non-ASCII file name too
        const auto table = makeTable({textColumn("이름", {"김철수", "a,b"}), doubleColumn("x", {0.1, 1e300})});
        JobContext job;
        const Status status = writeCsvFile(*table, path.toStdString(), {}, job);
        QVERIFY2(status.isOk(), status.message().c_str());
        QCOMPARE(readBytes(path), std::string("이름,x\n김철수,0.1\n\"a,b\",1e+300\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"데이터.csv"});
        QCOMPARE(job.progress(), 1.0);
    }

    void replacesExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("out.csv");
        writeBytes(path, std::string(100000, 'o'));
        const auto table = makeTable({intColumn("n", {1, 2, 3})});
        JobContext job;
        QVERIFY(writeCsvFile(*table, path.toStdString(), {}, job).isOk());
        QCOMPARE(readBytes(path), std::string("n\n1\n2\n3\n"));  // truncated, not overlaid
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"out.csv"});
    }

    void cancelLeavesOldFileIntact()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("out.csv");
        const std::string old = "old,content\n1,2\n";
        writeBytes(path, old);
        const auto table = bigTable(20000);  // ~6 MB: several chunks reach the disk before the cancel
        JobContext job;
        job.setObserver([&](double fraction, const std::string&) {
            if (fraction > 0.3) job.requestCancel();
        });
        const Status status = writeCsvFile(*table, path.toStdString(), {}, job);
        QVERIFY(status.isCancelled());
        QCOMPARE(readBytes(path), old);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"out.csv"});

        // Without a previous file, a cancelled write leaves nothing at all.
        const QString fresh = dir.filePath("fresh.csv");
        JobContext job2;
        job2.requestCancel();
        QVERIFY(writeCsvFile(*table, fresh.toStdString(), {}, job2).isCancelled());
        QVERIFY(!QFile::exists(fresh));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"out.csv"});
    }

    void unwritableTargets()
    {
        QTemporaryDir dir;
        const auto table = makeTable({intColumn("n", {1})});
        JobContext job;

        const std::string missingFolder = dir.filePath("no/such/folder/out.csv").toStdString();
        const Status missing = writeCsvFile(*table, missingFolder, {}, job);
        QCOMPARE(missing.code(), ErrorCode::IoError);
        QVERIFY2(missing.message().rfind("Cannot write " + missingFolder, 0) == 0, missing.message().c_str());

        QVERIFY(QDir(dir.path()).mkdir("folder"));
        const Status folder = writeCsvFile(*table, dir.filePath("folder").toStdString(), {}, job);
        QCOMPARE(folder.code(), ErrorCode::IoError);
        QVERIFY(QFileInfo(dir.filePath("folder")).isDir());
    }

    void streamProgressAndCancel()
    {
        const auto table = bigTable(10000);
        std::vector<double> fractions;
        JobContext job;
        job.setObserver([&](double fraction, const std::string&) { fractions.push_back(fraction); });
        std::ostringstream out;
        QVERIFY(writeCsv(*table, out, {}, job).isOk());
        QVERIFY(fractions.size() >= 3);
        QVERIFY(fractions.front() > 0.0 && fractions.front() < 1.0);
        QCOMPARE(fractions.back(), 1.0);
        const std::string text = out.str();
        QCOMPARE(static_cast<size_t>(std::count(text.begin(), text.end(), '\n')), size_t{10001});

        JobContext cancelled;
        cancelled.requestCancel();
        std::ostringstream ignored;
        QVERIFY(writeCsv(*table, ignored, {}, cancelled).isCancelled());
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "test_csv_writer.moc"
