// Tests of profileTable(): per-column statistics against numpy/pandas numbers, edge cases
// (all missing, empty, constant), correlations with ties and missing values, cancellation
// and independence from the thread count.
#include "core/base/job_context.h"
#include "core/base/thread_pool.h"
#include "core/data/column.h"
#include "core/data/column_builder.h"
#include "core/data/table.h"
#include "core/stats/profile.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <mutex>
#include <numeric>
#include <random>

using namespace mlwb::core;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// NaN in `values` marks a missing row.
ColumnPtr floatColumn(const std::string& name, const std::vector<double>& values)
{
    ColumnBuilder builder(name, ColumnType::Float64);
    for (double v : values) {
        if (std::isnan(v))
            builder.appendNull();
        else
            builder.appendFloat64(v);
    }
    return builder.finish();
}

// std::nullopt marks a missing row.
ColumnPtr intColumn(const std::string& name, const std::vector<std::optional<int64_t>>& values,
                    ColumnType type = ColumnType::Int64)
{
    ColumnBuilder builder(name, type);
    for (const auto& v : values) {
        if (!v)
            builder.appendNull();
        else if (type == ColumnType::DateTime)
            builder.appendDateTime(*v);
        else
            builder.appendInt64(*v);
    }
    return builder.finish();
}

TablePtr makeTable(std::vector<ColumnPtr> columns)
{
    auto table = Table::make(std::move(columns));
    if (!table.isOk()) qFatal("%s", table.status().toString().c_str());
    return *table;
}

TableProfile profileOf(const Table& table, ProfileOptions options = {})
{
    JobContext job;
    auto result = profileTable(table, options, job);
    if (!result.isOk()) qFatal("%s", result.status().toString().c_str());
    return std::move(result).value();
}

bool close(double actual, double expected, double tolerance = 1e-12)
{
    if (std::isnan(expected)) return std::isnan(actual);
    return std::abs(actual - expected) <= tolerance * std::max(1.0, std::abs(expected));
}

#define QCLOSE(actual, expected)          \
    QVERIFY2(close((actual), (expected)), \
             qPrintable(QStringLiteral("%1 != %2").arg((actual), 0, 'g', 17).arg((expected), 0, 'g', 17)))

// Same bits, NaN equal to NaN: for the thread-count comparison.
bool identical(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0 || (std::isnan(a) && std::isnan(b));
}

bool identical(const std::optional<double>& a, const std::optional<double>& b)
{
    return a.has_value() == b.has_value() && (!a || identical(*a, *b));
}

// --- Reference implementations for the randomized comparison: slow and obvious. ---

std::vector<double> averageRanks(const std::vector<double>& values)
{
    std::vector<size_t> order(values.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return values[a] < values[b]; });
    std::vector<double> ranks(values.size());
    for (size_t i = 0; i < order.size();) {
        size_t j = i;
        while (j < order.size() && values[order[j]] == values[order[i]]) ++j;
        for (size_t k = i; k < j; ++k) ranks[order[k]] = (static_cast<double>(i + 1) + static_cast<double>(j)) / 2.0;
        i = j;
    }
    return ranks;
}

double referencePearson(const std::vector<double>& x, const std::vector<double>& y)
{
    if (x.size() < 2) return kNaN;
    const double mx = std::accumulate(x.begin(), x.end(), 0.0) / static_cast<double>(x.size());
    const double my = std::accumulate(y.begin(), y.end(), 0.0) / static_cast<double>(y.size());
    double xx = 0, yy = 0, xy = 0;
    for (size_t i = 0; i < x.size(); ++i) {
        xx += (x[i] - mx) * (x[i] - mx);
        yy += (y[i] - my) * (y[i] - my);
        xy += (x[i] - mx) * (y[i] - my);
    }
    if (xx == 0 || yy == 0) return kNaN;
    return xy / std::sqrt(xx * yy);
}

// Pairwise complete: keep rows where both are present (not NaN), as pandas does.
std::pair<std::vector<double>, std::vector<double>> completePairs(const std::vector<double>& a,
                                                                  const std::vector<double>& b)
{
    std::vector<double> x, y;
    for (size_t i = 0; i < a.size(); ++i) {
        if (!std::isnan(a[i]) && !std::isnan(b[i])) {
            x.push_back(a[i]);
            y.push_back(b[i]);
        }
    }
    return {x, y};
}

}  // namespace

class TestProfile : public QObject {
    Q_OBJECT

private slots:
    void numericColumn_data();
    void numericColumn();
    void int64AndDateTime();
    void booleanColumn();
    void categoricalTopValues();
    void textTopValues();
    void allMissingColumn();
    void emptyTables();
    void histogramMatchesComputeHistogram();
    void correlations_data();
    void correlations();
    void constantColumnCorrelationIsNaN();
    void correlationsOnlyOverNumericColumns();
    void matchesReferenceOnRandomData();
    void sameResultWhateverThreadCount();
    void cancelledBeforeStart();
    void cancelledWhileRunning();
    void reportsProgress();
    void optionsTurnCorrelationsOff();
};

void TestProfile::numericColumn_data()
{
    QTest::addColumn<std::vector<double>>("values");  // NaN = missing
    QTest::addColumn<size_t>("count");
    QTest::addColumn<size_t>("missing");
    QTest::addColumn<size_t>("distinct");
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");
    QTest::addColumn<double>("mean");
    QTest::addColumn<double>("std");  // NaN = unset (fewer than 2 values)
    QTest::addColumn<std::vector<double>>("quantiles");

    // Expected values from numpy 1.24: len(np.unique(a)), a.mean(), a.std(ddof=1),
    // np.quantile(a, [0.05, 0.25, 0.5, 0.75, 0.95]) on the present values.
    QTest::newRow("pi digits") << std::vector<double>{3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5} << size_t(11) << size_t(0)
                               << size_t(7) << 1.0 << 9.0 << 4.0 << 2.3664319132398464
                               << std::vector<double>{1.0, 2.5, 4.0, 5.0, 7.5};
    QTest::newRow("missing values") << std::vector<double>{2.5, kNaN, -1, 0, kNaN, 7.25, 7.25, 3} << size_t(6)
                                    << size_t(2) << size_t(5) << -1.0 << 7.25 << 3.1666666666666665 << 3.498809321278693
                                    << std::vector<double>{-0.75, 0.625, 2.75, 6.1875, 7.25};
    // -0.0 and 0.0 are one distinct value, as they compare equal.
    QTest::newRow("signed zeros") << std::vector<double>{-0.0, 0.0, -2, 2, 1e-3} << size_t(5) << size_t(0) << size_t(4)
                                  << -2.0 << 2.0 << 0.0002 << 1.4142136330837713
                                  << std::vector<double>{-1.6, 0.0, 0.0, 0.001, 1.6001999999999996};
    QTest::newRow("single value") << std::vector<double>{42} << size_t(1) << size_t(0) << size_t(1) << 42.0 << 42.0
                                  << 42.0 << kNaN << std::vector<double>{42, 42, 42, 42, 42};
    QTest::newRow("constant") << std::vector<double>{0.1, 0.1, kNaN, 0.1} << size_t(3) << size_t(1) << size_t(1) << 0.1
                              << 0.1 << 0.1 << 0.0 << std::vector<double>{0.1, 0.1, 0.1, 0.1, 0.1};
}

void TestProfile::numericColumn()
{
    QFETCH(std::vector<double>, values);
    QFETCH(size_t, count);
    QFETCH(size_t, missing);
    QFETCH(size_t, distinct);
    QFETCH(double, min);
    QFETCH(double, max);
    QFETCH(double, mean);
    QFETCH(double, std);
    QFETCH(std::vector<double>, quantiles);

    const auto table = makeTable({floatColumn("x", values)});
    const TableProfile profile = profileOf(*table);
    QCOMPARE(profile.rows, values.size());
    const ColumnProfile& column = profile.columns.at(0);
    QCOMPARE(column.name, std::string("x"));
    QCOMPARE(column.type, ColumnType::Float64);
    QCOMPARE(column.count, count);
    QCOMPARE(column.missing, missing);
    QCOMPARE(column.distinct, distinct);
    QVERIFY(column.min && column.max && column.mean);
    QCOMPARE(*column.min, min);
    QCOMPARE(*column.max, max);
    QCLOSE(*column.mean, mean);
    if (std::isnan(std)) {
        QVERIFY(!column.std);
    } else {
        QVERIFY(column.std);
        QCLOSE(*column.std, std);
    }
    QCOMPARE(column.quantiles.size(), quantileLevels().size());
    for (size_t i = 0; i < quantiles.size(); ++i) QCLOSE(column.quantiles[i], quantiles[i]);
    QVERIFY(column.top.empty());
    QVERIFY(column.histogram.isNumeric());
    QCOMPARE(column.histogram.missing, missing);
    QCOMPARE(std::accumulate(column.histogram.counts.begin(), column.histogram.counts.end(), size_t(0)), count);
}

void TestProfile::int64AndDateTime()
{
    // numpy on [10, -3, 7, 7, 100] and on the datetimes as float ms.
    const auto table = makeTable(
        {intColumn("i", {10, -3, std::nullopt, 7, 7, 100}),
         intColumn("t", {1704067200000, 1704196800000, 1709251200000, std::nullopt, 1703980800000, std::nullopt},
                   ColumnType::DateTime)});
    const TableProfile profile = profileOf(*table);
    const ColumnProfile& i = profile.columns[0];
    QCOMPARE(i.count, size_t(5));
    QCOMPARE(i.missing, size_t(1));
    QCOMPARE(i.distinct, size_t(4));
    QCOMPARE(*i.min, -3.0);
    QCOMPARE(*i.max, 100.0);
    QCLOSE(*i.mean, 24.2);
    QCLOSE(*i.std, 42.65794181626676);
    const std::vector<double> iq{-1.0, 7.0, 7.0, 10.0, 81.99999999999999};
    for (size_t k = 0; k < iq.size(); ++k) QCLOSE(i.quantiles[k], iq[k]);

    // pd.to_datetime(...).astype(int64) // 10**6, then numpy as above.
    const ColumnProfile& t = profile.columns[1];
    QCOMPARE(t.type, ColumnType::DateTime);
    QCOMPARE(t.count, size_t(4));
    QCOMPARE(t.missing, size_t(2));
    QCOMPARE(t.distinct, size_t(4));
    QCOMPARE(*t.min, 1703980800000.0);
    QCOMPARE(*t.max, 1709251200000.0);
    QCLOSE(*t.mean, 1705374000000.0);
    QCLOSE(*t.std, 2586323784.834374);
    const std::vector<double> tq{1703993760000.0, 1704045600000.0, 1704132000000.0, 1705460400000.0, 1708493040000.0};
    for (size_t k = 0; k < tq.size(); ++k) QCLOSE(t.quantiles[k], tq[k]);
    // Datetimes are not numeric: no correlation entry.
    QCOMPARE(profile.pearson.columns, std::vector<std::string>{"i"});
}

void TestProfile::booleanColumn()
{
    ColumnBuilder builder("b", ColumnType::Boolean);
    for (int v : {1, 0, 1, -1, 1}) {
        if (v < 0)
            builder.appendNull();
        else
            builder.appendBoolean(v == 1);
    }
    const auto table = makeTable({builder.finish()});
    const ColumnProfile column = profileOf(*table).columns[0];
    QCOMPARE(column.count, size_t(4));
    QCOMPARE(column.missing, size_t(1));
    QCOMPARE(column.distinct, size_t(2));
    QCOMPARE(*column.min, 0.0);
    QCOMPARE(*column.max, 1.0);
    QCOMPARE(*column.mean, 0.75);
    QCLOSE(*column.std, 0.5);  // numpy: np.array([1, 0, 1, 1.]).std(ddof=1)
    QVERIFY(column.quantiles.empty());
    const std::vector<std::pair<std::string, size_t>> top{{"true", 3}, {"false", 1}};
    QCOMPARE(column.top, top);
    QCOMPARE(column.histogram.labels, (std::vector<std::string>{"true", "false"}));
}

void TestProfile::categoricalTopValues()
{
    // Dictionary order: red, green, blue, unused. green and blue tie: dictionary order wins.
    const std::vector<int32_t> codes{0, 1, 2, 0, -1, 2, 1, 0, -1};
    std::vector<uint64_t> validity{0};
    for (size_t r = 0; r < codes.size(); ++r)
        if (codes[r] >= 0) validity[0] |= uint64_t{1} << r;
    const auto table =
        makeTable({Column::fromCategorical("color", codes, {"red", "green", "blue", "unused"}, validity)});
    ProfileOptions options;
    options.topCount = 2;
    const ColumnProfile column = profileOf(*table, options).columns[0];
    QCOMPARE(column.count, size_t(7));
    QCOMPARE(column.missing, size_t(2));
    QCOMPARE(column.distinct, size_t(3));
    QVERIFY(!column.min && !column.mean && !column.std);
    QVERIFY(column.quantiles.empty());
    const std::vector<std::pair<std::string, size_t>> top{{"red", 3}, {"green", 2}};
    QCOMPARE(column.top, top);
    QCOMPARE(column.histogram.labels, (std::vector<std::string>{"red", "green"}));
    QCOMPARE(column.histogram.otherCount, size_t(2));
    QCOMPARE(column.histogram.missing, size_t(2));
}

void TestProfile::textTopValues()
{
    ColumnBuilder builder("label", ColumnType::Text);
    for (const char* v : {"stay", "churn", "stay", "", "x", "churn", "stay", "a much longer value than eight"}) {
        if (std::string_view(v).empty())
            builder.appendNull();
        else
            builder.appendText(v);
    }
    builder.appendText("a much longer value than eight");
    const auto table = makeTable({builder.finish()});
    const ColumnProfile column = profileOf(*table).columns[0];
    QCOMPARE(column.count, size_t(8));
    QCOMPARE(column.missing, size_t(1));
    QCOMPARE(column.distinct, size_t(4));
    const std::vector<std::pair<std::string, size_t>> top{
        {"stay", 3}, {"churn", 2}, {"a much longer value than eight", 2}, {"x", 1}};
    QCOMPARE(column.top, top);
    QVERIFY(!column.mean);
}

void TestProfile::allMissingColumn()
{
    ColumnBuilder text("t", ColumnType::Text);
    ColumnBuilder category("c", ColumnType::Categorical);
    ColumnBuilder boolean("b", ColumnType::Boolean);
    for (int i = 0; i < 3; ++i) {
        text.appendNull();
        category.appendNull();
        boolean.appendNull();
    }
    const auto table =
        makeTable({floatColumn("f", {kNaN, kNaN, kNaN}), intColumn("i", {std::nullopt, std::nullopt, std::nullopt}),
                   text.finish(), category.finish(), boolean.finish(), floatColumn("ok", {1, 2, 3})});
    const TableProfile profile = profileOf(*table);
    for (size_t c = 0; c < 5; ++c) {
        const ColumnProfile& column = profile.columns[c];
        QCOMPARE(column.count, size_t(0));
        QCOMPARE(column.missing, size_t(3));
        QCOMPARE(column.distinct, size_t(0));
        QVERIFY(!column.min && !column.max && !column.mean && !column.std);
        QVERIFY(column.quantiles.empty());
        QVERIFY(column.top.empty());
        QCOMPARE(column.histogram.missing, size_t(3));
        QVERIFY(column.histogram.counts.empty());
    }
    // f, i, ok are numeric; every pair with an all-missing column is undefined.
    QCOMPARE(profile.pearson.columns, (std::vector<std::string>{"f", "i", "ok"}));
    QVERIFY(std::isnan(profile.pearson.at(0, 0)));
    QVERIFY(std::isnan(profile.pearson.at(0, 2)));
    QVERIFY(std::isnan(profile.spearman.at(1, 2)));
    QCOMPARE(profile.pearson.at(2, 2), 1.0);
}

void TestProfile::emptyTables()
{
    {
        const auto table = makeTable({});
        const TableProfile profile = profileOf(*table);
        QCOMPARE(profile.rows, size_t(0));
        QVERIFY(profile.columns.empty());
        QVERIFY(profile.pearson.values.empty());
    }
    {
        ColumnBuilder text("t", ColumnType::Text);
        const auto table = makeTable({floatColumn("a", {}), floatColumn("b", {}), text.finish()});
        const TableProfile profile = profileOf(*table);
        QCOMPARE(profile.rows, size_t(0));
        QCOMPARE(profile.columns.size(), size_t(3));
        for (const auto& column : profile.columns) {
            QCOMPARE(column.count, size_t(0));
            QCOMPARE(column.missing, size_t(0));
            QVERIFY(!column.mean);
        }
        QCOMPARE(profile.pearson.values.size(), size_t(4));
        for (double v : profile.pearson.values) QVERIFY(std::isnan(v));
        for (double v : profile.spearman.values) QVERIFY(std::isnan(v));
    }
}

void TestProfile::histogramMatchesComputeHistogram()
{
    std::mt19937_64 rng(3);
    std::normal_distribution<double> normal(5.0, 2.0);
    std::vector<double> values(5000);
    for (size_t i = 0; i < values.size(); ++i) values[i] = i % 37 == 0 ? kNaN : std::round(normal(rng) * 100) / 100;
    std::vector<std::optional<int64_t>> ints(5000);
    for (size_t i = 0; i < ints.size(); ++i) ints[i] = i % 11 == 0 ? std::nullopt : std::optional<int64_t>(rng() % 50);
    const auto table = makeTable({floatColumn("x", values), intColumn("n", ints)});
    for (size_t bins : {1, 7, 20, 64}) {
        ProfileOptions options;
        options.histogramBins = bins;
        const TableProfile profile = profileOf(*table, options);
        for (size_t c = 0; c < 2; ++c) {
            const Histogram expected = computeHistogram(table->column(c), bins, options.topCount);
            const Histogram& actual = profile.columns[c].histogram;
            QCOMPARE(actual.edges, expected.edges);
            QCOMPARE(actual.counts, expected.counts);
            QCOMPARE(actual.missing, expected.missing);
        }
    }
}

void TestProfile::correlations_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<std::vector<double>>("expected");  // row-major 4 x 4 over a, b, c, d
    // pandas 1.5.3: DataFrame({a, b, c, d} as in correlations()).corr(method=...), which uses
    // pairwise complete observations and, for spearman, average ranks re-ranked per pair.
    QTest::newRow("pearson")
        << QString("pearson")
        << std::vector<double>{1.0, 0.9428833989538447, 0.8575658691641723,   0.01992338131694385,  0.9428833989538447,
                               1.0, 0.7757363851543488, -0.31950451319537315, 0.8575658691641723,   0.7757363851543488,
                               1.0, 0.3134796579907859, 0.01992338131694385,  -0.31950451319537315, 0.3134796579907859,
                               1.0};
    QTest::newRow("spearman")
        << QString("spearman")
        << std::vector<double>{
               1.0, 0.9333333333333333,  0.8379507592267863,   -0.03086949110735984, 0.9333333333333333,
               1.0, 0.7780335836645752,  -0.20003306604965967, 0.8379507592267863,   0.7780335836645752,
               1.0, 0.23028505749699174, -0.03086949110735984, -0.20003306604965967, 0.23028505749699174,
               1.0};
}

void TestProfile::correlations()
{
    QFETCH(QString, method);
    QFETCH(std::vector<double>, expected);
    // b misses rows, c has ties, d is int64 with ties and missing rows.
    const auto table = makeTable({floatColumn("a", {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}),
                                  floatColumn("b", {2, kNaN, 1, 5, 4, kNaN, 8, 7.5, 9, 12, kNaN, 11}),
                                  floatColumn("c", {1, 1, 2, 2, 2, 3, 3, 1, 4, 4, 5, 5}),
                                  intColumn("d", {5, 3, std::nullopt, 3, 1, 1, std::nullopt, 0, 2, 2, 7, 3})});
    const TableProfile profile = profileOf(*table);
    const CorrelationMatrix& matrix = method == "pearson" ? profile.pearson : profile.spearman;
    QCOMPARE(matrix.columns, (std::vector<std::string>{"a", "b", "c", "d"}));
    QCOMPARE(matrix.values.size(), size_t(16));
    for (size_t i = 0; i < 4; ++i)
        for (size_t j = 0; j < 4; ++j) QCLOSE(matrix.at(i, j), expected[i * 4 + j]);
}

void TestProfile::constantColumnCorrelationIsNaN()
{
    // 0.1 * 3 / 3 != 0.1 in floating point: the constant must still come out exactly constant.
    const auto table = makeTable({floatColumn("k", {0.1, 0.1, 0.1, 0.1}), floatColumn("x", {1, 2, 3, 5}),
                                  floatColumn("one", {kNaN, kNaN, 7, kNaN}),
                                  // Varies, but is constant on the rows where `y` is present.
                                  floatColumn("z", {1e9, 1e9, 1e9, 4}), floatColumn("y", {1, 2, 3, kNaN})});
    const TableProfile profile = profileOf(*table);
    for (const CorrelationMatrix* m : {&profile.pearson, &profile.spearman}) {
        for (size_t j = 0; j < 5; ++j) {
            QVERIFY(std::isnan(m->at(0, j)));
            QVERIFY(std::isnan(m->at(j, 0)));
            QVERIFY(std::isnan(m->at(2, j)));  // a single value
        }
        QCOMPARE(m->at(1, 1), 1.0);
        QVERIFY(std::isnan(m->at(3, 4)));
        QVERIFY(std::isnan(m->at(4, 3)));
        QVERIFY(!std::isnan(m->at(1, 3)));
    }
    QCOMPARE(*profile.columns[0].std, 0.0);
    QCOMPARE(*profile.columns[0].mean, 0.1);
}

void TestProfile::correlationsOnlyOverNumericColumns()
{
    ColumnBuilder boolean("flag", ColumnType::Boolean);
    ColumnBuilder text("t", ColumnType::Text);
    for (int i = 0; i < 4; ++i) {
        boolean.appendBoolean(i % 2);
        text.appendText("v");
    }
    const auto table =
        makeTable({boolean.finish(), floatColumn("x", {1, 2, 3, 4}), text.finish(), intColumn("n", {4, 3, 2, 1})});
    const TableProfile profile = profileOf(*table);
    QCOMPARE(profile.pearson.columns, (std::vector<std::string>{"x", "n"}));
    QCOMPARE(profile.spearman.columns, (std::vector<std::string>{"x", "n"}));
    QCLOSE(profile.pearson.at(0, 1), -1.0);
    QCLOSE(profile.spearman.at(1, 0), -1.0);
}

// Randomized: many ties, missing values in several columns, present NaNs in a float column;
// compared with the slow, obvious reference implementations above.
void TestProfile::matchesReferenceOnRandomData()
{
    std::mt19937_64 rng(11);
    const size_t rows = 3001;
    const size_t columns = 6;
    std::vector<std::vector<double>> data(columns, std::vector<double>(rows));
    std::vector<ColumnPtr> built;
    for (size_t c = 0; c < columns; ++c) {
        for (size_t r = 0; r < rows; ++r) {
            const double base = c < 3 ? static_cast<double>(rng() % 40) : std::normal_distribution<double>(0, 1)(rng);
            data[c][r] = base + (c > 0 ? 0.3 * data[0][r] : 0.0);
            if (c % 2 == 1 && rng() % 10 == 0) data[c][r] = kNaN;  // missing in columns 1, 3, 5
        }
        if (c == 2) {
            std::vector<std::optional<int64_t>> ints(rows);
            for (size_t r = 0; r < rows; ++r) {
                data[c][r] = std::floor(data[c][r]);
                ints[r] = r % 17 == 0 ? std::nullopt : std::optional<int64_t>(static_cast<int64_t>(data[c][r]));
                if (!ints[r]) data[c][r] = kNaN;
            }
            built.push_back(intColumn("c2", ints));
        } else if (c == 5) {
            // Present NaN values (validity bit set) count as missing too.
            std::vector<double> values = data[c];
            for (size_t r = 0; r < rows; r += 23) values[r] = kNaN, data[c][r] = kNaN;
            built.push_back(Column::fromFloat64("c5", values));
        } else {
            built.push_back(floatColumn("c" + std::to_string(c), data[c]));
        }
    }
    const auto table = makeTable(built);
    const TableProfile profile = profileOf(*table);
    for (size_t c = 0; c < columns; ++c) {
        std::vector<double> present;
        for (double v : data[c])
            if (!std::isnan(v)) present.push_back(v);
        std::sort(present.begin(), present.end());
        const ColumnProfile& column = profile.columns[c];
        QCOMPARE(column.count, present.size());
        QCOMPARE(column.missing, rows - present.size());
        QCOMPARE(column.distinct, size_t(std::unique(present.begin(), present.end()) - present.begin()));
    }
    for (size_t i = 0; i < columns; ++i) {
        for (size_t j = 0; j < columns; ++j) {
            auto [x, y] = completePairs(data[i], data[j]);
            const double pearson = i == j ? 1.0 : referencePearson(x, y);
            const double spearman = i == j ? 1.0 : referencePearson(averageRanks(x), averageRanks(y));
            QVERIFY2(close(profile.pearson.at(i, j), pearson, 1e-10),
                     qPrintable(QString("pearson %1 %2").arg(i).arg(j)));
            QVERIFY2(close(profile.spearman.at(i, j), spearman, 1e-10),
                     qPrintable(QString("spearman %1 %2").arg(i).arg(j)));
        }
    }
}

void TestProfile::sameResultWhateverThreadCount()
{
    // Enough rows for several correlation chunks (65,536 rows each) and sort buckets.
    std::mt19937_64 rng(5);
    const size_t rows = 150000;
    std::vector<ColumnPtr> columns;
    for (size_t c = 0; c < 5; ++c) {
        std::vector<double> values(rows);
        std::vector<uint64_t> validity((rows + 63) / 64, ~uint64_t{0});
        for (size_t r = 0; r < rows; ++r) {
            values[r] = std::normal_distribution<double>(static_cast<double>(c), 3.0)(rng) * 1e3;
            if (c == 1 && r % 3 == 0) values[r] = std::round(values[r]);
            if (c >= 3 && rng() % 50 == 0) validity[r >> 6] &= ~(uint64_t{1} << (r & 63));
        }
        columns.push_back(Column::fromFloat64("f" + std::to_string(c), values, validity));
    }
    std::vector<int32_t> codes(rows);
    for (auto& code : codes) code = static_cast<int32_t>(rng() % 4);
    columns.push_back(Column::fromCategorical("cat", codes, {"a", "b", "c", "d"}));
    const auto table = makeTable(columns);

    ThreadPool one(1);
    ThreadPool two(2);
    ThreadPool three(3);
    std::vector<TableProfile> results;
    for (ThreadPool* pool : {&one, &two, &three, &two}) {
        ProfileOptions options;
        options.pool = pool;
        results.push_back(profileOf(*table, options));
    }
    for (size_t k = 1; k < results.size(); ++k) {
        const TableProfile& a = results[0];
        const TableProfile& b = results[k];
        QCOMPARE(a.columns.size(), b.columns.size());
        for (size_t c = 0; c < a.columns.size(); ++c) {
            const ColumnProfile& x = a.columns[c];
            const ColumnProfile& y = b.columns[c];
            QCOMPARE(x.count, y.count);
            QCOMPARE(x.distinct, y.distinct);
            QVERIFY(identical(x.min, y.min) && identical(x.max, y.max));
            QVERIFY(identical(x.mean, y.mean) && identical(x.std, y.std));
            QCOMPARE(x.quantiles.size(), y.quantiles.size());
            for (size_t q = 0; q < x.quantiles.size(); ++q) QVERIFY(identical(x.quantiles[q], y.quantiles[q]));
            QCOMPARE(x.histogram.counts, y.histogram.counts);
            QCOMPARE(x.top, y.top);
        }
        QCOMPARE(a.pearson.values.size(), size_t(25));
        for (size_t v = 0; v < a.pearson.values.size(); ++v) {
            QVERIFY(identical(a.pearson.values[v], b.pearson.values[v]));
            QVERIFY(identical(a.spearman.values[v], b.spearman.values[v]));
        }
    }
}

void TestProfile::cancelledBeforeStart()
{
    const auto table = makeTable({floatColumn("x", {1, 2, 3}), floatColumn("y", {3, 1, 2})});
    JobContext job;
    job.requestCancel();
    const auto result = profileTable(*table, {}, job);
    QVERIFY(!result.isOk());
    QVERIFY(result.status().isCancelled());
}

void TestProfile::cancelledWhileRunning()
{
    std::vector<ColumnPtr> columns;
    for (int c = 0; c < 4; ++c) {
        std::vector<double> values(300000);
        for (size_t r = 0; r < values.size(); ++r) values[r] = static_cast<double>((r * 7919 + c) % 100003);
        columns.push_back(Column::fromFloat64("x" + std::to_string(c), values));
    }
    const auto table = makeTable(columns);
    for (double at : {0.0, 0.5, 0.85}) {  // in the column pass, in Pearson, in Spearman
        JobContext job;
        job.setObserver([&job, at](double fraction, const std::string&) {
            if (fraction > at) job.requestCancel();
        });
        const auto result = profileTable(*table, {}, job);
        QVERIFY(!result.isOk());
        QVERIFY(result.status().isCancelled());
    }
}

void TestProfile::reportsProgress()
{
    const auto table = makeTable({floatColumn("x", {1, 2, 3}), floatColumn("y", {3, 1, kNaN})});
    JobContext job;
    std::vector<double> seen;
    std::mutex mutex;
    job.setObserver([&](double fraction, const std::string&) {
        std::lock_guard lock(mutex);
        seen.push_back(fraction);
    });
    QVERIFY(profileTable(*table, {}, job).isOk());
    QVERIFY(!seen.empty());
    QCOMPARE(seen.back(), 1.0);
    QCOMPARE(job.progress(), 1.0);
}

void TestProfile::optionsTurnCorrelationsOff()
{
    const auto table = makeTable({floatColumn("x", {1, 2, 3}), floatColumn("y", {3, 1, 2})});
    ProfileOptions options;
    options.spearman = false;
    TableProfile profile = profileOf(*table, options);
    QCOMPARE(profile.pearson.columns.size(), size_t(2));
    QVERIFY(profile.spearman.columns.empty() && profile.spearman.values.empty());
    options.correlations = false;
    profile = profileOf(*table, options);
    QVERIFY(profile.pearson.values.empty() && profile.spearman.values.empty());
    QCOMPARE(profile.columns[1].count, size_t(3));
}

QTEST_GUILESS_MAIN(TestProfile)
#include "test_profile.moc"
