// Tests of the CSV reader's building blocks: the number, boolean and date parsers (the inline
// fast paths must agree with fast_float bit for bit), the tokenizer and the chunker.
#include "core/io/csv/chunker.h"
#include "core/io/csv/text_scan.h"
#include "core/io/csv/tokenizer.h"
#include "core/io/csv/value_parsers.h"
#include "core/io/import_types.h"

#include "core/base/job_context.h"
#include "core/base/thread_pool.h"

#include <fast_float/fast_float.h>

#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <random>
#include <string>

using namespace mlwb::core;
using namespace mlwb::core::csv;

namespace {

bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

}  // namespace

class TestCsvValueParsers : public QObject {
    Q_OBJECT

private slots:
    void floats_data();
    void floats();
    void floatFastPathMatchesFastFloat();
    void integers_data();
    void integers();
    void dateTimes_data();
    void dateTimes();
    void booleans();
    void naMatcher();
    void tokenizer_data();
    void tokenizer();
    void chunkBoundariesNeverSplitQuotedFields();
    void textScanCountsNewlines();
};

void TestCsvValueParsers::floats_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("value");
    QTest::newRow("plain") << QByteArray("1.5") << true << 1.5;
    QTest::newRow("negative") << QByteArray("-0.305116") << true << -0.305116;
    QTest::newRow("plus") << QByteArray("+2.25") << true << 2.25;
    QTest::newRow("leading dot") << QByteArray(".5") << true << 0.5;
    QTest::newRow("trailing dot") << QByteArray("3.") << true << 3.0;
    QTest::newRow("exponent") << QByteArray("1e5") << true << 1e5;
    QTest::newRow("negative exponent") << QByteArray("-2.5E-3") << true << -2.5e-3;
    QTest::newRow("long mantissa") << QByteArray("0.12345678901234567890123") << true << 0.12345678901234567890123;
    QTest::newRow("inf") << QByteArray("inf") << true << HUGE_VAL;
    QTest::newRow("empty") << QByteArray("") << false << 0.0;
    QTest::newRow("sign only") << QByteArray("-") << false << 0.0;
    QTest::newRow("two signs") << QByteArray("+-1") << false << 0.0;
    QTest::newRow("dot only") << QByteArray(".") << false << 0.0;
    QTest::newRow("two dots") << QByteArray("1.2.3") << false << 0.0;
    QTest::newRow("trailing junk") << QByteArray("1.5x") << false << 0.0;
    QTest::newRow("word") << QByteArray("Seoul") << false << 0.0;
    QTest::newRow("thousands separator") << QByteArray("1,000") << false << 0.0;
    QTest::newRow("inner space") << QByteArray("1 000") << false << 0.0;
}

void TestCsvValueParsers::floats()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, ok);
    QFETCH(double, value);
    double out = 0;
    QCOMPARE(parseFloat64(std::string_view(text.constData(), static_cast<size_t>(text.size())), '.', out), ok);
    if (ok) QCOMPARE(out, value);
}

void TestCsvValueParsers::floatFastPathMatchesFastFloat()
{
    // Random decimals in the shapes CSV writers produce; the inline Clinger path (and the
    // SWAR digit reader at every alignment) must give exactly fast_float's double.
    std::mt19937_64 rng(7);
    char buffer[64];
    for (int i = 0; i < 200000; ++i) {
        const int intDigits = static_cast<int>(rng() % 8);
        const int fractionDigits = static_cast<int>(rng() % 17);
        std::string text = rng() % 2 ? "-" : "";
        for (int d = 0; d < intDigits; ++d) text += static_cast<char>('0' + rng() % 10);
        if (fractionDigits > 0 || intDigits == 0) text += '.';
        for (int d = 0; d < fractionDigits; ++d) text += static_cast<char>('0' + rng() % 10);
        if (intDigits == 0 && fractionDigits == 0) text += '0';
        const size_t offset = rng() % 8;
        std::memset(buffer, '9', sizeof buffer);  // digits after the value must not be read into it
        std::memcpy(buffer + offset, text.data(), text.size());
        buffer[offset + text.size()] = ',';
        double expected = 0;
        const auto r = fast_float::from_chars(text.data(), text.data() + text.size(), expected);
        QVERIFY(r.ec == std::errc());
        double actual = 0;
        QVERIFY2(parseFloat64(std::string_view(buffer + offset, text.size()), '.', actual), text.c_str());
        QVERIFY2(sameBits(actual, expected), text.c_str());
        double prefix = 0;
        const char* end = parseDecimalPrefix(buffer + offset, buffer + sizeof buffer, '.', prefix);
        if (end) {
            QCOMPARE(static_cast<size_t>(end - (buffer + offset)), text.size());
            QVERIFY2(sameBits(prefix, expected), text.c_str());
        }
    }
    // Decimal comma.
    double out = 0;
    QVERIFY(parseFloat64("-12,75", ',', out));
    QCOMPARE(out, -12.75);
    QVERIFY(!parseFloat64("12.75", ',', out));
}

void TestCsvValueParsers::integers_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("outcome");  // IntParse
    QTest::addColumn<qint64>("value");
    QTest::newRow("zero") << QByteArray("0") << int(IntParse::Ok) << qint64(0);
    QTest::newRow("leading zeros") << QByteArray("007") << int(IntParse::Ok) << qint64(7);
    QTest::newRow("plus") << QByteArray("+42") << int(IntParse::Ok) << qint64(42);
    QTest::newRow("max") << QByteArray("9223372036854775807") << int(IntParse::Ok) << qint64(INT64_MAX);
    QTest::newRow("min") << QByteArray("-9223372036854775808") << int(IntParse::Ok) << qint64(INT64_MIN);
    QTest::newRow("max + 1") << QByteArray("9223372036854775808") << int(IntParse::Overflow) << qint64(0);
    QTest::newRow("min - 1") << QByteArray("-9223372036854775809") << int(IntParse::Overflow) << qint64(0);
    QTest::newRow("huge") << QByteArray("123456789012345678901234567890") << int(IntParse::Overflow) << qint64(0);
    QTest::newRow("decimal") << QByteArray("1.0") << int(IntParse::NotInteger) << qint64(0);
    QTest::newRow("sign only") << QByteArray("-") << int(IntParse::NotInteger) << qint64(0);
    QTest::newRow("huge then junk") << QByteArray("123456789012345678901234567890x") << int(IntParse::NotInteger)
                                    << qint64(0);
}

void TestCsvValueParsers::integers()
{
    QFETCH(QByteArray, text);
    QFETCH(int, outcome);
    QFETCH(qint64, value);
    int64_t out = 0;
    const std::string_view view(text.constData(), static_cast<size_t>(text.size()));
    QCOMPARE(int(parseInt64(view, out)), outcome);
    if (outcome == int(IntParse::Ok)) QCOMPARE(out, int64_t{value});
    // The fast prefix parser agrees where it answers (up to 18 digits, no '+').
    int64_t prefix = 0;
    if (const char* end = parseIntegerPrefix(view.data(), view.data() + view.size(), prefix);
        end == view.data() + view.size()) {
        QCOMPARE(outcome, int(IntParse::Ok));
        QCOMPARE(prefix, int64_t{value});
    }
}

void TestCsvValueParsers::dateTimes_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("epoch") << QByteArray("1970-01-01") << true << qint64(0);
    QTest::newRow("date") << QByteArray("2024-03-01") << true << qint64(1709251200000);
    QTest::newRow("minutes only") << QByteArray("2024-03-01T12:30") << true << qint64(1709251200000 + 45000000);
    QTest::newRow("fraction beyond ms") << QByteArray("2024-03-01 00:00:00.123456") << true << qint64(1709251200123);
    QTest::newRow("negative offset") << QByteArray("2024-03-01T00:00:00-0500") << true
                                     << qint64(1709251200000 + 5 * 3600000);
    QTest::newRow("year 2000 leap") << QByteArray("2000-02-29") << true << qint64(951782400000);
    QTest::newRow("1900 not leap") << QByteArray("1900-02-29") << false << qint64(0);
    QTest::newRow("month 13") << QByteArray("2024-13-01") << false << qint64(0);
    QTest::newRow("hour 24") << QByteArray("2024-03-01T24:00:00") << false << qint64(0);
    QTest::newRow("slashes") << QByteArray("2024/03/01") << false << qint64(0);
    QTest::newRow("trailing junk") << QByteArray("2024-03-01x") << false << qint64(0);
    QTest::newRow("short") << QByteArray("2024-3-1") << false << qint64(0);
}

void TestCsvValueParsers::dateTimes()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, ok);
    QFETCH(qint64, ms);
    int64_t out = 0;
    QCOMPARE(parseDateTime(std::string_view(text.constData(), static_cast<size_t>(text.size())), out), ok);
    if (ok) QCOMPARE(out, int64_t{ms});
}

void TestCsvValueParsers::booleans()
{
    bool b = false;
    QVERIFY(parseBoolean("TRUE", b) && b);
    QVERIFY(parseBoolean("tRuE", b) && b);
    QVERIFY(parseBoolean("False", b) && !b);
    QVERIFY(!parseBoolean("yes", b));
    QVERIFY(!parseBoolean("1", b));
    QVERIFY(!parseBoolean("truex", b));
}

void TestCsvValueParsers::naMatcher()
{
    const NaMatcher na(defaultNaTokens());
    QVERIFY(na.matches(""));
    QVERIFY(na.matches("NA"));
    QVERIFY(na.matches("?"));
    QVERIFY(!na.matches("na"));  // case-sensitive
    QVERIFY(!na.matches("0.318"));
    QVERIFY(na.matchesEmpty());
    QVERIFY(!na.hasNumberLikeToken());
    const NaMatcher custom({" -999 ", "missing value"});
    QVERIFY(custom.matches("-999"));
    QVERIFY(custom.matches("missing value"));
    QVERIFY(!custom.matches(""));
    QVERIFY(custom.hasNumberLikeToken());
}

void TestCsvValueParsers::tokenizer_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<int>("consumed");  // bytes up to the next row start
    QTest::newRow("simple") << QByteArray("a,b,c\nnext") << QStringList{"a", "b", "c"} << 6;
    QTest::newRow("empty fields") << QByteArray(",,\n") << QStringList{"", "", ""} << 3;
    QTest::newRow("crlf") << QByteArray("a,b\r\nx") << QStringList{"a", "b"} << 5;
    QTest::newRow("quoted crlf at end") << QByteArray("a,\"b\"\r\nx") << QStringList{"a", "b"} << 7;
    QTest::newRow("lone cr inside a field") << QByteArray("a\rb,c\n") << QStringList{"a\rb", "c"} << 6;
    QTest::newRow("quoted newline") << QByteArray("\"a\nb\",c\n") << QStringList{"a\nb", "c"} << 8;
    QTest::newRow("escaped quotes") << QByteArray("\"\"\"x\"\"\",y\n") << QStringList{"\"x\"", "y"} << 10;
    QTest::newRow("end without newline") << QByteArray("a,b") << QStringList{"a", "b"} << 3;
}

void TestCsvValueParsers::tokenizer()
{
    QFETCH(QByteArray, row);
    QFETCH(QStringList, fields);
    QFETCH(int, consumed);
    std::vector<Field> out;
    RowStatus status;
    const CsvDialect dialect;
    const char* next = tokenizeRow(row.constData(), row.constData() + row.size(), dialect, out, status);
    QCOMPARE(status, RowStatus::Ok);
    QCOMPARE(int(next - row.constData()), consumed);
    QCOMPARE(int(out.size()), int(fields.size()));
    std::string scratch;
    for (size_t i = 0; i < out.size(); ++i)
        QCOMPARE(QString::fromStdString(std::string(fieldValue(out[i], '"', scratch))), fields[int(i)]);

    const QByteArray open("a,\"never closed\nb,c\n");
    tokenizeRow(open.constData(), open.constData() + open.size(), dialect, out, status);
    QCOMPARE(status, RowStatus::Unterminated);
}

void TestCsvValueParsers::chunkBoundariesNeverSplitQuotedFields()
{
    // Rows whose quoted fields hold newlines, delimiters, doubled quotes, and quotes that are
    // not at a field start (ordinary characters). Every chunk must start exactly at a row start.
    std::string text = "h1,h2\n";
    std::vector<size_t> rowStarts;
    for (int i = 0; i < 400; ++i) {
        rowStarts.push_back(text.size());
        switch (i % 4) {
        case 0: text += "\"a\nb\nc\",1\n"; break;
        case 1: text += "x\"y,\"q\"\"\n\"\"\"\n"; break;
        case 2: text += "plain,2\n"; break;
        default: text += "\"long " + std::string(static_cast<size_t>(i), 'z') + "\n,\",3\n"; break;
        }
    }
    const CsvDialect dialect;
    ThreadPool pool(2);
    JobContext job;
    for (const size_t target : {size_t{1}, size_t{7}, size_t{64}, size_t{1000}}) {
        for (const bool withScan : {false, true}) {
            const TextScan scan = TextScan::run(text, 0, '\n', '"', true, target, pool, job);
            Chunker chunker(text, 6, dialect, target, withScan ? &scan : nullptr);
            ChunkSpan span;
            size_t expectedBegin = 6;
            size_t chunks = 0;
            while (chunker.next(span)) {
                QCOMPARE(span.begin, expectedBegin);
                QVERIFY(span.end > span.begin);
                QVERIFY2(span.end == text.size() || std::binary_search(rowStarts.begin(), rowStarts.end(), span.end),
                         std::to_string(span.end).c_str());
                expectedBegin = span.end;
                ++chunks;
            }
            QCOMPARE(expectedBegin, text.size());
            if (target <= 64) QVERIFY2(chunks > 50, std::to_string(chunks).c_str());
        }
    }
}

void TestCsvValueParsers::textScanCountsNewlines()
{
    std::string text;
    for (int i = 0; i < 10000; ++i) text += i % 997 ? "abc,1\n" : "\"q\",\xC3\xA9\n";
    ThreadPool pool(3);
    JobContext job;
    const TextScan scan = TextScan::run(text, 0, '\n', '"', true, 1000, pool, job);
    QCOMPARE(scan.firstInvalidUtf8(), std::string_view::npos);
    for (const size_t offset :
         {size_t{0}, size_t{1}, size_t{999}, size_t{1000}, size_t{1001}, text.size() / 2, text.size()})
        QCOMPARE(scan.newlinesBefore(offset),
                 size_t(std::count(text.begin(), text.begin() + std::ptrdiff_t(offset), '\n')));
    size_t quoteBlocks = 0;
    for (size_t b = 0; b < scan.blockCount(); ++b) quoteBlocks += scan.blockHasQuote(b);
    QVERIFY(quoteBlocks > 0 && quoteBlocks < scan.blockCount());

    // A Latin-1 byte (not UTF-8) is found wherever it is, across block boundaries too.
    std::string bad = text;
    bad[bad.size() - 5] = '\xE9';
    const TextScan badScan = TextScan::run(bad, 0, '\n', '"', true, 1000, pool, job);
    QCOMPARE(badScan.firstInvalidUtf8(), bad.size() - 5);
    const std::string truncated = text.substr(0, 999) + "\xC3";  // a sequence cut at the end
    QCOMPARE(TextScan::run(truncated, 0, '\n', '"', true, 1000, pool, job).firstInvalidUtf8(), size_t{999});
}

QTEST_GUILESS_MAIN(TestCsvValueParsers)
#include "test_csv_value_parsers.moc"
