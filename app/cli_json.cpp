#include "cli_json.h"

#include "core/data/column.h"

#include <QJsonArray>

#include <cmath>
#include <sstream>

namespace mlwb::cli {

namespace {

QJsonValue number(const std::optional<double>& value)
{
    if (!value || !std::isfinite(*value)) return QJsonValue::Null;
    return *value;
}

QString delimiterName(char delimiter)
{
    if (delimiter == 0) return {};
    return QString(QChar(delimiter));
}

QJsonObject columnToJson(const core::ColumnProfile& column)
{
    QJsonObject object;
    object["name"] = QString::fromStdString(column.name);
    object["type"] = core::columnKindName(column.type);
    object["storage"] = core::columnTypeName(column.type);
    object["count"] = static_cast<qint64>(column.count);
    object["missing"] = static_cast<qint64>(column.missing);
    object["distinct"] = static_cast<qint64>(column.distinct);
    if (column.min) {
        object["min"] = number(column.min);
        object["max"] = number(column.max);
        object["mean"] = number(column.mean);
        object["std"] = number(column.std);
    }
    if (!column.quantiles.empty()) {
        QJsonObject quantiles;
        const auto& levels = core::quantileLevels();
        for (size_t i = 0; i < column.quantiles.size() && i < levels.size(); ++i)
            quantiles[QString::number(levels[i])] = column.quantiles[i];
        object["quantiles"] = quantiles;
    }
    if (!column.top.empty()) {
        QJsonArray top;
        for (const auto& [value, count] : column.top)
            top.append(QJsonArray{QString::fromStdString(value), static_cast<qint64>(count)});
        object["top"] = top;
    }
    return object;
}

}  // namespace

QJsonObject inspectionToJson(const std::string& file, const core::ImportResult& imported,
                             const core::TableProfile& profile)
{
    QJsonObject object;
    object["file"] = QString::fromStdString(file);
    object["format"] = QString::fromStdString(imported.format);
    object["rows"] = static_cast<qint64>(imported.table->rowCount());
    object["encoding"] = QString::fromStdString(imported.encoding);
    object["delimiter"] = delimiterName(imported.delimiter);
    object["header"] = imported.hasHeader;
    object["decimal_comma"] = imported.decimalComma;
    object["skipped_rows"] = static_cast<qint64>(imported.skippedRows);
    QJsonArray columns;
    for (const auto& column : profile.columns) columns.append(columnToJson(column));
    object["columns"] = columns;
    QJsonArray warnings;
    for (const auto& warning : imported.warnings) warnings.append(QString::fromStdString(warning));
    object["warnings"] = warnings;
    return object;
}

std::string inspectionToText(const std::string& file, const core::ImportResult& imported,
                             const core::TableProfile& profile)
{
    std::ostringstream out;
    out << file << ": " << imported.format << ", " << imported.table->rowCount() << " rows, "
        << imported.table->columnCount() << " columns";
    if (!imported.encoding.empty()) out << ", " << imported.encoding;
    if (imported.delimiter == '\t')
        out << ", tab-delimited";
    else if (imported.delimiter)
        out << ", delimiter '" << imported.delimiter << "'";
    out << "\n\n";
    for (const auto& column : profile.columns) {
        out << "  " << column.name << "  [" << core::columnKindName(column.type) << "]  missing " << column.missing
            << ", distinct " << column.distinct;
        if (column.min && column.mean) {
            // Datetimes are stored as milliseconds; show them as dates.
            const auto show = [&](double value) {
                return column.type == core::ColumnType::DateTime
                           ? core::formatDateTime(static_cast<int64_t>(std::llround(value)))
                           : core::formatDouble(value);
            };
            out << ", min " << show(*column.min) << ", max " << show(*column.max) << ", mean " << show(*column.mean);
        }
        if (!column.top.empty()) {
            out << ", top:";
            for (size_t i = 0; i < column.top.size() && i < 3; ++i)
                out << " " << column.top[i].first << " (" << column.top[i].second << ")";
        }
        out << "\n";
    }
    for (const auto& warning : imported.warnings) out << "warning: " << warning << "\n";
    if (imported.skippedRows) out << "skipped rows: " << imported.skippedRows << "\n";
    return out.str();
}

}  // namespace mlwb::cli
