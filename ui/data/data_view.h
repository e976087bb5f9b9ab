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
    DataTableModel* dataModel() const { return m_model; }
    int currentColumn() const;

signals:
    void currentColumnChanged(int column);

private:
    void sortInBackground(int column, Qt::SortOrder order);

    JobRunner* m_jobs;
    DataTableModel* m_model;
    int m_lastColumn = -1;
};

}  // namespace mlwb::ui
