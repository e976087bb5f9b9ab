#include "ui/data/data_table_model.h"

#include "ui/data/type_icons.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace mlwb::ui {

DataTableModel::DataTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void DataTableModel::setTable(core::TablePtr table)
{
    beginResetModel();
    m_table = std::move(table);
    m_order.reset();
    endResetModel();
}

void DataTableModel::setRowOrder(std::shared_ptr<const core::RowOrder> order)
{
    const int before = rowCount();
    const int after = order ? static_cast<int>(std::min<size_t>(order->size(), INT_MAX))
                            : (m_table ? static_cast<int>(std::min<size_t>(m_table->rowCount(), INT_MAX)) : 0);
    if (before != after) {
        // A filter changed which rows are shown: a reset is cheaper than row-by-row signals.
        beginResetModel();
        m_order = std::move(order);
        endResetModel();
        return;
    }
    // Same rows, new order: views keep their columns and scroll position.
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_order = std::move(order);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int DataTableModel::sourceRow(int viewRow) const
{
    return m_order ? static_cast<int>((*m_order)[static_cast<size_t>(viewRow)]) : viewRow;
}

int DataTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_table) return 0;
    // Views address rows with int; larger tables show their first INT_MAX rows.
    return static_cast<int>(std::min<size_t>(m_order ? m_order->size() : m_table->rowCount(), INT_MAX));
}

int DataTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_table ? 0 : static_cast<int>(m_table->columnCount());
}

QVariant DataTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_table) return {};
    const auto& column = m_table->column(static_cast<size_t>(index.column()));
    const size_t row = static_cast<size_t>(sourceRow(index.row()));
    const bool missing = column.isMissing(row);
    switch (role) {
    case Qt::DisplayRole: return missing ? tr("NA") : QString::fromStdString(column.displayString(row));
    case Qt::ToolTipRole: return missing ? tr("Missing value") : QVariant();
    case Qt::ForegroundRole:
        if (missing) return QBrush(QColor(0xb0, 0x3a, 0x2e));
        return {};
    case Qt::BackgroundRole:
        if (missing) return QBrush(QColor(0xfb, 0xec, 0xea));
        return {};
    case Qt::FontRole:
        if (missing) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (core::isNumericType(column.type()) && !missing)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case MissingRole: return missing;
    case SourceRowRole: return static_cast<int>(row);
    default: return {};
    }
}

QVariant DataTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_table) return {};
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole) return sourceRow(section) + 1;
        return {};
    }
    if (section < 0 || static_cast<size_t>(section) >= m_table->columnCount()) return {};
    const auto& column = m_table->column(static_cast<size_t>(section));
    switch (role) {
    case Qt::DisplayRole: return QString::fromStdString(column.name());
    case Qt::DecorationRole: return iconForColumnType(column.type());
    case Qt::ToolTipRole:
        return tr("%1\nType: %2\nMissing: %L3 of %L4")
            .arg(QString::fromStdString(column.name()), describeColumnType(column.type()))
            .arg(column.nullCount())
            .arg(column.size());
    default: return {};
    }
}

void DataTableModel::sort(int column, Qt::SortOrder order)
{
    if (!m_table || column < 0) return;
    emit sortRequested(column, order);
}

}  // namespace mlwb::ui
