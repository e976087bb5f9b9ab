#include "ui/models/tune_panel.h"

#include "core/base/text.h"
#include "core/ml/registry.h"
#include "ui/jobs/job_runner.h"
#include "ui/models/form_history.h"
#include "ui/models/run_controls.h"
#include "ui/models/stepping_spin_box.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace mlwb::ui {

namespace {

using core::ml::ParamType;

enum Column { RankColumn, ParamsColumn, ScoreColumn, StdColumn, SecondsColumn, ColumnCount };

// A cell that shows formatted text but sorts by its number.
class NumberItem : public QTableWidgetItem {
public:
    NumberItem(const QString& text, double key) : QTableWidgetItem(text) { setData(Qt::UserRole, key); }
    bool operator<(const QTableWidgetItem& other) const override
    {
        return data(Qt::UserRole).toDouble() < other.data(Qt::UserRole).toDouble();
    }
};

QString formatScore(double value)
{
    return std::isfinite(value) ? QString::number(value, 'f', 4) : QStringLiteral("—");
}

QString allowedRange(const core::ml::ParamSpec& spec)
{
    const auto bound = [](double v) { return std::isfinite(v) ? QString::number(v, 'g', 10) : QStringLiteral("∞"); };
    return QStringLiteral("%1%2, %3]")
        .arg(QLatin1String(spec.minExclusive ? "(" : "["), bound(spec.min), bound(spec.max));
}

}  // namespace

TunePanel::TunePanel(QWidget* parent)
    : QWidget(parent),
      m_jobs(new JobRunner(this)),
      m_summary(new QLabel(this)),
      m_fieldsBox(new QWidget(this)),
      m_fields(new QFormLayout(m_fieldsBox)),
      m_mode(new QComboBox(this)),
      m_iterations(new StepSpinBox(this)),
      m_folds(new StepSpinBox(this)),
      m_scoring(new QComboBox(this)),
      m_runControls(new RunControls(tr("&Search"), m_jobs, tr("Search cancelled."), tr("Cannot search: %1"), this)),
      m_run(m_runControls->runButton()),
      m_cancel(m_runControls->cancelButton()),
      m_status(m_runControls->statusLabel()),
      m_leaderboard(new QTableWidget(0, ColumnCount, this)),
      m_use(new QPushButton(tr("&Use these parameters"), this)),
      m_history(new FormHistory(
          this, [this] { return settings(); }, [this](const QVariantMap& state) { applySettings(state); }))
{
    setObjectName(QStringLiteral("tunePanel"));
    m_run->setObjectName(QStringLiteral("tuneButton"));
    m_use->setObjectName(QStringLiteral("useParametersButton"));
    m_summary->setWordWrap(true);
    m_fields->setContentsMargins(0, 0, 0, 0);

    m_mode->addItem(tr("Grid: every combination of the lists"));
    m_mode->addItem(tr("Random: draw candidates from lists and ranges"));
    m_iterations->setRange(1, static_cast<int>(core::kMaxSearchCandidates));
    m_iterations->setValue(20);
    m_iterations->setEnabled(false);
    m_iterations->setToolTip(tr("How many candidates a random search draws."));
    m_folds->setRange(2, 50);
    m_folds->setValue(5);
    m_scoring->addItem(tr("Default (accuracy or r2)"), QString());
    for (const char* name : {"accuracy", "balanced_accuracy", "f1_macro", "f1_weighted", "roc_auc", "pr_auc",
                             "log_loss", "brier", "mcc", "r2", "rmse", "mae", "mape"})
        m_scoring->addItem(QString::fromLatin1(name), QString::fromLatin1(name));
    m_scoring->setToolTip(
        tr("The metric candidates are ranked by; log_loss, brier, rmse, mae and mape rank "
           "lowest first."));

    auto* valuesBox = new QGroupBox(tr("Values to try"), this);
    auto* valuesLayout = new QVBoxLayout(valuesBox);
    auto* hint = new QLabel(tr("Lists: 1,5,15. Ranges (random search only): 1:50, or 0.001:10:log. "
                               "Empty: the value on the Train page."),
                            this);
    hint->setWordWrap(true);
    valuesLayout->addWidget(hint);
    valuesLayout->addWidget(m_fieldsBox);

    auto* form = new QFormLayout();
    form->addRow(tr("Searc&h:"), m_mode);
    form->addRow(tr("Ca&ndidates:"), m_iterations);
    form->addRow(tr("F&olds:"), m_folds);
    form->addRow(tr("S&coring:"), m_scoring);

    m_leaderboard->setObjectName(QStringLiteral("tuneLeaderboard"));
    m_leaderboard->setHorizontalHeaderLabels({tr("Rank"), tr("Parameters"), tr("Score"), tr("± std"), tr("Fit (s)")});
    m_leaderboard->verticalHeader()->hide();
    m_leaderboard->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_leaderboard->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_leaderboard->setSelectionMode(QAbstractItemView::SingleSelection);
    m_leaderboard->horizontalHeader()->setSectionResizeMode(ParamsColumn, QHeaderView::Stretch);
    m_leaderboard->setMinimumHeight(160);
    m_leaderboard->setSortingEnabled(true);
    m_use->setEnabled(false);
    m_use->setToolTip(tr("Copy the selected candidate's parameters into the Train page's form."));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    // Wrapped labels sit in the box layout, which sizes them by height-for-width (a form
    // layout row would cut them to one line).
    layout->addWidget(m_summary);
    layout->addWidget(valuesBox);
    layout->addLayout(form);
    layout->addWidget(m_runControls);
    layout->addWidget(m_leaderboard, 1);
    auto* useRow = new QHBoxLayout();
    useRow->addStretch(1);
    useRow->addWidget(m_use);
    layout->addLayout(useRow);

    connect(m_mode, &QComboBox::currentIndexChanged, this, [this](int index) { m_iterations->setEnabled(index == 1); });
    connect(m_run, &QPushButton::clicked, this, &TunePanel::run);
    connect(m_use, &QPushButton::clicked, this, &TunePanel::useSelected);
    connect(m_leaderboard, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_leaderboard->currentRow();
        const auto* params = row >= 0 ? m_leaderboard->item(row, ParamsColumn) : nullptr;
        m_use->setEnabled(params && params->data(Qt::UserRole + 1).toBool());
    });
    connect(m_leaderboard, &QTableWidget::cellDoubleClicked, this, &TunePanel::useSelected);
    connect(m_runControls, &RunControls::jobStopped, this, [this](bool cancelled, const QString& message) {
        if (!cancelled) m_lastError = message;
        emit searchFinished(false);
    });
    recordEdits();
    connect(m_history, &FormHistory::changed, m_runControls, &RunControls::clearError);
    setTable(nullptr);
}

void TunePanel::recordEdits()
{
    connect(m_mode, &QComboBox::currentIndexChanged, m_history,
            [this] { m_history->commit("mode", tr("Change search")); });
    connect(m_iterations, &QSpinBox::valueChanged, m_history,
            [this] { m_history->commit("iterations", tr("Change candidates"), isStepping(m_iterations)); });
    connect(m_folds, &QSpinBox::valueChanged, m_history,
            [this] { m_history->commit("folds", tr("Change search folds"), isStepping(m_folds)); });
    connect(m_scoring, &QComboBox::currentIndexChanged, m_history,
            [this] { m_history->commit("scoring", tr("Change scoring")); });
}

void TunePanel::watchValuesEdit(const QString& param, QLineEdit* edit)
{
    const auto commit = [this, param] {
        m_history->commit("values:" + param, tr("Change values to try for %1").arg(param));
    };
    // Typing is one edit when confirmed (Enter, or leaving the field); a change made without
    // the keyboard in the field, such as its clear button, is one at once.
    connect(edit, &QLineEdit::editingFinished, m_history, commit);
    connect(edit, &QLineEdit::textChanged, m_history, [edit, commit] {
        if (!edit->hasFocus()) commit();
    });
}

void TunePanel::setUndoStack(QUndoStack* stack)
{
    m_history->setStack(stack);
}

QVariantMap TunePanel::settings() const
{
    QVariantMap values;
    for (const auto& [name, edit] : m_edits) values.insert(QString::fromStdString(name), edit->text());
    return {{"kind", QString::fromStdString(m_fieldsKind)},
            {"values", values},
            {"mode", m_mode->currentIndex()},
            {"iterations", m_iterations->value()},
            {"folds", m_folds->value()},
            {"scoring", m_scoring->currentIndex()}};
}

void TunePanel::applySettings(const QVariantMap& settings)
{
    const QVariantMap values = settings.value("values").toMap();
    if (settings.value("kind").toString().toStdString() == m_fieldsKind) {
        for (const auto& [name, edit] : m_edits) edit->setText(values.value(QString::fromStdString(name)).toString());
    } else {
        // The Train page shows another kind now: its fields come back when the kind does.
        m_valuesByKind[settings.value("kind").toString().toStdString()] = values;
    }
    m_mode->setCurrentIndex(settings.value("mode").toInt());
    m_iterations->setValue(settings.value("iterations").toInt());
    m_folds->setValue(settings.value("folds").toInt());
    m_scoring->setCurrentIndex(settings.value("scoring").toInt());
}

void TunePanel::restoreSettings(const QVariantMap& settings)
{
    {
        FormHistory::Quiet quiet(*m_history);
        applySettings(settings);
    }
    m_history->reset();
}

void TunePanel::setTable(const core::TablePtr& table)
{
    // A search on the earlier dataset must never show its result on this one.
    m_jobs->discard();
    m_table = table;
    m_runControls->setReady(table != nullptr);
    m_status->setText(table ? QString() : tr("Open a dataset to tune a model."));
    updateSummary();
}

void TunePanel::setBaseSpec(const core::ExperimentSpec& base)
{
    // What the Train page describes changed: an error about the earlier search is stale.
    if (base.target != m_base.target || base.features != m_base.features || base.modelKind != m_base.modelKind ||
        base.params != m_base.params || base.seed != m_base.seed)
        m_runControls->clearError();
    const bool newModel = base.modelKind != m_base.modelKind || m_edits.empty();
    m_base = base;
    if (newModel) {
        // Choosing the kind is a step of the Train page; the fields of the new kind are
        // where this page's next edit starts.
        FormHistory::Quiet quiet(*m_history);
        rebuildFields();
        m_history->reset();
    }
    updateSummary();
}

void TunePanel::updateSummary()
{
    if (!m_table || m_base.modelKind.empty()) {
        m_summary->clear();
        return;
    }
    m_summary->setText(tr("Tunes <b>%1</b> for the target <b>%2</b> with %3 feature columns and seed %4, as chosen "
                          "on the Train page.")
                           .arg(QString::fromStdString(m_base.modelKind).toHtmlEscaped(),
                                QString::fromStdString(m_base.target).toHtmlEscaped())
                           .arg(m_base.features.size())
                           .arg(m_base.seed));
}

void TunePanel::rebuildFields()
{
    if (!m_edits.empty()) m_valuesByKind[m_fieldsKind] = settings().value("values").toMap();
    while (m_fields->rowCount() > 0) m_fields->removeRow(0);
    m_edits.clear();
    m_fieldsKind = m_base.modelKind;
    const auto* kind = core::ml::ModelRegistry::instance().find(m_base.modelKind);
    if (!kind) return;
    const QVariantMap typed = m_valuesByKind[m_fieldsKind];
    for (const auto& spec : kind->params) {
        auto* edit = new QLineEdit(m_fieldsBox);
        edit->setObjectName(QString::fromStdString("tune_" + spec.name));
        edit->setClearButtonEnabled(true);
        QString example;
        QString tip = QString::fromStdString(core::tr(spec.help.c_str()));
        switch (spec.type) {
        case ParamType::Int:
            example = tr("e.g. 1,5,15 or 1:50");
            tip += QStringLiteral("\n") + tr("Whole numbers in %1.").arg(allowedRange(spec));
            break;
        case ParamType::Double:
            example = tr("e.g. 0.1,1,10 or 0.001:100:log");
            tip += QStringLiteral("\n") + tr("Numbers in %1.").arg(allowedRange(spec));
            break;
        case ParamType::Bool: example = QStringLiteral("true,false"); break;
        case ParamType::Choice: {
            QStringList choices;
            for (const auto& choice : spec.choices) choices << QString::fromStdString(choice);
            example = choices.join(',');
            break;
        }
        case ParamType::IntList: example = tr("e.g. 64;64,32 (values separated by ;)"); break;
        }
        edit->setPlaceholderText(example);
        edit->setToolTip(tip);
        edit->setText(typed.value(QString::fromStdString(spec.name)).toString());
        m_fields->addRow(QString::fromStdString(spec.name) + QStringLiteral(":"), edit);
        m_edits.emplace_back(spec.name, edit);
        watchValuesEdit(QString::fromStdString(spec.name), edit);
    }
}

QLineEdit* TunePanel::valuesEdit(const QString& param) const
{
    for (const auto& [name, edit] : m_edits)
        if (QString::fromStdString(name) == param) return edit;
    return nullptr;
}

core::SearchSpec TunePanel::currentSpec() const
{
    core::SearchSpec spec;
    spec.base = m_base;
    spec.base.folds = m_folds->value();
    spec.base.repeats = 1;
    spec.base.params.clear();
    spec.mode = m_mode->currentIndex() == 1 ? core::SearchMode::Random : core::SearchMode::Grid;
    spec.iterations = m_iterations->value();
    spec.scoring = m_scoring->currentData().toString().toStdString();
    for (const auto& [name, edit] : m_edits) {
        const QString text = edit->text().trimmed();
        if (!text.isEmpty()) spec.space.push_back(name + "=" + text.toStdString());
    }
    // A parameter the Train page sets stays fixed unless a field here searches it.
    for (const auto& assignment : m_base.params) {
        const std::string name = assignment.substr(0, assignment.find('='));
        const QLineEdit* edit = valuesEdit(QString::fromStdString(name));
        if (!edit || edit->text().trimmed().isEmpty()) spec.base.params.push_back(assignment);
    }
    return spec;
}

void TunePanel::run()
{
    if (!m_table) return;
    core::SearchSpec spec = currentSpec();
    if (spec.base.features.empty()) {
        m_status->setText(tr("Choose at least one feature column on the Train page."));
        return;
    }
    m_lastError.clear();
    m_runControls->showStarted();
    m_use->setEnabled(false);
    core::TablePtr table = m_table;
    m_jobs->run<core::SearchResult>(
        tr("Tuning %1").arg(QString::fromStdString(spec.base.modelKind)),
        [table, spec](core::JobContext& job) { return core::runSearch(*table, spec, job); },
        [this](core::Result<core::SearchResult> result) {
            if (!result.isOk()) return;  // jobFinished shows why
            showResult(result.value());
            emit searchFinished(true);
        },
        this);
}

void TunePanel::showResult(const core::SearchResult& result)
{
    const auto& board = result.leaderboard;
    m_leaderboard->setSortingEnabled(false);
    m_leaderboard->clearContents();
    m_leaderboard->setRowCount(static_cast<int>(board.size()));
    m_leaderboard->setHorizontalHeaderItem(ScoreColumn, new QTableWidgetItem(QString::fromStdString(result.scoring)));
    // Sorting by the score column puts the best first in either direction of the metric.
    const double failedKey =
        result.lowerIsBetter ? std::numeric_limits<double>::max() : std::numeric_limits<double>::lowest();
    for (int row = 0; row < m_leaderboard->rowCount(); ++row) {
        const auto& candidate = board[static_cast<size_t>(row)];
        QStringList params;
        for (const auto& assignment : candidate.params) params << QString::fromStdString(assignment);
        m_leaderboard->setItem(row, RankColumn, new NumberItem(QString::number(row + 1), row + 1));
        auto* paramsItem = new QTableWidgetItem(params.join(QStringLiteral("  ")));
        paramsItem->setData(Qt::UserRole, params);
        paramsItem->setData(Qt::UserRole + 1, !candidate.failed());
        m_leaderboard->setItem(row, ParamsColumn, paramsItem);
        const bool scored = !candidate.failed() && std::isfinite(candidate.score);
        auto* score = new NumberItem(candidate.failed() ? tr("failed") : formatScore(candidate.score),
                                     scored ? candidate.score : failedKey);
        auto* spread = new NumberItem(formatScore(candidate.scoreStd),
                                      std::isfinite(candidate.scoreStd) ? candidate.scoreStd : 0.0);
        if (candidate.failed()) {
            const QString why = QString::fromStdString(candidate.error.message());
            for (QTableWidgetItem* item : {paramsItem, static_cast<QTableWidgetItem*>(score)}) {
                item->setToolTip(why);
                item->setForeground(QColor(0xb0, 0x3a, 0x2e));
            }
        }
        m_leaderboard->setItem(row, ScoreColumn, score);
        m_leaderboard->setItem(row, StdColumn, spread);
        m_leaderboard->setItem(row, SecondsColumn,
                               new NumberItem(QString::number(candidate.fitSeconds, 'f', 3), candidate.fitSeconds));
    }
    m_leaderboard->setSortingEnabled(true);
    m_leaderboard->sortItems(RankColumn, Qt::AscendingOrder);
    m_leaderboard->resizeColumnToContents(RankColumn);
    m_leaderboard->resizeColumnToContents(ScoreColumn);
    m_leaderboard->resizeColumnToContents(StdColumn);
    m_leaderboard->resizeColumnToContents(SecondsColumn);
    m_leaderboard->selectRow(0);

    const auto& best = board.front();
    QStringList bestParams;
    for (const auto& assignment : best.params) bestParams << QString::fromStdString(assignment);
    QString status = tr("Best %1 %2 ± %3 with %4. %5 candidates × %6 folds in %7 s.")
                         .arg(QString::fromStdString(result.scoring), formatScore(best.score),
                              formatScore(best.scoreStd), bestParams.join(QStringLiteral(" ")))
                         .arg(board.size())
                         .arg(std::max(result.folds, 1) * result.repeats)
                         .arg(result.seconds, 0, 'f', 2);
    for (const auto& warning : result.warnings) status += QStringLiteral("\n⚠ ") + QString::fromStdString(warning);
    m_status->setText(status);
}

void TunePanel::useSelected()
{
    const int row = m_leaderboard->currentRow();
    const auto* params = row >= 0 ? m_leaderboard->item(row, ParamsColumn) : nullptr;
    if (!params || !params->data(Qt::UserRole + 1).toBool()) return;
    std::vector<std::string> assignments;
    for (const QString& assignment : params->data(Qt::UserRole).toStringList())
        assignments.push_back(assignment.toStdString());
    emit useParameters(assignments);
}

}  // namespace mlwb::ui
