// MainWindow: the workbench's shell: menus, the dataset table, the histogram and log
// docks, the status bar with the running job's progress and Cancel, recent files, drag and
// drop, and the undo stack that every user edit goes through.
#pragma once

#include "core/data/table.h"
#include "core/io/import_types.h"

#include <QMainWindow>
#include <QVariantMap>

class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QToolButton;
class QUndoStack;

namespace mlwb::ui {

class DataView;
class HistogramView;
class JobRunner;
class LogDock;
class ProfilePanel;
class TrainPanel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Loads a data file in the background; the current dataset stays until it succeeds.
    void openDataset(const QString& path, const core::ImportOptions& options = {});

    core::TablePtr currentTable() const { return m_table; }
    QString currentPath() const { return m_path; }
    QString lastError() const { return m_lastError; }
    JobRunner* jobRunner() const { return m_jobs; }
    DataView* dataView() const { return m_dataView; }
    HistogramView* histogramView() const { return m_histogram; }
    ProfilePanel* profilePanel() const { return m_profilePanel; }
    TrainPanel* trainPanel() const { return m_trainPanel; }
    QUndoStack* undoStack() const { return m_undoStack; }
    QToolButton* cancelButton() const { return m_cancelButton; }
    QProgressBar* progressBar() const { return m_progress; }
    QLineEdit* filterEdit() const { return m_filterEdit; }
    // Writes the current dataset as CSV in the background; the result arrives as exportFinished.
    void exportDatasetTo(const QString& path);

    // Used by the undoable "open" command: shows this dataset (or none); the Train and Tune
    // pages' settings (empty when no dataset is shown), and setting them back.
    void showDataset(core::TablePtr table, const QString& path);
    QVariantMap modelPagesState() const;
    void restoreModelPagesState(const QVariantMap& state);

signals:
    void datasetShown(const QString& path);
    void datasetFailed(const QString& message);
    void exportFinished(bool ok, const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createDocks();
    void createStatusBar();
    void restoreLayout();
    void chooseDataset();
    void addRecentFile(const QString& path);
    void rebuildRecentMenu();
    void showAbout();
    void onImported(core::Result<core::ImportResult> result, const QString& path);

    void exportDataset();
    void connectStatusBar(JobRunner* jobs);

    JobRunner* m_jobs;      // loading and saving
    JobRunner* m_viewJobs;  // sorting and filtering the table view, beside a load
    QUndoStack* m_undoStack;
    DataView* m_dataView;
    HistogramView* m_histogram = nullptr;
    LogDock* m_logDock = nullptr;
    ProfilePanel* m_profilePanel = nullptr;
    TrainPanel* m_trainPanel = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QLabel* m_statusLabel = nullptr;
    QProgressBar* m_progress = nullptr;
    QToolButton* m_cancelButton = nullptr;
    QLineEdit* m_filterEdit = nullptr;

    core::TablePtr m_table;
    QString m_path;
    QString m_lastError;
};

}  // namespace mlwb::ui
