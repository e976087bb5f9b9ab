#include "ui/main/main_window.h"

#include "core/base/version.h"
#include "core/io/export/csv_writer.h"
#include "core/io/import.h"
#include "ui/charts/histogram_view.h"
#include "ui/data/data_view.h"
#include "ui/data/import_dialog.h"
#include "ui/data/profile_panel.h"
#include "ui/jobs/job_runner.h"
#include "ui/main/log_dock.h"
#include "ui/main/open_dataset_command.h"
#include "ui/models/train_panel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace mlwb::ui {

namespace {
constexpr int kMaxRecentFiles = 10;
const char* const kRecentFilesKey = "recentFiles";
}  // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      m_jobs(new JobRunner(this)),
      m_viewJobs(new JobRunner(this)),
      m_undoStack(new QUndoStack(this)),
      m_dataView(new DataView(m_viewJobs, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("ML Workbench"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/mlwb.svg")));
    setAcceptDrops(true);
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("filterEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter rows: show rows with a cell containing…"));
    m_filterEdit->setClearButtonEnabled(true);
    auto* filterDelay = new QTimer(this);
    filterDelay->setSingleShot(true);
    filterDelay->setInterval(300);  // filter once the user pauses typing, not on every key
    connect(m_filterEdit, &QLineEdit::textChanged, filterDelay, qOverload<>(&QTimer::start));
    connect(filterDelay, &QTimer::timeout, this, [this] { m_dataView->setFilterText(m_filterEdit->text()); });
    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(2);
    centralLayout->addWidget(m_filterEdit);
    centralLayout->addWidget(m_dataView, 1);
    setCentralWidget(central);
    createDocks();
    createActions();
    createStatusBar();
    restoreLayout();

    connect(m_dataView, &DataView::currentColumnChanged, this,
            [this](int column) { m_histogram->showColumn(m_table, column); });
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    auto* histogramDock = new QDockWidget(tr("Histogram"), this);
    histogramDock->setObjectName(QStringLiteral("histogramDock"));
    m_histogram = new HistogramView(histogramDock);
    histogramDock->setWidget(m_histogram);
    addDockWidget(Qt::RightDockWidgetArea, histogramDock);

    // No "&" in dock titles: tab bars and the View menu would read it as a shortcut marker.
    auto* trainDock = new QDockWidget(tr("Train and Evaluate"), this);
    trainDock->setObjectName(QStringLiteral("trainDock"));
    m_trainPanel = new TrainPanel(trainDock);
    m_trainPanel->setUndoStack(m_undoStack);  // its settings are edits like opening a dataset
    trainDock->setWidget(m_trainPanel);
    addDockWidget(Qt::RightDockWidgetArea, trainDock);
    tabifyDockWidget(histogramDock, trainDock);
    histogramDock->raise();

    auto* profileDock = new QDockWidget(tr("Profile"), this);
    profileDock->setObjectName(QStringLiteral("profileDock"));
    m_profilePanel = new ProfilePanel(profileDock);
    profileDock->setWidget(m_profilePanel);
    addDockWidget(Qt::BottomDockWidgetArea, profileDock);

    m_logDock = new LogDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);
    tabifyDockWidget(profileDock, m_logDock);
    profileDock->raise();

    connect(m_profilePanel, &ProfilePanel::columnActivated, this, [this](int column) {
        auto* model = m_dataView->model();
        const QModelIndex current = m_dataView->currentIndex();
        m_dataView->setCurrentIndex(model->index(current.isValid() ? current.row() : 0, column));
    });
}

void MainWindow::createActions()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* openAction = fileMenu->addAction(tr("&Open Dataset..."), this, &MainWindow::chooseDataset);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    QAction* exportAction = fileMenu->addAction(tr("&Export as CSV..."), this, &MainWindow::exportDataset);
    exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    fileMenu->addSeparator();
    QAction* quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);

    QMenu* editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction* undoAction = m_undoStack->createUndoAction(this, tr("&Undo"));
    undoAction->setShortcuts(QKeySequence::Undo);
    QAction* redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
    // Every binding of the platform: Ctrl+Shift+Z, and Ctrl+Y where that is the custom.
    redoAction->setShortcuts(QKeySequence::Redo);
    editMenu->addAction(undoAction);
    editMenu->addAction(redoAction);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget* dock : findChildren<QDockWidget*>()) m_viewMenu->addAction(dock->toggleViewAction());

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About ML Workbench"), this, &MainWindow::showAbout);
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::createStatusBar()
{
    m_statusLabel = new QLabel(tr("Open a dataset with File > Open Dataset, or drop a file here."), this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_cancelButton = new QToolButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelJobButton"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop the running job"));
    m_cancelButton->hide();
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);

    connectStatusBar(m_jobs);
    connectStatusBar(m_viewJobs);
    connect(m_dataView, &DataView::rowsShown, this, [this](qint64 shown, qint64 total) {
        if (shown == total)
            m_statusLabel->setText(tr("%L1 rows").arg(total));
        else
            m_statusLabel->setText(tr("Showing %L1 of %L2 rows").arg(shown).arg(total));
    });
}

void MainWindow::connectStatusBar(JobRunner* jobs)
{
    connect(m_cancelButton, &QToolButton::clicked, jobs, &JobRunner::cancel);
    connect(jobs, &JobRunner::jobStarted, this, [this](const QString& title) {
        m_statusLabel->setText(title + QStringLiteral("…"));
        m_progress->setValue(0);
        m_progress->show();
        m_cancelButton->show();
        m_cancelButton->setEnabled(true);
    });
    connect(jobs, &JobRunner::progressChanged, this, [this](double fraction, const QString& message) {
        m_progress->setValue(static_cast<int>(fraction * 1000));
        if (!message.isEmpty()) m_statusLabel->setText(message);
    });
    connect(jobs, &JobRunner::jobFinished, this, [this](bool ok, bool cancelled, const QString& message) {
        if (m_jobs->isBusy() || m_viewJobs->isBusy()) return;  // the other runner still works
        m_progress->hide();
        m_cancelButton->hide();
        if (cancelled)
            m_statusLabel->setText(tr("Cancelled."));
        else if (!ok)
            m_statusLabel->setText(tr("Failed: %1").arg(message));
    });
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) resize(1200, 760);
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray())) {
        // First start: give the histogram room for its axis labels and the table most of the height.
        resizeDocks({findChild<QDockWidget*>(QStringLiteral("histogramDock"))}, {400}, Qt::Horizontal);
        resizeDocks({findChild<QDockWidget*>(QStringLiteral("profileDock"))}, {260}, Qt::Vertical);
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_jobs->cancel();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const auto urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile()) return;
    event->acceptProposedAction();
    openDataset(urls.first().toLocalFile());
}

void MainWindow::chooseDataset()
{
    QSettings settings;
    const QString start = settings.value(QStringLiteral("lastDirectory")).toString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Dataset"), start,
        tr("Data files (*.csv *.tsv *.tab *.txt *.arff *.sqlite *.sqlite3 *.db);;All files (*)"));
    if (path.isEmpty()) return;
    settings.setValue(QStringLiteral("lastDirectory"), QFileInfo(path).absolutePath());
    ImportDialog dialog(path, this);
    if (dialog.exec() != QDialog::Accepted) return;
    openDataset(path, dialog.options());
}

void MainWindow::openDataset(const QString& path, const core::ImportOptions& options)
{
    const std::string file = path.toStdString();
    m_lastError.clear();
    m_jobs->run<core::ImportResult>(
        tr("Loading %1").arg(QFileInfo(path).fileName()),
        [file, options](core::JobContext& job) { return core::importFile(file, options, job); },
        [this, path](core::Result<core::ImportResult> result) { onImported(std::move(result), path); }, this);
}

void MainWindow::onImported(core::Result<core::ImportResult> result, const QString& path)
{
    if (!result.isOk()) {
        if (result.status().isCancelled()) return;
        m_lastError = QString::fromStdString(result.status().message());
        emit datasetFailed(m_lastError);
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Cannot open dataset"),
                                    tr("The dataset could not be opened."), QMessageBox::Ok, this);
        box->setInformativeText(m_lastError);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();  // not exec(): the window keeps running while the message is up
        return;
    }
    const core::ImportResult& imported = result.value();
    for (const auto& warning : imported.warnings) spdlog::warn("{}: {}", path.toStdString(), warning);
    m_undoStack->push(new OpenDatasetCommand(this, m_table, m_path, imported.table, path));
    addRecentFile(path);
    QString status = tr("%1: %L2 rows × %L3 columns")
                         .arg(QFileInfo(path).fileName())
                         .arg(imported.table->rowCount())
                         .arg(imported.table->columnCount());
    if (!imported.warnings.empty()) status += tr(" (%n warning(s), see the Log)", "", int(imported.warnings.size()));
    m_statusLabel->setText(status);
}

void MainWindow::showDataset(core::TablePtr table, const QString& path)
{
    m_table = std::move(table);
    m_path = path;
    setWindowTitle(path.isEmpty() ? tr("ML Workbench") : tr("%1 — ML Workbench").arg(QFileInfo(path).fileName()));
    m_dataView->setTable(m_table);
    m_histogram->showColumn(m_table, m_dataView->currentColumn());
    m_profilePanel->setTable(m_table);
    m_trainPanel->setTable(m_table);
    emit datasetShown(path);
}

QVariantMap MainWindow::modelPagesState() const
{
    return m_table ? m_trainPanel->pageState() : QVariantMap();
}

void MainWindow::restoreModelPagesState(const QVariantMap& state)
{
    if (m_table) m_trainPanel->restorePageState(state);
}

void MainWindow::exportDataset()
{
    if (!m_table) {
        m_statusLabel->setText(tr("Open a dataset first: there is nothing to export."));
        return;
    }
    QSettings settings;
    const QString suggested = QFileInfo(QFileInfo(m_path).absolutePath(),
                                        QFileInfo(m_path).completeBaseName() + QStringLiteral("-export.csv"))
                                  .filePath();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export as CSV"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty()) exportDatasetTo(path);
}

void MainWindow::exportDatasetTo(const QString& path)
{
    core::TablePtr table = m_table;
    if (!table) return;
    const std::string file = path.toStdString();
    m_jobs->run<bool>(
        tr("Exporting %1").arg(QFileInfo(path).fileName()),
        [table, file](core::JobContext& job) -> core::Result<bool> {
            const core::Status status = core::writeCsvFile(*table, file, core::CsvWriteOptions{}, job);
            if (!status.isOk()) return status;
            return true;
        },
        [this, path](core::Result<bool> result) {
            if (result.isOk()) {
                m_statusLabel->setText(tr("Exported %L1 rows to %2").arg(m_table ? m_table->rowCount() : 0).arg(path));
                emit exportFinished(true, path);
            } else {
                const QString message = QString::fromStdString(result.status().message());
                if (!result.status().isCancelled()) {
                    auto* box =
                        new QMessageBox(QMessageBox::Warning, tr("Cannot export"), message, QMessageBox::Ok, this);
                    box->setAttribute(Qt::WA_DeleteOnClose);
                    box->open();
                }
                emit exportFinished(false, message);
            }
        },
        this);
}

void MainWindow::addRecentFile(const QString& path)
{
    QSettings settings;
    QStringList files = settings.value(kRecentFilesKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecentFiles) files.removeLast();
    settings.setValue(kRecentFilesKey, files);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = QSettings().value(kRecentFilesKey).toStringList();
    for (const QString& file : files) {
        m_recentMenu->addAction(QFileInfo(file).fileName(), this, [this, file] { openDataset(file); })
            ->setToolTip(file);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::showAbout()
{
    QString versions;
    for (const auto& [library, version] : core::libraryVersions())
        versions +=
            QStringLiteral("<li>%1 %2</li>").arg(QString::fromStdString(library), QString::fromStdString(version));
    QMessageBox::about(this, tr("About ML Workbench"),
                       tr("<h3>ML Workbench %1</h3><p>Explore data, build pipelines and compare models, all on "
                          "your own machine.</p><p>Built with:</p><ul>%2</ul>")
                           .arg(QString::fromStdString(core::versionString()), versions));
}

}  // namespace mlwb::ui
