// Tests of the CSV/TSV reader (readCsvFile, readCsvBuffer): dialect sniffing, encodings, quoting,
// type inference over whole columns, error messages, lenient mode, previews, overrides,
// cancellation, and parallel parsing giving exactly the serial result.
#include "core/base/job_context.h"
#include "core/base/thread_pool.h"
#include "core/io/csv/csv_reader.h"
#include "core/io/csv/csv_reader_tuning.h"

#include <QFile>
#include <QTest>

#include <atomic>
#include <cctype>
#include <cmath>
#include <cstring>
#include <mutex>
#include <random>
#include <string>

using namespace mlwb::core;

namespace {

std::string dataPath(const char* name)
{
    return std::string(MLWB_TEST_DATA_DIR) + "/csv/" + name;
}

Result<ImportResult> readText(const std::string& text, const ImportOptions& options = {},
                              const CsvReadTuning& tuning = {})
{
    JobContext job;
    return readCsvBufferTuned(text, "test.csv", options, job, tuning);
}

Result<ImportResult> readFixture(const char* name, const ImportOptions& options = {})
{
    JobContext job;
    return readCsvFile(dataPath(name), options, job);
}

const Column& columnNamed(const ImportResult& result, const char* name)
{
    const int index = result.table->indexOf(name);
    if (index < 0) qFatal("no column %s", name);
    return result.table->column(static_cast<size_t>(index));
}

std::string cell(const ImportResult& result, const char* column, size_t row)
{
    return columnNamed(result, column).displayString(row);
}

bool anyWarningContains(const ImportResult& result, const std::string& needle)
{
    for (const std::string& warning : result.warnings) {
        if (warning.find(needle) != std::string::npos) return true;
    }
    return false;
}

// Empty when the tables are identical: names, types, validity, and every present value
// (doubles compared bit for bit).
std::string tableDifference(const Table& a, const Table& b)
{
    if (a.columnCount() != b.columnCount()) return "column count differs";
    if (a.rowCount() != b.rowCount())
        return "row count differs: " + std::to_string(a.rowCount()) + " vs " + std::to_string(b.rowCount());
    for (size_t c = 0; c < a.columnCount(); ++c) {
        const Column& x = a.column(c);
        const Column& y = b.column(c);
        if (x.name() != y.name()) return "name of column " + std::to_string(c);
        if (x.type() != y.type())
            return "type of " + x.name() + ": " + columnTypeName(x.type()) + " vs " + columnTypeName(y.type());
        if (x.categories() != y.categories()) return "categories of " + x.name();
        for (size_t r = 0; r < x.size(); ++r) {
            if (x.isValid(r) != y.isValid(r)) return "validity of " + x.name() + " row " + std::to_string(r);
            if (!x.isValid(r)) continue;
            if (x.type() == ColumnType::Float64) {
                const double u = x.float64Values()[r];
                const double v = y.float64Values()[r];
                if (std::memcmp(&u, &v, sizeof u) != 0) return "value of " + x.name() + " row " + std::to_string(r);
            } else if (x.displayString(r) != y.displayString(r)) {
                return "value of " + x.name() + " row " + std::to_string(r) + ": " + x.displayString(r) + " vs " +
                       y.displayString(r);
            }
        }
    }
    return {};
}

// A messy mixed file: quoted fields with delimiters, doubled quotes and newlines (LF and
// CRLF) inside, missing values, integers, floats, booleans, dates and categories.
std::string makeMessyCsv(size_t rows, unsigned seed)
{
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> pick(0, 99);
    std::string out = "id,amount,label,note,flag,when,count\n";
    const char* labels[] = {"red", "green", "blue", "\"quoted, label\""};
    for (size_t i = 0; i < rows; ++i) {
        out += std::to_string(i) + ",";
        if (pick(rng) < 3)
            out += "NA";
        else
            out += std::to_string((pick(rng) - 50) * 0.125 + static_cast<double>(i) * 1e-3);
        out += ",";
        out += labels[pick(rng) % 4];
        out += ",";
        switch (pick(rng) % 5) {
        case 0: out += "\"multi\nline " + std::to_string(i) + "\""; break;
        case 1: out += "\"with \"\"quotes\"\" and, comma\""; break;
        case 2: out += "\"crlf\r\ninside\""; break;
        case 3: out += ""; break;
        default: out += "plain " + std::to_string(i % 7); break;
        }
        out += ",";
        out += pick(rng) < 50 ? "true" : "False";
        out += ",";
        out += "2024-0" + std::to_string(1 + pick(rng) % 9) + "-1" + std::to_string(pick(rng) % 10) + "T0" +
               std::to_string(pick(rng) % 10) + ":30:00";
        out += ",";
        out += pick(rng) < 2 ? "" : std::to_string(pick(rng));
        out += i % 3 == 0 ? "\r\n" : "\n";
    }
    return out;
}

}  // namespace

class TestCsvReader : public QObject {
    Q_OBJECT

private slots:
    void quotedFields_data();
    void quotedFields();
    void quotingFixture();
    void crlfFile();
    void utf8Bom();
    void latin1FallbackWarns();
    void utf16WithBom();
    void semicolonDecimalComma();
    void lineEndingsAndBlankLines();
    void delimiters_data();
    void delimiters();
    void naTokens_data();
    void naTokens();
    void customNaTokens();
    void whitespaceAroundNumbers();
    void integerOverflowBecomesFloat();
    void dateTimes_data();
    void dateTimes();
    void booleans();
    void textLateInNumericColumn_data();
    void textLateInNumericColumn();
    void categoricalOrText();
    void parallelEqualsSerial_data();
    void parallelEqualsSerial();
    void fastPathEqualsGeneralPath_data();
    void fastPathEqualsGeneralPath();
    void raggedRowNamesFileAndLine_data();
    void raggedRowNamesFileAndLine();
    void tooFewFields();
    void unterminatedQuote();
    void lenientSkipsAndCounts();
    void duplicateAndEmptyHeaderNames();
    void koreanHeader();
    void emptyFile_data();
    void emptyFile();
    void headerOnly();
    void binaryGarbage();
    void headerDetection();
    void twoThousandColumns();
    void fiveMegabyteField_data();
    void fiveMegabyteField();
    void maxRowsPreview();
    void typeOverrides();
    void cancelledBeforeReading();
    void cancelledWhileReading();
    void progressReachesEnd();
    void missingFileIsIoError();
    void fileAndBufferAgree();
};

void TestCsvReader::quotedFields_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QByteArray>("expected");  // value of column "a" in the first data row

    QTest::newRow("delimiter inside quotes") << QByteArray("a,b\n\"x,y\",1\n") << QByteArray("x,y");
    QTest::newRow("doubled quotes") << QByteArray("a,b\n\"say \"\"hi\"\"\",1\n") << QByteArray("say \"hi\"");
    QTest::newRow("LF inside quotes") << QByteArray("a,b\n\"l1\nl2\",1\n") << QByteArray("l1\nl2");
    QTest::newRow("CRLF inside quotes") << QByteArray("a,b\r\n\"l1\r\nl2\",1\r\n") << QByteArray("l1\r\nl2");
    QTest::newRow("quote inside unquoted field") << QByteArray("a,b\n5\" pipe,1\n") << QByteArray("5\" pipe");
    QTest::newRow("text after closing quote") << QByteArray("a,b\n\"ab\"cd,1\n") << QByteArray("abcd");
    QTest::newRow("quoted spaces kept") << QByteArray("a,b\n\"  padded \",1\n") << QByteArray("  padded ");
    QTest::newRow("unquoted spaces trimmed") << QByteArray("a,b\n  padded ,1\n") << QByteArray("padded");
    QTest::newRow("delimiter at the end of a quoted field") << QByteArray("a,b\n\"x,\",1\n") << QByteArray("x,");
    QTest::newRow("no final newline") << QByteArray("a,b\n\"last\",1") << QByteArray("last");
}

void TestCsvReader::quotedFields()
{
    QFETCH(QByteArray, csv);
    QFETCH(QByteArray, expected);
    auto result = readText(csv.toStdString());
    QVERIFY2(result.isOk(), result.status().toString().c_str());
    QCOMPARE(result->table->rowCount(), size_t{1});
    QCOMPARE(result->table->columnCount(), size_t{2});
    QCOMPARE(QByteArray::fromStdString(cell(*result, "a", 0)), expected);
    QCOMPARE(cell(*result, "b", 0), std::string("1"));
}

void TestCsvReader::quotingFixture()
{
    auto result = readFixture("quoting.csv");
    QVERIFY2(result.isOk(), result.status().toString().c_str());
    const ImportResult& r = *result;
    QCOMPARE(r.table->rowCount(), size_t{5});
    QCOMPARE(cell(r, "text", 0), std::string("a, b"));
    QCOMPARE(cell(r, "text", 1), std::string("say \"hi\""));
    QCOMPARE(cell(r, "text", 2), std::string("two\nlines"));
    QVERIFY(columnNamed(r, "text").isMissing(3));  // "" is an NA token
    QCOMPARE(cell(r, "text", 4), std::string("plain"));
    QCOMPARE(columnNamed(r, "n").type(), ColumnType::Int64);
    QCOMPARE(columnNamed(r, "n").int64Values()[4], int64_t{50});
    QCOMPARE(r.format, std::string("csv"));
    QCOMPARE(r.delimiter, ',');
    QCOMPARE(r.quote, '"');
}

void TestCsvReader::crlfFile()
{
    auto result = readFixture("crlf.csv");
    QVERIFY2(result.isOk(), result.status().toString().c_str());
    const ImportResult& r = *result;
    QCOMPARE(r.table->columnNames(), (std::vector<std::string>{"id", "name", "score"}));
    QCOMPARE(r.table->rowCount(), size_t{3});
    QCOMPARE(columnNamed(r, "score").type(), ColumnType::Float64);  // no stray '\r' making it text
    QCOMPARE(columnNamed(r, "score").float64Values()[2], 3.5);
    QCOMPARE(cell(r, "name", 1), std::string("be\r\nta"));
    QCOMPARE(cell(r, "name", 2), std::string("gamma"));
}

void TestCsvReader::utf8Bom()
{
    auto result = readFixture("bom.csv");
    QVERIFY2(result.isOk(), result.status().toString().c_str());
    QCOMPARE(result->table->columnNames(), (std::vector<std::string>{"id", "city"}));
    QCOMPARE(result->encoding, std::string("utf-8"));
    QCOMPARE(cell(*result, "city", 0), std::string("Z\xC3\xBCrich"));
    QVERIFY(result->warnings.empty());
}

void TestCsvReader::latin1FallbackWarns()
{
    auto result = readFixture("latin1.csv");
    QVERIFY2(result.isOk(), result.status().toString().c_str());
    const ImportResult& r = *result;
    QCOMPARE(r.encoding, std::string("windows-1252"));
    QCOMPARE(cell(r, "name", 1), std::string("caf\xC3\xA9"));
    QCOMPARE(cell(r, "name", 2), std::string("\xE2\x82\xAC"
                                             "uro"));  // 0x80 is the euro sign in Windows-1252
    QCOMPARE(columnNamed(r, "price").type(), ColumnType::Int64);
    QVERIFY(anyWarningContains(r, "Windows-1252"));
    QVERIFY(anyWarningContains(r, "line 3"));

    // Forcing Latin-1 maps 0x80 to U+0080 and warns about nothing.
    ImportOptions latin1;
    latin1.encoding = "latin-1";
    auto forced = readFixture("latin1.csv", latin1);
    QVERIFY2(forced.isOk(), forced.status().toString().c_str());
    QCOMPARE(forced->encoding, std::string("latin-1"));
    QCOMPARE(cell(*forced, "name", 2), std::string("\xC2\x80"
                                                   "uro"));
    QVERIFY(forced->warnings.empty());

    // The same bytes in tiny chunks: the fallback happens during the parallel scan.
    CsvReadTuning tiny;
    tiny.chunkBytes = 8;
    JobContext job;
    std::string bytes = "id,name\n";
    for (int i = 0; i < 300; ++i) bytes += std::to_string(i) + ",plain\n";
    bytes += "300,na\xEFve\n";
    auto late = readCsvBufferTuned(bytes, "late.csv", {}, job, tiny);
    QVERIFY2(late.isOk(), late.status().toString().c_str());
    QCOMPARE(late->encoding, std::string("windows-1252"));
    QCOMPARE(late->table->rowCount(), size_t{301});
    QCOMPARE(cell(*late, "name", 300), std::string("na\xC3\xAFve"));
    QVERIFY(anyWarningContains(*late, "line 302"));

    ImportOptions bogus;
    bogus.encoding = "ebcdic";
    auto unknown = readFixture("latin1.csv", bogus);
    QVERIFY(!unknown.isOk());
    QCOMPARE(unknown.status().code(), ErrorCode::InvalidArgument);
}

void TestCsvReader::utf16WithBom()
{
    const std::u16string text = u"x,y\n1,\uD55C\n";  // a Korean syllable
    std::string bytes = "\xFF\xFE";
    for (const char16_t unit : text) {
        bytes.push_back(static_cast<char>(unit & 0xFF));
        bytes.push_back(static_cast<char>(unit >> 8));
    }
    auto result = readText(bytes);
    QVERIFY2(result.isOk(), result.status().toString().c_str());
    QCOMPARE(result->encoding, std::string("utf-16le"));
    QCOMPARE(cell(*result, "y", 0), std::string("\xED\x95\x9C"));
}

void TestCsvReader::semicolonDecimalComma()
{
    auto result = readFixture("semicolon_decimal_comma.csv");
    QVERIFY2(result.isOk(), result.status().toString().c_str());
    const ImportResult& r = *result;
    QCOMPARE(r.delimiter, ';');
    QVERIFY(r.decimalComma);
    QCOMPARE(r.table->columnNames(), (std::vector<std::string>{"name", "weight", "count"}));
    const Column& weight = columnNamed(r, "weight");
    QCOMPARE(weight.type(), ColumnType::Float64);
    QCOMPARE(weight.float64Values()[0], 61.5);
    QCOMPARE(weight.float64Values()[1], 72.25);
    QCOMPARE(weight.float64Values()[2], -0.5);
    QCOMPARE(columnNamed(r, "count").type(), ColumnType::Int64);

    // A semicolon file with ordinary decimal points keeps them.
    auto points = readText("a;b\n1.5;x\n2.5;y\n");
    QVERIFY(points.isOk());
    QVERIFY(!points->decimalComma);
    QCOMPARE(columnNamed(*points, "a").float64Values()[1], 2.5);
}

void TestCsvReader::lineEndingsAndBlankLines()
{
    // Old Mac files end lines with CR alone.
    auto mac = readText("a,b\r1,x\r2,\"y\rz\"\r3,w\r");
    QVERIFY2(mac.isOk(), mac.status().toString().c_str());
    QCOMPARE(mac->table->rowCount(), size_t{3});
    QCOMPARE(cell(*mac, "b", 1), std::string("y\rz"));
    QCOMPARE(columnNamed(*mac, "a").int64Values()[2], int64_t{3});

    // Blank lines (empty or spaces only) are skipped, not ragged rows, in any column count.
    auto blanks = readText("a,b\n\n1,2\n   \n\r\n3,4\n\n");
    QVERIFY2(blanks.isOk(), blanks.status().toString().c_str());
    QCOMPARE(blanks->table->rowCount(), size_t{2});
    auto single = readText("x\n1\n\n3\n");
    QVERIFY2(single.isOk(), single.status().toString().c_str());
    QCOMPARE(single->table->rowCount(), size_t{2});
    QCOMPARE(columnNamed(*single, "x").int64Values()[1], int64_t{3});
}

void TestCsvReader::delimiters_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<QString>("format");

    QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n4,5,6\n") << ',' << "csv";
    QTest::newRow("tab") << QByteArray("a\tb\tc\n1\t2\t3\n4\t5\t6\n") << '\t' << "tsv";
    QTest::newRow("semicolon") << QByteArray("a;b;c\n1;2;3\n4;5;6\n") << ';' << "csv";
    QTest::newRow("pipe") << QByteArray("a|b|c\n1|2|3\n4|5|6\n") << '|' << "csv";
    QTest::newRow("tab with commas in text") << QByteArray("a\tb\tc\nx, y\t2\t3\nz, w\t5\t6\n") << '\t' << "tsv";
    QTest::newRow("comma with a quoted semicolon") << QByteArray("a,b,c\n\"x;y\",2,3\n\"z;w\",5,6\n") << ',' << "csv";
}

void TestCsvReader::delimiters()
{
    QFETCH(QByteArray, csv);
    QFETCH(char, delimiter);
    QFETCH(QString, format);
    auto result = readText(csv.toStdString());
    QVERIFY2(result.isOk(), result.status().toString().c_str());
    QCOMPARE(result->delimiter, delimiter);
    QCOMPARE(QString::fromStdString(result->format), format);
    QCOMPARE(result->table->columnCount(), size_t{3});
    QCOMPARE(result->table->rowCount(), size_t{2});
    QCOMPARE(cell(*result, "c", 1), std::string("6"));

    // Giving the delimiter that was sniffed changes nothing.
    ImportOptions options;
    options.delimiter = delimiter;
    auto forced = readText(csv.toStdString(), options);
    QVERIFY(forced.isOk());
    QVERIFY(tableDifference(*forced->table, *result->table).empty());

    // An explicit delimiter wins over sniffing (which picks ';' here: "1,2" looks like a decimal comma).
    auto sniffed = readText("a,b;c\n1,2;3\n");
    QVERIFY(sniffed.isOk());
    QCOMPARE(sniffed->delimiter, ';');
    ImportOptions comma;
    comma.delimiter = ',';
    auto overridden = readText("a,b;c\n1,2;3\n", comma);
    QVERIFY(overridden.isOk());
    QCOMPARE(overridden->table->columnNames(), (std::vector<std::string>{"a", "b;c"}));
}

void TestCsvReader::naTokens_data()
{
    QTest::addColumn<QByteArray>("token");
    for (const char* token : {"", "NA", "N/A", "NaN", "nan", "null", "NULL", "?", " NA ", "  "})
        QTest::newRow(token[0] ? token : "empty") << QByteArray(token);
}

void TestCsvReader::naTokens()
{
    QFETCH(QByteArray, token);
    const std::string csv = "x,y\n1.5,a\n" + token.toStdString() + ",b\n2.5,c\n";
    auto result = readText(csv);
    QVERIFY2(result.isOk(), result.status().toString().c_str());
    const Column& x = columnNamed(*result, "x");
    QCOMPARE(x.type(), ColumnType::Float64);
    QCOMPARE(result->table->rowCount(), size_t{3});
    QVERIFY(x.isMissing(1));
    QVERIFY(std::isnan(x.numericValue(1)));
    QCOMPARE(x.nullCount(), size_t{1});
    QCOMPARE(x.float64Values()[2], 2.5);
}

void TestCsvReader::customNaTokens()
{
    ImportOptions options;
    options.naTokens = std::vector<std::string>{"-999", "missing", ""};
    auto result = readText("a,b\n1,x\n-999,missing\n3,NA\n", options);
    QVERIFY2(result.isOk(), result.status().toString().c_str());
    const Column& a = columnNamed(*result, "a");
    QCOMPARE(a.type(), ColumnType::Int64);
    QVERIFY(a.isMissing(1));
    QCOMPARE(a.int64Values()[2], int64_t{3});
    const Column& b = columnNamed(*result, "b");
    QVERIFY(b.isMissing(1));
    QVERIFY(b.isValid(2));  // "NA" is not in the custom list
    QCOMPARE(b.displayString(2), std::string("NA"));
}

void TestCsvReader::whitespaceAroundNumbers()
{
    auto result = readText("a,b\n 1.5 ,  7\n\t2.25\t,8  \n  -3 , 9\n");
    QVERIFY2(result.isOk(), result.status().toString().c_str());
    const Column& a = columnNamed(*result, "a");
    QCOMPARE(a.type(), ColumnType::Float64);
    QCOMPARE(a.float64Values()[0], 1.5);
    QCOMPARE(a.float64Values()[1], 2.25);
    QCOMPARE(a.float64Values()[2], -3.0);
    QCOMPARE(columnNamed(*result, "b").type(), ColumnType::Int64);
    QCOMPARE(columnNamed(*result, "b").int64Values()[1], int64_t{8});
}

void TestCsvReader::integerOverflowBecomesFloat()
{
    auto fits = readText("a\n9223372036854775807\n-9223372036854775808\n12\n");
    QVERIFY(fits.isOk());
    QCOMPARE(columnNamed(*fits, "a").type(), ColumnType::Int64);
    QCOMPARE(columnNamed(*fits, "a").int64Values()[0], INT64_MAX);
    QCOMPARE(columnNamed(*fits, "a").int64Values()[1], INT64_MIN);

    auto overflow = readText("a\n12\n9223372036854775808\n-7\n");
    QVERIFY(overflow.isOk());
    const Column& a = columnNamed(*overflow, "a");
    QCOMPARE(a.type(), ColumnType::Float64);
    QCOMPARE(a.float64Values()[0], 12.0);
    QCOMPARE(a.float64Values()[1], 9223372036854775808.0);
    QCOMPARE(a.float64Values()[2], -7.0);

    // Integers followed by a float: the column is float64, the earlier integers kept exactly.
    auto mixed = readText("a\n3\n4\n4.5\n");
    QVERIFY(mixed.isOk());
    QCOMPARE(columnNamed(*mixed, "a").type(), ColumnType::Float64);
    QCOMPARE(columnNamed(*mixed, "a").float64Values()[1], 4.0);
}

void TestCsvReader::dateTimes_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("date") << QByteArray("2024-03-01") << qint64(1709251200000);
    QTest::newRow("T separator") << QByteArray("2024-03-01T12:30:05") << qint64(1709251200000 + 45005000);
    QTest::newRow("space separator") << QByteArray("2024-03-01 12:30:05") << qint64(1709251200000 + 45005000);
    QTest::newRow("milliseconds") << QByteArray("2024-03-01T12:30:05.250") << qint64(1709251200000 + 45005250);
    QTest::newRow("Z") << QByteArray("2024-03-01T12:30:05Z") << qint64(1709251200000 + 45005000);
    QTest::newRow("offset") << QByteArray("2024-03-01T12:30:05+02:00") << qint64(1709251200000 + 45005000 - 7200000);
    QTest::newRow("leap day") << QByteArray("2024-02-29") << qint64(1709164800000);
    QTest::newRow("before 1970") << QByteArray("1969-12-31T23:59:59") << qint64(-1000);
}

void TestCsvReader::dateTimes()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, ms);
    const std::string csv = "when,n\n2020-01-01,1\n" + value.toStdString() + ",2\nNA,3\n";
    auto result = readText(csv);
    QVERIFY2(result.isOk(), result.status().toString().c_str());
    const Column& when = columnNamed(*result, "when");
    QCOMPARE(when.type(), ColumnType::DateTime);
    QCOMPARE(when.int64Values()[1], int64_t{ms});
    QVERIFY(when.isMissing(2));

    // An impossible date makes the column text, value kept as written.
    auto bad = readText("when\n2024-03-01\n2023-02-29\n");
    QVERIFY(bad.isOk());
    QVERIFY(columnNamed(*bad, "when").type() != ColumnType::DateTime);
    QCOMPARE(cell(*bad, "when", 1), std::string("2023-02-29"));
}

void TestCsvReader::booleans()
{
    auto result = readText("a,b\ntrue,yes\nFALSE,no\nTrue,yes\n,no\n");
    QVERIFY2(result.isOk(), result.status().toString().c_str());
    const Column& a = columnNamed(*result, "a");
    QCOMPARE(a.type(), ColumnType::Boolean);
    QCOMPARE(a.booleanValues()[0], uint8_t{1});
    QCOMPARE(a.booleanValues()[1], uint8_t{0});
    QCOMPARE(a.booleanValues()[2], uint8_t{1});
    QVERIFY(a.isMissing(3));
    QVERIFY(columnNamed(*result, "b").type() != ColumnType::Boolean);  // yes/no is not boolean

    auto mixed = readText("a\ntrue\n1\n");
    QVERIFY(mixed.isOk());
    QVERIFY(columnNamed(*mixed, "a").type() != ColumnType::Boolean);
    QCOMPARE(cell(*mixed, "a", 0), std::string("true"));
}

void TestCsvReader::textLateInNumericColumn_data()
{
    QTest::addColumn<qulonglong>("chunkBytes");
    QTest::newRow("default chunks") << qulonglong(0);
    QTest::newRow("4 KB chunks") << qulonglong(4096);
    QTest::newRow("one chunk") << qulonglong(1);
}

void TestCsvReader::textLateInNumericColumn()
{
    QFETCH(qulonglong, chunkBytes);
    std::string csv = "x,y\n";
    for (int i = 0; i < 20000; ++i) {
        // Row 15,000 (data row index 14,999) of x is text.
        if (i == 14999) {
            csv += "oops";
        } else {
            csv += std::to_string(i);
            csv += '.';
            csv += std::to_string(i % 10);
        }
        csv += ',';
        csv += std::to_string(i);
        csv += '\n';
    }
    CsvReadTuning tuning;
    tuning.chunkBytes = chunkBytes == 1 ? csv.size() * 2 : chunkBytes;
    auto result = readText(csv, {}, tuning);
    QVERIFY2(result.isOk(), result.status().toString().c_str());
    QCOMPARE(result->table->rowCount(), size_t{20000});
    const Column& x = columnNamed(*result, "x");
    QVERIFY(x.type() == ColumnType::Text || x.type() == ColumnType::Categorical);
    QCOMPARE(x.nullCount(), size_t{0});
    QCOMPARE(cell(*result, "x", 0), std::string("0.0"));  // the text as written, not "0"
    QCOMPARE(cell(*result, "x", 14998), std::string("14998.8"));
    QCOMPARE(cell(*result, "x", 14999), std::string("oops"));
    QCOMPARE(cell(*result, "x", 19999), std::string("19999.9"));
    QCOMPARE(columnNamed(*result, "y").type(), ColumnType::Int64);
    QCOMPARE(columnNamed(*result, "y").int64Values()[19999], int64_t{19999});
}

void TestCsvReader::categoricalOrText()
{
    std::string csv = "city,id\n";
    const char* cities[] = {"Seoul", "Busan", "Incheon"};
    for (int i = 0; i < 200; ++i) csv += std::string(cities[i % 3]) + ",user" + std::to_string(i) + "\n";
    auto result = readText(csv);
    QVERIFY2(result.isOk(), result.status().toString().c_str());
    const Column& city = columnNamed(*result, "city");
    QCOMPARE(city.type(), ColumnType::Categorical);
    QCOMPARE(city.categories(), (std::vector<std::string>{"Seoul", "Busan", "Incheon"}));  // first appearance
    QCOMPARE(city.categoryCodes()[4], 1);
    QCOMPARE(columnNamed(*result, "id").type(), ColumnType::Text);
    QCOMPARE(cell(*result, "id", 199), std::string("user199"));

    // Categories that had to be unescaped (doubled quotes) keep their text once the
    // per-chunk buffers they were unescaped into are gone.
    std::string quoted = "note,n\n";
    for (int i = 0; i < 300; ++i)
        quoted += std::string(i % 2 ? "\"moved, \"\"new address\"\"\"" : "plain") + "," + std::to_string(i) + "\n";
    auto notes = readText(quoted);
    QVERIFY2(notes.isOk(), notes.status().toString().c_str());
    const Column& note = columnNamed(*notes, "note");
    QCOMPARE(note.type(), ColumnType::Categorical);
    QCOMPARE(note.categories(), (std::vector<std::string>{"plain", "moved, \"new address\""}));
    QCOMPARE(cell(*notes, "note", 299), std::string("moved, \"new address\""));
}

void TestCsvReader::parallelEqualsSerial_data()
{
    QTest::addColumn<qulonglong>("chunkBytes");
    QTest::addColumn<bool>("lenient");
    QTest::newRow("64-byte chunks") << qulonglong(64) << false;
    QTest::newRow("1000-byte chunks") << qulonglong(1000) << false;
    QTest::newRow("4 KB chunks") << qulonglong(4096) << false;
    QTest::newRow("default chunks") << qulonglong(0) << false;
    QTest::newRow("64-byte chunks, lenient with bad rows") << qulonglong(64) << true;
}

void TestCsvReader::parallelEqualsSerial()
{
    QFETCH(qulonglong, chunkBytes);
    QFETCH(bool, lenient);
    std::string csv = makeMessyCsv(3000, 42);
    if (lenient) {
        // Bad rows spread through the file, one of them with an unclosed quote at the very end.
        // Rows start with their numeric id, newlines inside quoted notes never do.
        auto rowStartAfter = [&](size_t from) {
            size_t p = csv.find('\n', from);
            while (!std::isdigit(static_cast<unsigned char>(csv[p + 1]))) p = csv.find('\n', p + 1);
            return p + 1;
        };
        csv += "1,2,3\n";
        csv.insert(rowStartAfter(csv.size() / 3), "short,row\n");
        csv.insert(rowStartAfter(csv.size() / 2), "a,b,c,d,e,f,g,h\n");
        csv += "9,\"unclosed";
    }
    ImportOptions options;
    options.lenient = lenient;

    // Reference: one thread, one chunk.
    ThreadPool serialPool(1);
    CsvReadTuning serial;
    serial.pool = &serialPool;
    serial.chunkBytes = csv.size() + 1;
    auto expected = readText(csv, options, serial);
    QVERIFY2(expected.isOk(), expected.status().toString().c_str());
    QCOMPARE(expected->table->rowCount(), size_t{3000});

    ThreadPool fourThreads(4);
    for (ThreadPool* pool : {&ThreadPool::global(), &fourThreads, &serialPool}) {
        CsvReadTuning chunked;
        chunked.pool = pool;
        chunked.chunkBytes = chunkBytes;
        auto actual = readText(csv, options, chunked);
        QVERIFY2(actual.isOk(), actual.status().toString().c_str());
        const std::string difference = tableDifference(*expected->table, *actual->table);
        QVERIFY2(difference.empty(), difference.c_str());
        QCOMPARE(actual->skippedRows, expected->skippedRows);
        QCOMPARE(actual->warnings, expected->warnings);
    }
    if (lenient) QCOMPARE(expected->skippedRows, size_t{4});

    // The types are what the data says.
    const ImportResult& r = *expected;
    QCOMPARE(columnNamed(r, "id").type(), ColumnType::Int64);
    QCOMPARE(columnNamed(r, "amount").type(), ColumnType::Float64);
    QCOMPARE(columnNamed(r, "label").type(), ColumnType::Categorical);
    QCOMPARE(columnNamed(r, "flag").type(), ColumnType::Boolean);
    QCOMPARE(columnNamed(r, "when").type(), ColumnType::DateTime);
    QCOMPARE(columnNamed(r, "count").type(), ColumnType::Int64);
    QVERIFY(columnNamed(r, "amount").nullCount() > 0);
    QVERIFY(columnNamed(r, "label").categories().size() == 4);
}

void TestCsvReader::fastPathEqualsGeneralPath_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::newRow("messy mixed file") << QByteArray::fromStdString(makeMessyCsv(2000, 7));
    std::string numbers = "a,b,c,d,e\r\n";
    std::mt19937 rng(3);
    const char* odd[] = {"NA",
                         " 1.5",
                         "2.5 ",
                         "1e3",
                         "+4",
                         "-0",
                         "",
                         "9223372036854775807",
                         "12345678901234567890",
                         "0.1234567890123456789",
                         ".5",
                         "5.",
                         "nan",
                         "inf",
                         "\"7\"",
                         "x"};
    for (int i = 0; i < 3000; ++i) {
        numbers += std::to_string(i) + "," + std::to_string(static_cast<int>(rng() % 2000) - 1000) + "." +
                   std::to_string(rng() % 1000) + ",";
        numbers += i % 50 == 7 ? odd[rng() % 16] : std::to_string(rng() % 100);
        numbers += i % 3 ? ",true," : ",FALSE,";
        numbers += i % 40 == 0 ? std::string("NA") : "2024-01-0" + std::to_string(1 + i % 9);
        numbers += i % 2 ? "\r\n" : "\n";
    }
    QTest::newRow("numbers with odd values, CRLF") << QByteArray::fromStdString(numbers);

    // Everything quoted, as some writers do: numbers, NA tokens, empty strings, text.
    std::string quoted = "\"n\",\"x\",\"s\"\n";
    const char* quotedOdd[] = {"\"NA\"", "\"\"", "\" 2.5 \"", "\"1e2\"", "\"say \"\"hi\"\"\"", "\"?\""};
    auto appendQuoted = [&](const std::string& content) {
        quoted += '"';
        quoted += content;
        quoted += '"';
    };
    for (int i = 0; i < 3000; ++i) {
        appendQuoted(std::to_string(i));
        quoted += ',';
        if (i % 37 == 5)
            quoted += quotedOdd[rng() % 6];
        else
            appendQuoted(std::to_string(rng() % 1000) + ".25");
        quoted += ',';
        if (i % 41 == 3)
            quoted += quotedOdd[rng() % 6];
        else
            appendQuoted("label " + std::to_string(i % 5));
        quoted += '\n';
    }
    QTest::newRow("everything quoted") << QByteArray::fromStdString(quoted);
}

void TestCsvReader::fastPathEqualsGeneralPath()
{
    // A number-like NA token turns the one-pass fast path off; the token never occurs, so
    // both paths must give the same table.
    QFETCH(QByteArray, csv);
    auto fast = readText(csv.toStdString());
    QVERIFY2(fast.isOk(), fast.status().toString().c_str());
    ImportOptions general;
    general.naTokens = defaultNaTokens();
    general.naTokens->push_back("-123456789");
    auto slow = readText(csv.toStdString(), general);
    QVERIFY2(slow.isOk(), slow.status().toString().c_str());
    const std::string difference = tableDifference(*fast->table, *slow->table);
    QVERIFY2(difference.empty(), difference.c_str());
}

void TestCsvReader::raggedRowNamesFileAndLine_data()
{
    QTest::addColumn<qulonglong>("chunkBytes");
    QTest::newRow("default") << qulonglong(0);
    QTest::newRow("tiny chunks") << qulonglong(16);
}

void TestCsvReader::raggedRowNamesFileAndLine()
{
    QFETCH(qulonglong, chunkBytes);
    CsvReadTuning tuning;
    tuning.chunkBytes = chunkBytes;
    JobContext job;
    auto result = readCsvFileTuned(dataPath("ragged.csv"), {}, job, tuning);
    QVERIFY(!result.isOk());
    QCOMPARE(result.status().code(), ErrorCode::ParseError);
    const std::string& message = result.status().message();
    QVERIFY2(message.find("ragged.csv, line 17: expected 5 fields, found 6.") != std::string::npos, message.c_str());
    QVERIFY2(message.find("lenient mode") != std::string::npos, message.c_str());
}

void TestCsvReader::tooFewFields()
{
    auto result = readText("a,b,c\n1,2,3\n\"multi\nline\",2,3\n4,5\n");
    QVERIFY(!result.isOk());
    QCOMPARE(result.status().code(), ErrorCode::ParseError);
    // Line 5: the multi-line field counts as two lines, as in an editor.
    QVERIFY2(result.status().message().find("test.csv, line 5: expected 3 fields, found 2") != std::string::npos,
             result.status().message().c_str());
}

void TestCsvReader::unterminatedQuote()
{
    auto result = readFixture("unterminated_quote.csv");
    QVERIFY(!result.isOk());
    QCOMPARE(result.status().code(), ErrorCode::ParseError);
    const std::string& message = result.status().message();
    QVERIFY2(message.find("unterminated_quote.csv, line 3") != std::string::npos, message.c_str());
    QVERIFY2(message.find("quote") != std::string::npos, message.c_str());

    ImportOptions lenient;
    lenient.lenient = true;
    auto skipped = readFixture("unterminated_quote.csv", lenient);
    QVERIFY2(skipped.isOk(), skipped.status().toString().c_str());
    QCOMPARE(skipped->table->rowCount(), size_t{1});  // the open quote swallows the rest of the file
    QCOMPARE(skipped->skippedRows, size_t{1});
}

void TestCsvReader::lenientSkipsAndCounts()
{
    auto strict = readFixture("two_bad_rows.csv");
    QVERIFY(!strict.isOk());
    QVERIFY2(strict.status().message().find("line 3: expected 3 fields, found 2") != std::string::npos,
             strict.status().message().c_str());

    ImportOptions options;
    options.lenient = true;
    auto result = readFixture("two_bad_rows.csv", options);
    QVERIFY2(result.isOk(), result.status().toString().c_str());
    const ImportResult& r = *result;
    QCOMPARE(r.skippedRows, size_t{2});
    QCOMPARE(r.table->rowCount(), size_t{3});
    QCOMPARE(columnNamed(r, "a").int64Values()[2], int64_t{13});
    QVERIFY(anyWarningContains(r, "Skipped 2 malformed rows"));
    QVERIFY(anyWarningContains(r, "lines 3, 5"));
}

void TestCsvReader::duplicateAndEmptyHeaderNames()
{
    auto result = readText("x,x,y,,x,x_2\n1,2,3,4,5,6\n");
    QVERIFY2(result.isOk(), result.status().toString().c_str());
    // The file's own "x_2" keeps its name; generated names skip it.
    QCOMPARE(result->table->columnNames(), (std::vector<std::string>{"x", "x_3", "y", "column_4", "x_4", "x_2"}));
    QCOMPARE(cell(*result, "x_3", 0), std::string("2"));
    QCOMPARE(cell(*result, "x_2", 0), std::string("6"));
    QVERIFY(anyWarningContains(*result, "Duplicate column names"));
    QVERIFY(anyWarningContains(*result, "column_N"));
}

void TestCsvReader::koreanHeader()
{
    auto result = readFixture("korean_header.csv");
    QVERIFY2(result.isOk(), result.status().toString().c_str());
    QCOMPARE(
        result->table->columnNames(),
        (std::vector<std::string>{"\xEC\x9D\xB4\xEB\xA6\x84", "\xEB\x82\x98\xEC\x9D\xB4", "\xEB\x8F\x84\xEC\x8B\x9C"}));
    QCOMPARE(cell(*result, "\xEB\x8F\x84\xEC\x8B\x9C", 0), std::string("\xEC\x84\x9C\xEC\x9A\xB8"));
    QCOMPARE(columnNamed(*result, "\xEB\x82\x98\xEC\x9D\xB4").type(), ColumnType::Int64);
    QCOMPARE(result->encoding, std::string("utf-8"));
}

void TestCsvReader::emptyFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("no bytes") << QByteArray();
    QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF");
    QTest::newRow("only blank lines") << QByteArray("\n\r\n  \n");
}

void TestCsvReader::emptyFile()
{
    QFETCH(QByteArray, bytes);
    auto result = readText(bytes.toStdString());
    QVERIFY(!result.isOk());
    QCOMPARE(result.status().code(), ErrorCode::ParseError);
    QVERIFY2(result.status().message().find("file is empty") != std::string::npos, result.status().message().c_str());

    auto file = readFixture("empty.csv");
    QVERIFY(!file.isOk());
    QVERIFY2(file.status().message().find("empty.csv: the file is empty") != std::string::npos,
             file.status().message().c_str());
}

void TestCsvReader::headerOnly()
{
    auto result = readFixture("header_only.csv");
    QVERIFY2(result.isOk(), result.status().toString().c_str());
    QCOMPARE(result->table->rowCount(), size_t{0});
    QCOMPARE(result->table->columnNames(), (std::vector<std::string>{"a", "b", "c"}));
    for (const auto& column : result->table->columns()) QCOMPARE(column->type(), ColumnType::Text);

    // Same type for a column that has rows but no values.
    auto allMissing = readText("a,b\n,1\nNA,2\n");
    QVERIFY(allMissing.isOk());
    QCOMPARE(columnNamed(*allMissing, "a").type(), ColumnType::Text);
    QCOMPARE(columnNamed(*allMissing, "a").nullCount(), size_t{2});
}

void TestCsvReader::binaryGarbage()
{
    auto result = readFixture("binary.bin");
    QVERIFY(!result.isOk());
    QCOMPARE(result.status().code(), ErrorCode::ParseError);
    QVERIFY2(result.status().message().find("does not look like a text file") != std::string::npos,
             result.status().message().c_str());
}

void TestCsvReader::headerDetection()
{
    auto numbers = readText("1,2.5\n3,4.5\n5,6.5\n");
    QVERIFY(numbers.isOk());
    QVERIFY(!numbers->hasHeader);
    QCOMPARE(numbers->table->columnNames(), (std::vector<std::string>{"column_1", "column_2"}));
    QCOMPARE(numbers->table->rowCount(), size_t{3});
    QCOMPARE(numbers->table->column(0).int64Values()[0], int64_t{1});

    auto named = readText("year,value\n2020,1.5\n2021,2.5\n");
    QVERIFY(named.isOk());
    QVERIFY(named->hasHeader);
    QCOMPARE(named->table->rowCount(), size_t{2});

    ImportOptions noHeader;
    noHeader.hasHeader = false;
    auto forced = readText("year,value\n2020,1.5\n", noHeader);
    QVERIFY(forced.isOk());
    QVERIFY(!forced->hasHeader);
    QCOMPARE(forced->table->rowCount(), size_t{2});
    QCOMPARE(forced->table->column(0).displayString(0), std::string("year"));
}

void TestCsvReader::twoThousandColumns()
{
    constexpr int kColumns = 2000;
    constexpr int kRows = 60;
    std::string csv;
    for (int c = 0; c < kColumns; ++c) csv += (c ? ",c" : "c") + std::to_string(c);
    csv += "\n";
    for (int r = 0; r < kRows; ++r) {
        for (int c = 0; c < kColumns; ++c) {
            if (c) csv += ",";
            csv += c % 2 ? std::to_string(r * kColumns + c) : std::to_string(r) + ".5";
        }
        csv += "\n";
    }
    for (const size_t chunkBytes : {size_t{0}, size_t{50000}}) {
        CsvReadTuning tuning;
        tuning.chunkBytes = chunkBytes;
        auto result = readText(csv, {}, tuning);
        QVERIFY2(result.isOk(), result.status().toString().c_str());
        QCOMPARE(result->table->columnCount(), size_t{kColumns});
        QCOMPARE(result->table->rowCount(), size_t{kRows});
        QCOMPARE(columnNamed(*result, "c1999").type(), ColumnType::Int64);
        QCOMPARE(columnNamed(*result, "c1999").int64Values()[kRows - 1], int64_t{(kRows - 1) * kColumns + 1999});
        QCOMPARE(columnNamed(*result, "c1998").float64Values()[kRows - 1], kRows - 1 + 0.5);
    }
}

void TestCsvReader::fiveMegabyteField_data()
{
    QTest::addColumn<bool>("quoted");
    QTest::newRow("quoted, with commas, quotes and newlines") << true;
    QTest::newRow("unquoted") << false;
}

void TestCsvReader::fiveMegabyteField()
{
    QFETCH(bool, quoted);
    constexpr size_t kSize = 5 << 20;
    std::string value(kSize, 'x');
    if (quoted) {
        for (size_t i = 1000; i < kSize; i += 100000) value[i] = ',';
        for (size_t i = 5000; i < kSize; i += 300000) value[i] = '\n';
    }
    std::string field = value;
    if (quoted) {
        field = "\"" + value + "\"\"end\"";  // with one escaped quote at the end
        value += "\"end";
    }
    const std::string csv = "id,blob,n\n1," + field + ",7\n2,short,8\n";
    for (const size_t chunkBytes : {size_t{0}, size_t{4096}}) {
        CsvReadTuning tuning;
        tuning.chunkBytes = chunkBytes;
        auto result = readText(csv, {}, tuning);
        QVERIFY2(result.isOk(), result.status().toString().c_str());
        QCOMPARE(result->table->rowCount(), size_t{2});
        const Column& blob = columnNamed(*result, "blob");
        QCOMPARE(blob.type(), ColumnType::Text);
        QCOMPARE(blob.text(0).size(), value.size());
        QVERIFY(blob.text(0) == value);
        QCOMPARE(columnNamed(*result, "n").int64Values()[1], int64_t{8});
    }
}

void TestCsvReader::maxRowsPreview()
{
    std::string csv = "a,b\n";
    for (int i = 0; i < 5000; ++i) csv += (i == 4000 ? std::string("text") : std::to_string(i)) + ",x\n";
    for (const size_t chunkBytes : {size_t{0}, size_t{64}}) {
        CsvReadTuning tuning;
        tuning.chunkBytes = chunkBytes;
        ImportOptions options;
        options.maxRows = 10;
        auto preview = readText(csv, options, tuning);
        QVERIFY2(preview.isOk(), preview.status().toString().c_str());
        QCOMPARE(preview->table->rowCount(), size_t{10});
        QCOMPARE(columnNamed(*preview, "a").type(), ColumnType::Int64);  // row 4,000 is not seen
        QCOMPARE(columnNamed(*preview, "a").int64Values()[9], int64_t{9});
    }
    ImportOptions many;
    many.maxRows = 100000;
    auto all = readText(csv, many);
    QVERIFY(all.isOk());
    QCOMPARE(all->table->rowCount(), size_t{5000});

    // A malformed row after the preview does not matter to the preview.
    ImportOptions preview;
    preview.maxRows = 2;
    auto early = readText("a,b\n1,2\n3,4\n5,6,7\n", preview);
    QVERIFY2(early.isOk(), early.status().toString().c_str());
    QCOMPARE(early->table->rowCount(), size_t{2});
}

void TestCsvReader::typeOverrides()
{
    ImportOptions options;
    options.typeOverrides["zip"] = ColumnType::Text;
    options.typeOverrides["n"] = ColumnType::Int64;
    options.typeOverrides["f"] = ColumnType::Float64;
    options.typeOverrides["kind"] = ColumnType::Categorical;
    options.typeOverrides["nonexistent"] = ColumnType::Float64;
    auto result = readText("zip,n,f,kind\n01234,1,1,a\n00501,x,2.5,b\n99999,3.0,oops,c\n", options);
    QVERIFY2(result.isOk(), result.status().toString().c_str());
    const ImportResult& r = *result;
    QCOMPARE(columnNamed(r, "zip").type(), ColumnType::Text);
    QCOMPARE(cell(r, "zip", 0), std::string("01234"));  // leading zero kept
    const Column& n = columnNamed(r, "n");
    QCOMPARE(n.type(), ColumnType::Int64);
    QVERIFY(n.isMissing(1));
    QCOMPARE(n.int64Values()[2], int64_t{3});
    const Column& f = columnNamed(r, "f");
    QCOMPARE(f.type(), ColumnType::Float64);
    QCOMPARE(f.float64Values()[1], 2.5);
    QVERIFY(f.isMissing(2));
    QCOMPARE(columnNamed(r, "kind").type(), ColumnType::Categorical);  // 3 distinct of 3 would be text
    QVERIFY(anyWarningContains(r, "Column \"n\": 1 values could not be read as int64"));
    QVERIFY(anyWarningContains(r, "Column \"f\": 1 values could not be read as float64"));
    QVERIFY(anyWarningContains(r, "nonexistent"));
}

void TestCsvReader::cancelledBeforeReading()
{
    JobContext job;
    job.requestCancel();
    auto buffer = readCsvBuffer("a,b\n1,2\n", "x.csv", {}, job);
    QVERIFY(!buffer.isOk());
    QCOMPARE(buffer.status().code(), ErrorCode::Cancelled);
    auto file = readCsvFile(dataPath("quoting.csv"), {}, job);
    QVERIFY(!file.isOk());
    QCOMPARE(file.status().code(), ErrorCode::Cancelled);
}

void TestCsvReader::cancelledWhileReading()
{
    std::string csv = "a,b,c\n";
    for (int i = 0; i < 200000; ++i) csv += std::to_string(i) + ",1.5,word\n";
    JobContext job;
    std::atomic<int> calls = 0;
    // Cancel from the first progress report inside the parse phase (as the GUI's Cancel button would).
    job.setObserver([&](double fraction, const std::string&) {
        ++calls;
        if (fraction > 0.05 && fraction < 0.9) job.requestCancel();
    });
    CsvReadTuning tuning;
    tuning.chunkBytes = 16 << 10;
    auto result = readCsvBufferTuned(csv, "big.csv", {}, job, tuning);
    QVERIFY(!result.isOk());
    QCOMPARE(result.status().code(), ErrorCode::Cancelled);
    QVERIFY(calls > 0);
}

void TestCsvReader::progressReachesEnd()
{
    std::string csv = "a\n";
    for (int i = 0; i < 50000; ++i) csv += std::to_string(i) + "\n";
    JobContext job;
    double last = -1;
    bool messagesNameTheFile = true;
    std::mutex mutex;
    job.setObserver([&](double fraction, const std::string& message) {
        std::lock_guard lock(mutex);
        if (message.find("p.csv") == std::string::npos) messagesNameTheFile = false;
        last = fraction;
    });
    CsvReadTuning tuning;
    tuning.chunkBytes = 4096;
    auto result = readCsvBufferTuned(csv, "p.csv", {}, job, tuning);
    QVERIFY(result.isOk());
    QVERIFY(messagesNameTheFile);
    QCOMPARE(last, 1.0);
}

void TestCsvReader::missingFileIsIoError()
{
    const std::string path = dataPath("does_not_exist.csv");
    JobContext job;
    auto result = readCsvFile(path, {}, job);
    QVERIFY(!result.isOk());
    QCOMPARE(result.status().code(), ErrorCode::IoError);
    QVERIFY2(result.status().message().find(path) != std::string::npos, result.status().message().c_str());

    auto folder = readCsvFile(std::string(MLWB_TEST_DATA_DIR), {}, job);
    QVERIFY(!folder.isOk());
    QCOMPARE(folder.status().code(), ErrorCode::IoError);
}

void TestCsvReader::fileAndBufferAgree()
{
    for (const char* name : {"quoting.csv", "crlf.csv", "semicolon_decimal_comma.csv", "korean_header.csv"}) {
        auto file = readFixture(name);
        QVERIFY2(file.isOk(), file.status().toString().c_str());
        QFile f(QString::fromStdString(dataPath(name)));
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto buffer = readText(f.readAll().toStdString());
        QVERIFY2(buffer.isOk(), buffer.status().toString().c_str());
        const std::string difference = tableDifference(*file->table, *buffer->table);
        QVERIFY2(difference.empty(), (std::string(name) + ": " + difference).c_str());
    }
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "test_csv_reader.moc"
