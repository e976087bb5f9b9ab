#include "ui/data/data_view.h"

#include "core/data/row_filter.h"
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
    m_sortColumn = -1;
    horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_model->setTable(std::move(table));
    if (const auto& shown = m_model->table(); shown && shown->columnCount() > 0) {
        // Start on the first numeric column: its histogram says more than an ID column's.
        int first = 0;
        for (size_t c = 0; c < shown->columnCount(); ++c) {
            if (core::isNumericType(shown->column(c).type())) {
                first = static_cast<int>(c);
                break;
            }
        }
        setCurrentIndex(m_model->index(0, first));
    }
    if (!m_filterText.trimmed().isEmpty()) refreshRowOrder();
}

int DataView::currentColumn() const
{
    return currentIndex().isValid() ? currentIndex().column() : -1;
}

void DataView::sortInBackground(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortAscending = order == Qt::AscendingOrder;
    refreshRowOrder();
}

void DataView::setFilterText(const QString& text)
{
    if (text == m_filterText) return;
    m_filterText = text;
    refreshRowOrder();
}

void DataView::refreshRowOrder()
{
    core::TablePtr table = m_model->table();
    if (!table) return;
    const int sortColumn = m_sortColumn;
    const bool ascending = m_sortAscending;
    const std::string needle = m_filterText.trimmed().toStdString();
    if (sortColumn < 0 && needle.empty()) {
        m_model->setRowOrder(nullptr);
        emit rowsShown(static_cast<qint64>(table->rowCount()), static_cast<qint64>(table->rowCount()));
        return;
    }
    const QString title =
        needle.empty() ? tr("Sorting by %1").arg(QString::fromStdString(table->column(size_t(sortColumn)).name()))
                       : tr("Filtering rows");
    m_jobs->run<core::RowOrder>(
        title,
        [table, sortColumn, ascending, needle](core::JobContext& job) -> core::Result<core::RowOrder> {
            std::optional<core::RowOrder> sorted;
            if (sortColumn >= 0) {
                core::JobContext sortPhase = needle.empty() ? job : job.subRange(0.0, 0.5);
                auto order = core::sortedRowOrder(table->column(size_t(sortColumn)), ascending, sortPhase);
                if (!order.isOk()) return order.status();
                sorted = std::move(order).value();
            }
            if (needle.empty()) return std::move(*sorted);
            core::JobContext filterPhase = sortColumn >= 0 ? job.subRange(0.5, 1.0) : job;
            return core::rowsContaining(*table, needle, sorted ? &*sorted : nullptr, filterPhase);
        },
        [this, table](core::Result<core::RowOrder> result) {
            if (!result.isOk() || table != m_model->table()) return;
            m_model->setRowOrder(std::make_shared<const core::RowOrder>(std::move(result).value()));
            emit rowsShown(m_model->rowCount(), static_cast<qint64>(table->rowCount()));
        },
        this);
}

}  // namespace mlwb::ui
