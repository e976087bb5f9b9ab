// ImportDialog: shown before a file is loaded from File > Open Dataset. It previews the
// first rows as they will be read, shows the detected dialect, and lets the user override
// the delimiter, encoding, header, missing-value tokens, leniency, a column's type, or
// (for SQLite) the table or query. The preview is read on a worker thread.
#pragma once

#include "core/io/import_types.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTableWidget;
class QTimer;

namespace mlwb::ui {

class DataTableModel;
class JobRunner;

class ImportDialog : public QDialog {
    Q_OBJECT
public:
    ImportDialog(const QString& path, QWidget* parent = nullptr);

    // The options the user chose (type overrides included).
    core::ImportOptions options() const;
    // Rows in the current preview, -1 while it is being read or when it failed.
    int previewRowCount() const;
    QString previewError() const { return m_previewError; }
    QTableWidget* columnTypes() const { return m_columns; }

    // For tests: how many rows the preview reads.
    static constexpr size_t kPreviewRows = 200;

signals:
    void previewUpdated();

private:
    core::ImportOptions optionsWithoutOverrides() const;
    void schedulePreview();
    void runPreview();
    // SQLite: the file's tables, read in the background; the preview follows.
    void listTables();
    void showPreview(const core::ImportResult& result);
    void showPreviewError(const QString& message);

    QString m_path;
    std::string m_format;
    QComboBox* m_delimiter = nullptr;
    QComboBox* m_encoding = nullptr;
    QComboBox* m_header = nullptr;
    QLineEdit* m_naTokens = nullptr;
    QCheckBox* m_lenient = nullptr;
    QComboBox* m_sqliteTable = nullptr;
    QLineEdit* m_sqliteQuery = nullptr;
    QLabel* m_detected = nullptr;
    QTableView* m_preview = nullptr;
    DataTableModel* m_previewModel = nullptr;
    QTableWidget* m_columns = nullptr;
    QTimer* m_debounce = nullptr;
    JobRunner* m_jobs = nullptr;  // the preview and the table list: one at a time, cancellable
    QString m_previewError;
};

}  // namespace mlwb::ui
