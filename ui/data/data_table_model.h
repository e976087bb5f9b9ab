// DataTableModel: a QAbstractTableModel that reads a core::Table's columns directly (no
// copy), in the order of an optional row permutation. Used by DataView; sorting is asked
// of the owner through sortRequested() because computing an order is a background job.
#pragma once

#include "core/data/row_order.h"
#include "core/data/table.h"

#include <QAbstractTableModel>

#include <memory>

namespace mlwb::ui {

class DataTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int MissingRole = Qt::UserRole + 1;    // bool: the cell has no value
    static constexpr int SourceRowRole = Qt::UserRole + 2;  // int: the row in the table

    explicit DataTableModel(QObject* parent = nullptr);

    void setTable(core::TablePtr table);
    const core::TablePtr& table() const { return m_table; }

    // Shows these rows in this order (nullptr = all rows in the table's own order). The
    // order may hold fewer rows than the table: that is how a filter shows.
    void setRowOrder(std::shared_ptr<const core::RowOrder> order);
    int sourceRow(int viewRow) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

signals:
    void sortRequested(int column, Qt::SortOrder order);

private:
    core::TablePtr m_table;
    std::shared_ptr<const core::RowOrder> m_order;
};

}  // namespace mlwb::ui
