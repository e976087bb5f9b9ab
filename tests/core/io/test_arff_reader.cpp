// Tests of the ARFF reader (readArffFile / readArffBuffer) and of JavaDateFormat.
#include "core/data/table.h"
#include "core/io/arff/arff_reader.h"
#include "core/io/arff/java_date_format.h"

#include <QtTest>

#include <string>

using namespace mlwb::core;

Q_DECLARE_METATYPE(ColumnType)
Q_DECLARE_METATYPE(ErrorCode)

namespace {

std::string dataPath(const char* name)
{
    return std::string(MLWB_TEST_DATA_DIR) + "/arff/" + name;
}

Result<ImportResult> readText(const std::string& text, const ImportOptions& options = {})
{
    JobContext job;
    return readArffBuffer(text, "test.arff", options, job);
}

const Column& columnNamed(const Table& table, const std::string& name)
{
    const int index = table.indexOf(name);
    if (index < 0) qFatal("no column named %s", name.c_str());
    return table.column(static_cast<size_t>(index));
}

bool anyContains(const std::vector<std::string>& lines, const std::string& part)
{
    for (const auto& line : lines)
        if (line.find(part) != std::string::npos) return true;
    return false;
}

}  // namespace

class TestArffReader : public QObject {
    Q_OBJECT

private slots:
    void readsDenseFile()
    {
        JobContext job;
        double lastProgress = -1;
        job.setObserver([&](double fraction, const std::string&) { lastProgress = fraction; });
        auto result = readArffFile(dataPath("iris_small.arff"), {}, job);
        QVERIFY2(result.isOk(), result.status().message().c_str());
        const Table& table = *result->table;
        QCOMPARE(result->format, std::string("arff"));
        QCOMPARE(result->encoding, std::string("utf-8"));
        QCOMPARE(table.rowCount(), size_t{5});
        QCOMPARE(table.columnNames(),
                 (std::vector<std::string>{"sepallength", "sepalwidth", "petallength", "petalcount", "class"}));
        QCOMPARE(table.column(0).type(), ColumnType::Float64);
        QCOMPARE(table.column(1).type(), ColumnType::Float64);
        QCOMPARE(table.column(3).type(), ColumnType::Int64);
        QCOMPARE(table.column(4).type(), ColumnType::Categorical);

        // Declaration order, not order of appearance (setosa appears first in the data).
        QCOMPARE(table.column(4).categories(),
                 (std::vector<std::string>{"Iris-virginica", "Iris-versicolor", "Iris-setosa"}));
        QCOMPARE(table.column(4).categoryCodes()[0], 2);
        QCOMPARE(table.column(4).displayString(4), std::string("Iris-virginica"));

        QCOMPARE(table.column(0).float64Values()[2], 7.0);
        QCOMPARE(table.column(1).float64Values()[4], 2.7);  // spaces around values are trimmed
        QCOMPARE(table.column(3).int64Values()[4], int64_t{7});
        QVERIFY(table.column(3).isMissing(1));
        QVERIFY(table.column(1).isMissing(3));
        QCOMPARE(table.column(1).nullCount(), size_t{1});
        QCOMPARE(lastProgress, 1.0);
    }

    void attributeTypes_data()
    {
        QTest::addColumn<QString>("declaration");
        QTest::addColumn<QString>("value");
        QTest::addColumn<ColumnType>("type");
        QTest::addColumn<QString>("display");  // "" = missing

        QTest::newRow("numeric") << "@attribute x numeric"
                                 << "1.5" << ColumnType::Float64 << "1.5";
        QTest::newRow("REAL upper case") << "@ATTRIBUTE x REAL"
                                         << "-2e3" << ColumnType::Float64 << "-2000";
        QTest::newRow("numeric plus sign") << "@attribute x numeric"
                                           << "+0.25" << ColumnType::Float64 << "0.25";
        QTest::newRow("numeric missing") << "@attribute x numeric"
                                         << "?" << ColumnType::Float64 << "";
        QTest::newRow("integer") << "@attribute x integer"
                                 << "42" << ColumnType::Int64 << "42";
        QTest::newRow("integer large exact") << "@attribute x INTEGER"
                                             << "9007199254740993" << ColumnType::Int64 << "9007199254740993";
        QTest::newRow("integer written 3.0") << "@attribute x integer"
                                             << "3.0" << ColumnType::Int64 << "3";
        QTest::newRow("integer with fraction") << "@attribute x integer"
                                               << "1.5" << ColumnType::Float64 << "1.5";
        QTest::newRow("string quoted comma") << "@attribute x string"
                                             << "'hello, world'" << ColumnType::Text << "hello, world";
        QTest::newRow("string escapes") << "@attribute x string"
                                        << R"('it\'s \"q\" \\ 50\%')" << ColumnType::Text << R"(it's "q" \ 50%)";
        QTest::newRow("string quoted percent") << "@attribute x string"
                                               << "'50% off'" << ColumnType::Text << "50% off";
        QTest::newRow("quoted ? is text") << "@attribute x string"
                                          << "'?'" << ColumnType::Text << "?";
        QTest::newRow("string missing") << "@attribute x string"
                                        << "?" << ColumnType::Text << "";
        QTest::newRow("nominal") << "@attribute x {a,b,'c d'}"
                                 << "b" << ColumnType::Categorical << "b";
        QTest::newRow("nominal quoted with space") << "@attribute x {a,b,'c d'}"
                                                   << "'c d'" << ColumnType::Categorical << "c d";
        QTest::newRow("nominal no space before brace") << "@attribute x{a, b}"
                                                       << "b" << ColumnType::Categorical << "b";
        QTest::newRow("nominal missing") << "@attribute x {a,b}"
                                         << "?" << ColumnType::Categorical << "";
        QTest::newRow("date default format")
            << "@attribute x date"
            << "'2024-03-01T12:30:05'" << ColumnType::DateTime << "2024-03-01T12:30:05";
        QTest::newRow("date unquoted default")
            << "@attribute x DATE"
            << "1999-12-31T23:59:59" << ColumnType::DateTime << "1999-12-31T23:59:59";
        QTest::newRow("date yyyy-MM-dd") << "@attribute x date yyyy-MM-dd"
                                         << "2024-03-01" << ColumnType::DateTime << "2024-03-01";
        QTest::newRow("date with time quoted format")
            << "@attribute x date 'yyyy-MM-dd HH:mm:ss'"
            << "'2024-02-29 23:59:58'" << ColumnType::DateTime << "2024-02-29T23:59:58";
        QTest::newRow("date double-quoted format") << "@attribute x date \"dd/MM/yyyy\""
                                                   << "31/12/1969" << ColumnType::DateTime << "1969-12-31";
        QTest::newRow("date missing") << "@attribute x date"
                                      << "?" << ColumnType::DateTime << "";
        QTest::newRow("quoted name") << "@attribute 'x' numeric"
                                     << "7" << ColumnType::Float64 << "7";
    }

    void attributeTypes()
    {
        QFETCH(QString, declaration);
        QFETCH(QString, value);
        QFETCH(ColumnType, type);
        QFETCH(QString, display);
        const std::string text = "@relation t\n" + declaration.toStdString() + "\n@data\n" + value.toStdString() + "\n";
        auto result = readText(text);
        QVERIFY2(result.isOk(), result.status().message().c_str());
        const Table& table = *result->table;
        QCOMPARE(table.rowCount(), size_t{1});
        QCOMPARE(table.column(0).name(), std::string("x"));
        QCOMPARE(table.column(0).type(), type);
        QCOMPARE(table.column(0).isMissing(0), display.isEmpty());
        QCOMPARE(table.column(0).displayString(0), display.toStdString());
    }

    void integerWithFractionWarns()
    {
        auto result = readText("@relation t\n@attribute n integer\n@data\n1\n2.5\n?\n");
        QVERIFY(result.isOk());
        const Column& column = result->table->column(0);
        QCOMPARE(column.type(), ColumnType::Float64);
        QCOMPARE(column.float64Values()[0], 1.0);
        QCOMPARE(column.float64Values()[1], 2.5);
        QVERIFY(column.isMissing(2));
        QVERIFY(anyContains(result->warnings, "declared integer"));
    }

    void quotedAndKoreanNames()
    {
        JobContext job;
        auto result = readArffFile(dataPath("names.arff"), {}, job);
        QVERIFY2(result.isOk(), result.status().message().c_str());
        const Table& table = *result->table;
        QCOMPARE(table.columnNames(),
                 (std::vector<std::string>{"petal length", "sepal \"w\"", "이름", "품종", "when"}));
        QCOMPARE(table.rowCount(), size_t{2});
        QCOMPARE(columnNamed(table, "이름").displayString(0), std::string("김철수"));
        QCOMPARE(columnNamed(table, "이름").displayString(1), std::string("이영희, 박"));
        const Column& kind = columnNamed(table, "품종");
        QCOMPARE(kind.categories(), (std::vector<std::string>{"세토사", "버시 컬러", "버지니카"}));
        QCOMPARE(kind.displayString(1), std::string("버시 컬러"));
        const Column& when = columnNamed(table, "when");
        QCOMPARE(when.type(), ColumnType::DateTime);
        QCOMPARE(when.int64Values()[0], int64_t{1709285400000});  // 2024-03-01T09:30:00Z
        QVERIFY(when.isMissing(1));
    }

    void sparseRows()
    {
        JobContext job;
        auto result = readArffFile(dataPath("sparse.arff"), {}, job);
        QVERIFY2(result.isOk(), result.status().message().c_str());
        const Table& table = *result->table;
        QCOMPARE(table.rowCount(), size_t{6});
        const Column& weight = table.column(0);
        const Column& level = table.column(1);
        const Column& note = table.column(2);
        const Column& count = table.column(3);
        QCOMPARE(count.type(), ColumnType::Int64);

        // {0 1.5, 3 7}: the rest are 0, not missing.
        QCOMPARE(weight.float64Values()[0], 1.5);
        QCOMPARE(level.displayString(0), std::string("low"));
        QVERIFY(note.isValid(0));
        QCOMPARE(note.displayString(0), std::string(""));
        QCOMPARE(count.int64Values()[0], int64_t{7});
        // {}: all defaults.
        QCOMPARE(weight.float64Values()[1], 0.0);
        QVERIFY(weight.isValid(1));
        QCOMPARE(level.displayString(1), std::string("low"));
        QCOMPARE(count.int64Values()[1], int64_t{0});
        // {1 high, 2 'x y'}
        QCOMPARE(level.displayString(2), std::string("high"));
        QCOMPARE(note.displayString(2), std::string("x y"));
        // {3 -2, 0 ?}: indexes out of order, an explicit missing value.
        QVERIFY(weight.isMissing(3));
        QCOMPARE(count.int64Values()[3], int64_t{-2});
        // A dense row in the same file.
        QCOMPARE(weight.float64Values()[4], 2.5);
        QCOMPARE(level.displayString(4), std::string("mid"));
        QCOMPARE(note.displayString(4), std::string("dense"));
        // {2 "..."},{3}: an instance weight, ignored with a warning.
        QCOMPARE(note.displayString(5), std::string("quoted \"note\""));
        QCOMPARE(weight.nullCount(), size_t{1});
        QVERIFY(anyContains(result->warnings, "weights"));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("message");  // must appear in the error message

        const QString header = "@relation r\n@attribute x numeric\n@attribute class {a,b}\n@data\n";
        QTest::newRow("empty file") << "" << ErrorCode::ParseError << "test.arff: the file is empty";
        QTest::newRow("only comments") << "% one\n\n   % two\n" << ErrorCode::ParseError << "the file is empty";
        QTest::newRow("no @relation") << "@attribute x numeric\n@data\n1\n"
                                      << ErrorCode::ParseError << "test.arff, line 1: expected @relation";
        QTest::newRow("csv is not arff") << "a,b\n1,2\n"
                                         << ErrorCode::ParseError << "test.arff, line 1: expected @relation";
        QTest::newRow("no @data") << "@relation r\n@attribute x numeric\n"
                                  << ErrorCode::ParseError << "ends before its @data section";
        QTest::newRow("@data before attributes")
            << "@relation r\n@data\n1\n"
            << ErrorCode::ParseError << "line 2: @data comes before any @attribute";
        QTest::newRow("undeclared nominal value")
            << header + "1,a\n2,x\n"
            << ErrorCode::ParseError
            << "test.arff, line 6: value \"x\" is not one of the declared values of attribute class";
        QTest::newRow("nominal values are case-sensitive")
            << header + "1,A\n"
            << ErrorCode::ParseError << "value \"A\" is not one of the declared values";
        QTest::newRow("too few values") << header + "1,a\n2\n"
                                        << ErrorCode::ParseError << "test.arff, line 6: expected 2 values but found 1";
        QTest::newRow("too many values") << header + "1,a,b\n"
                                         << ErrorCode::ParseError << "line 5: expected 2 values but found 3";
        QTest::newRow("empty value") << header + "1,\n"
                                     << ErrorCode::ParseError << "the value of attribute class is empty";
        QTest::newRow("not a number") << header + "abc,a\n"
                                      << ErrorCode::ParseError
                                      << "line 5: value \"abc\" of attribute x is not a number";
        QTest::newRow("unclosed quote") << header + "'1,a\n"
                                        << ErrorCode::ParseError << "line 5: a quoted value is not closed";
        QTest::newRow("text after quote") << header + "'1'x,a\n" << ErrorCode::ParseError << "after the quoted value";
        QTest::newRow("unknown type") << "@relation r\n@attribute x blob\n@data\n"
                                      << ErrorCode::ParseError << "line 2: attribute x has the unknown type \"blob\"";
        QTest::newRow("missing type") << "@relation r\n@attribute x\n@data\n"
                                      << ErrorCode::ParseError << "attribute x has no type";
        QTest::newRow("duplicate attribute") << "@relation r\n@attribute x numeric\n@attribute x real\n@data\n"
                                             << ErrorCode::ParseError << "line 3: attribute x is declared twice";
        QTest::newRow("unclosed nominal list") << "@relation r\n@attribute c {a,b\n@data\n"
                                               << ErrorCode::ParseError << "is not closed with }";
        QTest::newRow("duplicate nominal value") << "@relation r\n@attribute c {a,b,a}\n@data\n"
                                                 << ErrorCode::ParseError << "lists the value \"a\" twice";
        QTest::newRow("garbage after type") << "@relation r\n@attribute x numeric extra\n@data\n"
                                            << ErrorCode::ParseError << "unexpected text \"extra\"";
        QTest::newRow("unknown header line") << "@relation r\n@attribute x numeric\nhello\n@data\n"
                                             << ErrorCode::ParseError << "line 3: expected @attribute or @data";
        QTest::newRow("sparse index out of range")
            << header + "{5 1}\n"
            << ErrorCode::ParseError << "line 5: attribute index 5 is out of range";
        QTest::newRow("sparse duplicate index") << header + "{0 1, 0 2}\n"
                                                << ErrorCode::ParseError << "attribute index 0 appears twice";
        QTest::newRow("sparse without value") << header + "{0}\n"
                                              << ErrorCode::ParseError << "attribute index 0 has no value";
        QTest::newRow("sparse not closed") << header + "{0 1\n"
                                           << ErrorCode::ParseError << "the sparse row is not closed";
        QTest::newRow("sparse bad index") << header + "{x 1}\n"
                                          << ErrorCode::ParseError << "must start with an attribute index";
        QTest::newRow("sparse undeclared nominal")
            << header + "{1 z}\n"
            << ErrorCode::ParseError << "value \"z\" is not one of the declared values of attribute class";
        QTest::newRow("bad date") << "@relation r\n@attribute d date yyyy-MM-dd\n@data\n2024-13-01\n"
                                  << ErrorCode::ParseError
                                  << "line 4: value \"2024-13-01\" of attribute d does not match the date format "
                                     "\"yyyy-MM-dd\"";
        QTest::newRow("date with trailing text")
            << "@relation r\n@attribute d date yyyy-MM-dd\n@data\n'2024-01-01 10:00'\n"
            << ErrorCode::ParseError << "does not match the date format";
        QTest::newRow("unsupported date letter") << "@relation r\n@attribute d date yyyy-ww\n@data\n"
                                                 << ErrorCode::Unsupported << "pattern letter 'w'";
        QTest::newRow("relational") << "@relation r\n@attribute bag relational\n@data\n"
                                    << ErrorCode::Unsupported << "relational";
    }

    void errors()
    {
        QFETCH(QString, text);
        QFETCH(ErrorCode, code);
        QFETCH(QString, message);
        auto result = readText(text.toStdString());
        QVERIFY(!result.isOk());
        QCOMPARE(result.status().code(), code);
        QVERIFY2(result.status().message().find(message.toStdString()) != std::string::npos,
                 result.status().message().c_str());
    }

    void undeclaredValueInFileNamesFileAndLine()
    {
        JobContext job;
        auto result = readArffFile(dataPath("bad_class.arff"), {}, job);
        QVERIFY(!result.isOk());
        QCOMPARE(result.status().code(), ErrorCode::ParseError);
        QCOMPARE(
            result.status().message(),
            std::string("bad_class.arff, line 12: value \"x\" is not one of the declared values of attribute class"));
    }

    void missingFile()
    {
        JobContext job;
        const std::string path = dataPath("does_not_exist.arff");
        auto result = readArffFile(path, {}, job);
        QVERIFY(!result.isOk());
        QCOMPARE(result.status().code(), ErrorCode::IoError);
        QCOMPARE(result.status().message(), "Cannot open " + path + ": no such file");
    }

    void emptyDataSection()
    {
        auto result = readText("@relation r\n@attribute x numeric\n@attribute c {a,b}\n@data\n% nothing\n");
        QVERIFY2(result.isOk(), result.status().message().c_str());
        QCOMPARE(result->table->rowCount(), size_t{0});
        QCOMPARE(result->table->columnCount(), size_t{2});
        QCOMPARE(result->table->column(1).categories(), (std::vector<std::string>{"a", "b"}));
    }

    void windowsLineEndingsAndBom()
    {
        auto result =
            readText("\xEF\xBB\xBF@relation r\r\n@attribute x numeric\r\n@attribute s string\r\n@data\r\n1,abc\r\n");
        QVERIFY2(result.isOk(), result.status().message().c_str());
        QCOMPARE(result->table->column(1).displayString(0), std::string("abc"));
    }

    void maxRows()
    {
        ImportOptions options;
        options.maxRows = 2;
        auto result = readText("@relation r\n@attribute x integer\n@data\n1\n2\n3\n4\nnot-read-anyway\n", options);
        QVERIFY2(result.isOk(), result.status().message().c_str());
        QCOMPARE(result->table->rowCount(), size_t{2});
        QCOMPARE(result->table->column(0).int64Values()[1], int64_t{2});
    }

    void lenientSkipsMalformedRows()
    {
        const std::string text =
            "@relation r\n@attribute x numeric\n@attribute c {a,b}\n@data\n"
            "1,a\n2,x\n3\n4,b\n";
        auto strict = readText(text);
        QVERIFY(!strict.isOk());

        ImportOptions options;
        options.lenient = true;
        auto result = readText(text, options);
        QVERIFY2(result.isOk(), result.status().message().c_str());
        QCOMPARE(result->table->rowCount(), size_t{2});
        QCOMPARE(result->skippedRows, size_t{2});
        QCOMPARE(result->table->column(0).float64Values()[1], 4.0);
        QVERIFY(anyContains(result->warnings, "test.arff, line 6"));
        QVERIFY(anyContains(result->warnings, "test.arff, line 7"));
    }

    void windows1252Fallback()
    {
        auto result = readText("@relation r\n@attribute s string\n@data\n'caf\xE9 \x80'\n");
        QVERIFY2(result.isOk(), result.status().message().c_str());
        QCOMPARE(result->encoding, std::string("windows-1252"));
        QCOMPARE(result->table->column(0).displayString(0), std::string("caf\xC3\xA9 \xE2\x82\xAC"));  // "café €"
        QVERIFY(anyContains(result->warnings, "not valid UTF-8"));

        ImportOptions options;
        options.encoding = "utf-8";
        auto strict = readText("@relation r\n@attribute s string\n@data\n'caf\xE9'\n", options);
        QVERIFY(!strict.isOk());
        QVERIFY(strict.status().message().find("line 4") != std::string::npos);
    }

    void cancellation()
    {
        std::string text = "@relation r\n@attribute x numeric\n@data\n";
        for (int i = 0; i < 20000; ++i) text += std::to_string(i) + "\n";
        JobContext job;
        job.requestCancel();
        auto result = readArffBuffer(text, "big.arff", {}, job);
        QVERIFY(!result.isOk());
        QVERIFY(result.status().isCancelled());

        JobContext fresh;
        std::vector<double> fractions;
        fresh.setObserver([&](double fraction, const std::string&) { fractions.push_back(fraction); });
        auto full = readArffBuffer(text, "big.arff", {}, fresh);
        QVERIFY(full.isOk());
        QCOMPARE(full->table->rowCount(), size_t{20000});
        QVERIFY(fractions.size() >= 3);  // intermediate reports, then 1.0
        QVERIFY(fractions.front() > 0.0 && fractions.front() < 1.0);
        QCOMPARE(fractions.back(), 1.0);
    }

    void javaDateFormats_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");  // ISO-8601 UTC, or "" when parsing must fail

        QTest::newRow("default") << JavaDateFormat::defaultPattern << "1970-01-01T00:00:01"
                                 << "1970-01-01T00:00:01";
        QTest::newRow("date only") << "yyyy-MM-dd"
                                   << "2024-03-01"
                                   << "2024-03-01";
        QTest::newRow("single-digit fields") << "yyyy-MM-dd"
                                             << "2024-3-1"
                                             << "2024-03-01";
        QTest::newRow("date time") << "yyyy-MM-dd HH:mm:ss"
                                   << "2000-02-29 13:05:09"
                                   << "2000-02-29T13:05:09";
        QTest::newRow("milliseconds") << "yyyy-MM-dd HH:mm:ss.SSS"
                                      << "2024-03-01 00:00:00.250"
                                      << "2024-03-01T00:00:00.250";
        QTest::newRow("adjacent fields") << "yyyyMMddHHmm"
                                         << "202403011230"
                                         << "2024-03-01T12:30:00";
        QTest::newRow("month name") << "dd MMM yyyy"
                                    << "01 mar 2024"
                                    << "2024-03-01";
        QTest::newRow("full month name") << "MMMM d, yyyy"
                                         << "December 31, 1999"
                                         << "1999-12-31";
        QTest::newRow("day name") << "EEE, dd MMM yyyy"
                                  << "Fri, 01 Mar 2024"
                                  << "2024-03-01";
        QTest::newRow("12-hour pm") << "yyyy-MM-dd hh:mm a"
                                    << "2024-03-01 01:30 PM"
                                    << "2024-03-01T13:30:00";
        QTest::newRow("12-hour midnight") << "yyyy-MM-dd hh:mm a"
                                          << "2024-03-01 12:00 am"
                                          << "2024-03-01";
        QTest::newRow("offset XXX") << "yyyy-MM-dd'T'HH:mm:ssXXX"
                                    << "2024-03-01T12:00:00+02:00"
                                    << "2024-03-01T10:00:00";
        QTest::newRow("offset X Zulu") << "yyyy-MM-dd'T'HH:mm:ssX"
                                       << "2024-03-01T12:00:00Z"
                                       << "2024-03-01T12:00:00";
        QTest::newRow("offset Z") << "yyyy-MM-dd HH:mm Z"
                                  << "2024-03-01 00:30 -0100"
                                  << "2024-03-01T01:30:00";
        QTest::newRow("quoted quote") << "yyyy''MM"
                                      << "2024'03"
                                      << "2024-03-01";
        QTest::newRow("two-digit year 99") << "yy-MM-dd"
                                           << "99-01-01"
                                           << "1999-01-01";
        QTest::newRow("two-digit year 05") << "yy-MM-dd"
                                           << "05-01-01"
                                           << "2005-01-01";
        QTest::newRow("before epoch") << "yyyy-MM-dd"
                                      << "1900-01-01"
                                      << "1900-01-01";
        QTest::newRow("month 13") << "yyyy-MM-dd"
                                  << "2024-13-01"
                                  << "";
        QTest::newRow("february 30") << "yyyy-MM-dd"
                                     << "2024-02-30"
                                     << "";
        QTest::newRow("february 29 non-leap") << "yyyy-MM-dd"
                                              << "2023-02-29"
                                              << "";
        QTest::newRow("hour 24") << "yyyy-MM-dd HH:mm"
                                 << "2024-01-01 24:00"
                                 << "";
        QTest::newRow("trailing text") << "yyyy-MM-dd"
                                       << "2024-01-01x"
                                       << "";
        QTest::newRow("wrong separator") << "yyyy-MM-dd"
                                         << "2024/01/01"
                                         << "";
        QTest::newRow("empty") << "yyyy-MM-dd"
                               << ""
                               << "";
        QTest::newRow("missing literal T") << JavaDateFormat::defaultPattern << "2024-01-01 10:00:00"
                                           << "";
    }

    void javaDateFormats()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        auto format = JavaDateFormat::compile(pattern.toStdString());
        QVERIFY2(format.isOk(), format.status().message().c_str());
        const auto ms = format->parse(text.toStdString());
        if (expected.isEmpty()) {
            QVERIFY2(!ms.has_value(), formatDateTime(ms.value_or(0)).c_str());
        } else {
            QVERIFY(ms.has_value());
            QCOMPARE(formatDateTime(*ms), expected.toStdString());
        }
    }

    void javaDateFormatRejectsUnsupportedLetters()
    {
        for (const char* pattern : {"yyyy-'W'ww", "D", "G yyyy", "yyyy-MM-dd'T'HH:mm:ss.SSS'", "F"}) {
            auto format = JavaDateFormat::compile(pattern);
            QVERIFY2(!format.isOk(), pattern);
            QCOMPARE(format.status().code(), ErrorCode::InvalidArgument);
        }
    }
};

QTEST_GUILESS_MAIN(TestArffReader)
#include "test_arff_reader.moc"
