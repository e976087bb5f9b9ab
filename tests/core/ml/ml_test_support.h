// Small builders shared by the model tests: Eigen matrices from row-major literals and
// one-column helpers with NaN/"" meaning missing.
#pragma once

#include "core/data/column_builder.h"
#include "core/data/table.h"
#include "core/ml/matrix.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

namespace mlwb::core::ml::testing {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Values as numpy prints a C-ordered array (row after row).
inline Matrix rowMajor(const std::vector<double>& values, Eigen::Index cols)
{
    const Eigen::Index rows = static_cast<Eigen::Index>(values.size()) / cols;
    Matrix m(rows, cols);
    for (Eigen::Index i = 0; i < rows; ++i)
        for (Eigen::Index j = 0; j < cols; ++j) m(i, j) = values[static_cast<size_t>(i * cols + j)];
    return m;
}

inline Vector vec(const std::vector<double>& values)
{
    return Eigen::Map<const Vector>(values.data(), static_cast<Eigen::Index>(values.size()));
}

inline ColumnPtr floatColumn(const std::string& name, const std::vector<double>& values)
{
    ColumnBuilder b(name, ColumnType::Float64);
    for (double v : values) std::isnan(v) ? b.appendNull() : b.appendFloat64(v);
    return b.finish();
}

inline ColumnPtr intColumn(const std::string& name, const std::vector<int64_t>& values)
{
    ColumnBuilder b(name, ColumnType::Int64);
    for (int64_t v : values) b.appendInt64(v);
    return b.finish();
}

// "" = missing.
inline ColumnPtr categoryColumn(const std::string& name, const std::vector<std::string>& values)
{
    ColumnBuilder b(name, ColumnType::Categorical);
    for (const auto& v : values) v.empty() ? b.appendNull() : b.appendCategory(v);
    return b.finish();
}

inline ColumnPtr textColumn(const std::string& name, const std::vector<std::string>& values)
{
    ColumnBuilder b(name, ColumnType::Text);
    for (const auto& v : values) v.empty() ? b.appendNull() : b.appendText(v);
    return b.finish();
}

// -1 = missing.
inline ColumnPtr boolColumn(const std::string& name, const std::vector<int>& values)
{
    ColumnBuilder b(name, ColumnType::Boolean);
    for (int v : values) v < 0 ? b.appendNull() : b.appendBoolean(v != 0);
    return b.finish();
}

inline TablePtr makeTable(std::vector<ColumnPtr> columns)
{
    auto table = Table::make(std::move(columns));
    if (!table.isOk()) qFatal("%s", table.status().message().c_str());
    return *table;
}

#define MLWB_COMPARE_NEAR(actual, expected, tolerance)                      \
    do {                                                                    \
        const double a_ = (actual);                                         \
        const double e_ = (expected);                                       \
        if (!(std::abs(a_ - e_) <= (tolerance)))                            \
            QFAIL(qPrintable(QString("%1 = %2, expected %3 (tolerance %4)") \
                                 .arg(#actual)                              \
                                 .arg(a_, 0, 'g', 17)                       \
                                 .arg(e_, 0, 'g', 17)                       \
                                 .arg(tolerance)));                         \
    } while (0)

}  // namespace mlwb::core::ml::testing
