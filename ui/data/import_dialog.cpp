#include "ui/data/import_dialog.h"

#include "core/io/import.h"
#include "core/io/sqlite/sqlite_reader.h"
#include "ui/data/data_table_model.h"
#include "ui/data/type_icons.h"
#include "ui/jobs/job_runner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

namespace mlwb::ui {

namespace {

// Column-type choices in the override combo; index 0 keeps the detected type.
const core::ColumnType kTypeChoices[] = {core::ColumnType::Float64, core::ColumnType::Int64,
                                         core::ColumnType::Boolean, core::ColumnType::Categorical,
                                         core::ColumnType::Text,    core::ColumnType::DateTime};

QString describeDelimiter(char delimiter)
{
    switch (delimiter) {
    case ',': return ImportDialog::tr("comma");
    case ';': return ImportDialog::tr("semicolon");
    case '\t': return ImportDialog::tr("tab");
    case '|': return ImportDialog::tr("pipe");
    case 0: return {};
    default: return QStringLiteral("'%1'").arg(QChar(delimiter));
    }
}

}  // namespace

ImportDialog::ImportDialog(const QString& path, QWidget* parent)
    : QDialog(parent), m_path(path), m_format(core::detectFormat(path.toStdString())), m_jobs(new JobRunner(this))
{
    m_jobs->setRoutine(true);
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import %1").arg(QFileInfo(path).fileName()));
    resize(900, 620);

    auto* form = new QFormLayout();
    const bool delimited = m_format == "csv" || m_format == "tsv";
    if (delimited) {
        m_delimiter = new QComboBox(this);
        m_delimiter->setObjectName(QStringLiteral("delimiterCombo"));
        m_delimiter->addItem(tr("Detect"), QVariant());
        m_delimiter->addItem(tr("Comma ( , )"), QVariant(int(',')));
        m_delimiter->addItem(tr("Semicolon ( ; )"), QVariant(int(';')));
        m_delimiter->addItem(tr("Tab"), QVariant(int('\t')));
        m_delimiter->addItem(tr("Pipe ( | )"), QVariant(int('|')));
        form->addRow(tr("&Delimiter:"), m_delimiter);

        m_encoding = new QComboBox(this);
        m_encoding->setObjectName(QStringLiteral("encodingCombo"));
        m_encoding->addItem(tr("Detect"), QString());
        m_encoding->addItem(QStringLiteral("UTF-8"), QStringLiteral("utf-8"));
        m_encoding->addItem(QStringLiteral("Latin-1 (ISO-8859-1)"), QStringLiteral("latin-1"));
        m_encoding->addItem(QStringLiteral("Windows-1252"), QStringLiteral("windows-1252"));
        form->addRow(tr("&Encoding:"), m_encoding);

        m_header = new QComboBox(this);
        m_header->setObjectName(QStringLiteral("headerCombo"));
        m_header->addItem(tr("Detect"), QVariant());
        m_header->addItem(tr("First row holds column names"), QVariant(true));
        m_header->addItem(tr("First row is data"), QVariant(false));
        form->addRow(tr("&Header:"), m_header);

        m_naTokens = new QLineEdit(this);
        m_naTokens->setObjectName(QStringLiteral("naTokensEdit"));
        QStringList tokens;
        for (const auto& token : core::defaultNaTokens())
            if (!token.empty()) tokens << QString::fromStdString(token);
        m_naTokens->setText(tokens.join(QStringLiteral(", ")));
        m_naTokens->setToolTip(tr("Values read as missing, separated by commas. Empty cells are always missing."));
        form->addRow(tr("&Missing values:"), m_naTokens);

        m_lenient = new QCheckBox(tr("Skip malformed rows and count them, instead of stopping"), this);
        m_lenient->setObjectName(QStringLiteral("lenientCheck"));
        form->addRow(QString(), m_lenient);

        for (QComboBox* combo : {m_delimiter, m_encoding, m_header})
            connect(combo, &QComboBox::currentIndexChanged, this, &ImportDialog::schedulePreview);
        connect(m_naTokens, &QLineEdit::textChanged, this, &ImportDialog::schedulePreview);
        connect(m_lenient, &QCheckBox::toggled, this, &ImportDialog::schedulePreview);
    } else if (m_format == "sqlite") {
        m_sqliteTable = new QComboBox(this);
        m_sqliteTable->setObjectName(QStringLiteral("sqliteTableCombo"));
        form->addRow(tr("&Table:"), m_sqliteTable);
        m_sqliteQuery = new QLineEdit(this);
        m_sqliteQuery->setObjectName(QStringLiteral("sqliteQueryEdit"));
        m_sqliteQuery->setPlaceholderText(tr("Optional: SELECT ... (replaces the table)"));
        form->addRow(tr("&Query:"), m_sqliteQuery);
        connect(m_sqliteTable, &QComboBox::currentIndexChanged, this, &ImportDialog::schedulePreview);
        connect(m_sqliteQuery, &QLineEdit::textChanged, this, &ImportDialog::schedulePreview);
    }

    m_detected = new QLabel(this);
    m_detected->setObjectName(QStringLiteral("detectedLabel"));
    m_detected->setWordWrap(true);
    m_detected->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_previewModel = new DataTableModel(this);
    m_preview = new QTableView(this);
    m_preview->setObjectName(QStringLiteral("previewTable"));
    m_preview->setModel(m_previewModel);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 6);

    m_columns = new QTableWidget(0, 2, this);
    m_columns->setObjectName(QStringLiteral("columnTypesTable"));
    m_columns->setHorizontalHeaderLabels({tr("Column"), tr("Read as")});
    m_columns->horizontalHeader()->setStretchLastSection(true);
    m_columns->verticalHeader()->hide();

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_preview);
    splitter->addWidget(m_columns);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Load"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_detected);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);  // typing in the NA field should not re-read on each key
    connect(m_debounce, &QTimer::timeout, this, &ImportDialog::runPreview);
    if (m_sqliteTable)
        listTables();
    else
        runPreview();
}

void ImportDialog::listTables()
{
    m_detected->setText(tr("Reading the list of tables…"));
    const std::string path = m_path.toStdString();
    m_jobs->run<std::vector<std::string>>(
        tr("Listing the tables of %1").arg(QFileInfo(m_path).fileName()),
        [path](core::JobContext&) { return core::listSqliteTables(path); },
        [this](core::Result<std::vector<std::string>> tables) {
            if (!tables.isOk()) {
                showPreviewError(QString::fromStdString(tables.status().message()));
                emit previewUpdated();
                return;
            }
            {
                QSignalBlocker blocker(m_sqliteTable);
                for (const auto& table : *tables) m_sqliteTable->addItem(QString::fromStdString(table));
            }
            runPreview();
        },
        this);
}

core::ImportOptions ImportDialog::optionsWithoutOverrides() const
{
    core::ImportOptions options;
    if (m_delimiter && m_delimiter->currentData().isValid())
        options.delimiter = static_cast<char>(m_delimiter->currentData().toInt());
    if (m_encoding) options.encoding = m_encoding->currentData().toString().toStdString();
    if (m_header && m_header->currentData().isValid()) options.hasHeader = m_header->currentData().toBool();
    if (m_naTokens) {
        std::vector<std::string> tokens{""};
        for (const QString& token : m_naTokens->text().split(',', Qt::SkipEmptyParts))
            if (!token.trimmed().isEmpty()) tokens.push_back(token.trimmed().toStdString());
        options.naTokens = tokens;
    }
    if (m_lenient) options.lenient = m_lenient->isChecked();
    if (m_sqliteQuery && !m_sqliteQuery->text().trimmed().isEmpty())
        options.sqliteQuery = m_sqliteQuery->text().trimmed().toStdString();
    else if (m_sqliteTable)
        options.sqliteTable = m_sqliteTable->currentText().toStdString();
    return options;
}

core::ImportOptions ImportDialog::options() const
{
    core::ImportOptions options = optionsWithoutOverrides();
    for (int row = 0; row < m_columns->rowCount(); ++row) {
        auto* combo = qobject_cast<QComboBox*>(m_columns->cellWidget(row, 1));
        if (!combo || combo->currentIndex() <= 0) continue;
        options.typeOverrides[m_columns->item(row, 0)->text().toStdString()] = kTypeChoices[combo->currentIndex() - 1];
    }
    return options;
}

int ImportDialog::previewRowCount() const
{
    return m_previewModel->table() ? m_previewModel->rowCount() : -1;
}

void ImportDialog::schedulePreview()
{
    m_debounce->start();
}

void ImportDialog::runPreview()
{
    core::ImportOptions options = optionsWithoutOverrides();
    options.maxRows = kPreviewRows;
    const std::string path = m_path.toStdString();
    m_detected->setText(tr("Reading a preview…"));
    // A newer preview (another setting) cancels this one; its result is then dropped.
    m_jobs->run<core::ImportResult>(
        tr("Preview of %1").arg(QFileInfo(m_path).fileName()),
        [path, options](core::JobContext& job) { return core::importFile(path, options, job); },
        [this](core::Result<core::ImportResult> outcome) {
            if (outcome.isOk())
                showPreview(outcome.value());
            else if (!outcome.status().isCancelled())
                showPreviewError(QString::fromStdString(outcome.status().message()));
            emit previewUpdated();
        },
        this);
}

void ImportDialog::showPreview(const core::ImportResult& result)
{
    m_previewError.clear();
    QStringList facts;
    facts << QString::fromStdString(result.format).toUpper();
    if (result.delimiter) facts << tr("%1-delimited").arg(describeDelimiter(result.delimiter));
    if (!result.encoding.empty()) facts << QString::fromStdString(result.encoding).toUpper();
    if (result.delimiter) facts << (result.hasHeader ? tr("header row") : tr("no header row"));
    if (result.decimalComma) facts << tr("decimal comma");
    QString text = tr("Detected: %1. Showing the first %n row(s).", "", int(result.table->rowCount()))
                       .arg(facts.join(QStringLiteral(", ")));
    for (const auto& warning : result.warnings) text += QStringLiteral("\n⚠ ") + QString::fromStdString(warning);
    m_detected->setText(text);
    m_detected->setStyleSheet(QString());
    m_previewModel->setTable(result.table);

    // Keep overrides the user already chose for columns that still exist.
    QHash<QString, int> chosen;
    for (int row = 0; row < m_columns->rowCount(); ++row)
        if (auto* combo = qobject_cast<QComboBox*>(m_columns->cellWidget(row, 1)))
            chosen.insert(m_columns->item(row, 0)->text(), combo->currentIndex());
    m_columns->setRowCount(static_cast<int>(result.table->columnCount()));
    for (size_t c = 0; c < result.table->columnCount(); ++c) {
        const auto& column = result.table->column(c);
        const QString name = QString::fromStdString(column.name());
        auto* item = new QTableWidgetItem(iconForColumnType(column.type()), name);
        item->setFlags(Qt::ItemIsEnabled);
        m_columns->setItem(static_cast<int>(c), 0, item);
        auto* combo = new QComboBox(m_columns);
        combo->addItem(tr("Detected: %1").arg(describeColumnType(column.type())));
        for (core::ColumnType type : kTypeChoices) combo->addItem(iconForColumnType(type), describeColumnType(type));
        combo->setCurrentIndex(chosen.value(name, 0));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        m_columns->setCellWidget(static_cast<int>(c), 1, combo);
    }
    m_columns->resizeColumnsToContents();
}

void ImportDialog::showPreviewError(const QString& message)
{
    m_previewError = message;
    m_detected->setText(tr("Cannot read this file with these settings:\n%1").arg(message));
    m_detected->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    m_previewModel->setTable(nullptr);
    m_columns->setRowCount(0);
}

}  // namespace mlwb::ui
