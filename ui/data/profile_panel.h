// ProfilePanel: the Profile dock: every column's statistics and a small histogram, computed
// by core::profileTable on a worker thread whenever the dataset changes, with its own
// progress line and Cancel (it runs beside other jobs such as sorting).
#pragma once

#include "core/data/table.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QTableView;
class QToolButton;

namespace mlwb::ui {

class JobRunner;
class ProfileModel;

class ProfilePanel : public QWidget {
    Q_OBJECT
public:
    explicit ProfilePanel(QWidget* parent = nullptr);

    void setTable(const core::TablePtr& table);
    ProfileModel* profileModel() const { return m_model; }
    QTableView* view() const { return m_view; }
    JobRunner* jobRunner() const { return m_jobs; }

signals:
    void profileReady();
    // The user double-clicked a column's row.
    void columnActivated(int column);

private:
    JobRunner* m_jobs;
    ProfileModel* m_model;
    QTableView* m_view;
    QLabel* m_status;
    QProgressBar* m_progress;
    QToolButton* m_cancel;
};

}  // namespace mlwb::ui
