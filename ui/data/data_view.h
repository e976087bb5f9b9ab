// DataView: the dataset table: a QTableView over DataTableModel, sorting through a row
// permutation computed as a background job. Emits the column the user is looking at.
#pragma once

#include "core/data/table.h"

#include <QTableView>

namespace mlwb::ui {

class DataTableModel;
class JobRunner;

class DataView : public QTableView {
    Q_OBJECT
public:
    DataView(JobRunner* jobs, QWidget* parent = nullptr);

    void setTable(core::TablePtr table);
    // Shows only rows with a cell containing `text` (ignoring case); "" shows all rows.
    void setFilterText(const QString& text);
    QString filterText() const { return m_filterText; }
    DataTableModel* dataModel() const { return m_model; }
    int currentColumn() const;

signals:
    void currentColumnChanged(int column);
    // After a sort or filter finished: how many rows are shown of how many.
    void rowsShown(qint64 shown, qint64 total);

private:
    void sortInBackground(int column, Qt::SortOrder order);
    void refreshRowOrder();

    JobRunner* m_jobs;
    DataTableModel* m_model;
    int m_lastColumn = -1;
    int m_sortColumn = -1;
    bool m_sortAscending = true;
    QString m_filterText;
};

}  // namespace mlwb::ui
