#include "ui/data/data_view.h"

#include "core/data/row_order.h"
#include "ui/data/data_table_model.h"
#include "ui/jobs/job_runner.h"

#include <QHeaderView>

namespace mlwb::ui {

DataView::DataView(JobRunner* jobs, QWidget* parent)
    : QTableView(parent), m_jobs(jobs), m_model(new DataTableModel(this))
{
    setObjectName(QStringLiteral("dataView"));
    setModel(m_model);
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    horizontalHeader()->setSortIndicatorShown(true);
    horizontalHeader()->setSectionsClickable(true);
    horizontalHeader()->setDefaultSectionSize(110);
    // Uniform row heights let the view skip measuring rows: scrolling 1M rows stays smooth.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);

    connect(m_model, &DataTableModel::sortRequested, this, &DataView::sortInBackground);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& current) {
        const int column = current.isValid() ? current.column() : -1;
        if (column != m_lastColumn) {
            m_lastColumn = column;
            emit currentColumnChanged(column);
        }
    });
}

void DataView::setTable(core::TablePtr table)
{
    m_lastColumn = -1;
    horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_model->setTable(std::move(table));
    if (m_model->columnCount() > 0) setCurrentIndex(m_model->index(0, 0));
}

int DataView::currentColumn() const
{
    return currentIndex().isValid() ? currentIndex().column() : -1;
}

void DataView::sortInBackground(int column, Qt::SortOrder order)
{
    core::TablePtr table = m_model->table();
    if (!table) return;
    auto columnPtr = table->columnPtr(static_cast<size_t>(column));
    const bool ascending = order == Qt::AscendingOrder;
    m_jobs->run<core::RowOrder>(
        tr("Sorting by %1").arg(QString::fromStdString(columnPtr->name())),
        [columnPtr, ascending](core::JobContext& job) { return core::sortedRowOrder(*columnPtr, ascending, job); },
        [this, table](core::Result<core::RowOrder> result) {
            if (!result.isOk() || table != m_model->table()) return;
            m_model->setRowOrder(std::make_shared<const core::RowOrder>(std::move(result).value()));
        },
        this);
}

}  // namespace mlwb::ui
