#include "ui/data/profile_model.h"

#include "ui/data/type_icons.h"

#include <QLocale>

#include <cmath>

namespace mlwb::ui {

namespace {

QString formatStatistic(const std::optional<double>& value, core::ColumnType type)
{
    if (!value || !std::isfinite(*value)) return QStringLiteral("—");
    if (type == core::ColumnType::DateTime)
        return QString::fromStdString(core::formatDateTime(static_cast<int64_t>(std::llround(*value))));
    return QLocale().toString(*value, 'g', 6);
}

double medianOf(const core::ColumnProfile& column)
{
    // quantileLevels() holds 0.5; find it rather than assume its position.
    const auto& levels = core::quantileLevels();
    for (size_t i = 0; i < levels.size() && i < column.quantiles.size(); ++i)
        if (levels[i] == 0.5) return column.quantiles[i];
    return NAN;
}

}  // namespace

ProfileModel::ProfileModel(QObject* parent) : QAbstractTableModel(parent) {}

void ProfileModel::setProfile(std::shared_ptr<const core::TableProfile> profile)
{
    beginResetModel();
    m_profile = std::move(profile);
    endResetModel();
}

int ProfileModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_profile ? 0 : static_cast<int>(m_profile->columns.size());
}

int ProfileModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProfileModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_profile) return {};
    const core::ColumnProfile& column = m_profile->columns[static_cast<size_t>(index.row())];
    const double median = medianOf(column);
    const std::optional<double> medianValue = std::isnan(median) ? std::nullopt : std::optional<double>(median);
    if (role == HistogramRole && index.column() == Distribution) {
        QVariantList counts;
        for (size_t count : column.histogram.counts) counts << static_cast<qulonglong>(count);
        return counts;
    }
    if (role == Qt::DecorationRole && index.column() == Name) return iconForColumnType(column.type);
    if (role == Qt::TextAlignmentRole && index.column() >= Missing && index.column() <= Max)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Distribution && !column.top.empty()) {
        QStringList lines;
        for (const auto& [value, count] : column.top)
            lines << QStringLiteral("%1: %L2").arg(QString::fromStdString(value)).arg(count);
        return lines.join('\n');
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Missing: return static_cast<qulonglong>(column.missing);
        case Distinct: return static_cast<qulonglong>(column.distinct);
        case Mean: return column.mean.value_or(NAN);
        case Std: return column.std.value_or(NAN);
        case Min: return column.min.value_or(NAN);
        case Median: return median;
        case Max: return column.max.value_or(NAN);
        default: break;
        }
        role = Qt::DisplayRole;
    }
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
    case Name: return QString::fromStdString(column.name);
    case Type: return describeColumnType(column.type);
    case Missing: {
        const size_t total = column.count + column.missing;
        if (column.missing == 0) return QStringLiteral("0");
        return tr("%L1 (%2%)").arg(column.missing).arg(100.0 * double(column.missing) / double(total), 0, 'f', 1);
    }
    case Distinct: return QLocale().toString(static_cast<qulonglong>(column.distinct));
    case Mean: return formatStatistic(column.mean, column.type);
    case Std:
        return column.type == core::ColumnType::DateTime ? QStringLiteral("—")
                                                         : formatStatistic(column.std, column.type);
    case Min: return formatStatistic(column.min, column.type);
    case Median: return formatStatistic(medianValue, column.type);
    case Max: return formatStatistic(column.max, column.type);
    case Distribution:
        if (!column.top.empty()) return tr("top: %1").arg(QString::fromStdString(column.top.front().first));
        return {};
    default: return {};
    }
}

QVariant ProfileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Name: return tr("Column");
    case Type: return tr("Type");
    case Missing: return tr("Missing");
    case Distinct: return tr("Distinct");
    case Mean: return tr("Mean");
    case Std: return tr("Std. dev.");
    case Min: return tr("Min");
    case Median: return tr("Median");
    case Max: return tr("Max");
    case Distribution: return tr("Distribution");
    default: return {};
    }
}

}  // namespace mlwb::ui
