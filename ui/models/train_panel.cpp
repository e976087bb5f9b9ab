#include "ui/models/train_panel.h"

#include "core/ml/features.h"
#include "core/ml/registry.h"
#include "ui/data/type_icons.h"
#include "ui/jobs/job_runner.h"
#include "ui/models/form_history.h"
#include "ui/models/param_form.h"
#include "ui/models/result_charts.h"
#include "ui/models/run_controls.h"
#include "ui/models/stepping_spin_box.h"
#include "ui/models/tune_panel.h"
#include "ui/models/unsupervised_charts.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtCharts/QChartView>

#include <cmath>

namespace mlwb::ui {

namespace {

// The leaderboard's metric columns, per task: the ones users compare runs by.
const QStringList kClassificationColumns{"accuracy", "roc_auc", "f1_macro", "log_loss"};
const QStringList kRegressionColumns{"r2", "rmse", "mae", "mape"};
const QStringList kClusteringColumns{"inertia", "silhouette"};
const QStringList kDecompositionColumns{"explained_variance_ratio"};

const QStringList& leaderboardColumns(core::ml::Task task)
{
    switch (task) {
    case core::ml::Task::Classification: return kClassificationColumns;
    case core::ml::Task::Regression: return kRegressionColumns;
    case core::ml::Task::Clustering: return kClusteringColumns;
    case core::ml::Task::Decomposition: return kDecompositionColumns;
    }
    return kRegressionColumns;
}

QString formatMetric(double value)
{
    return std::isfinite(value) ? QString::number(value, 'f', 4) : QStringLiteral("—");
}

}  // namespace

TrainPanel::TrainPanel(QWidget* parent)
    : QWidget(parent),
      m_jobs(new JobRunner(this)),
      m_target(new QComboBox(this)),
      m_features(new QListWidget(this)),
      m_model(new QComboBox(this)),
      m_params(new ParamForm(this)),
      m_validation(new QComboBox(this)),
      m_testShare(new StepDoubleSpinBox(this)),
      m_folds(new StepSpinBox(this)),
      m_repeats(new StepSpinBox(this)),
      m_seed(new StepSpinBox(this)),
      m_run(new RunControls(tr("&Train"), m_jobs, tr("Training cancelled."), tr("Cannot train: %1"), this)),
      m_train(m_run->runButton()),
      m_cancel(m_run->cancelButton()),
      m_status(m_run->statusLabel()),
      m_metrics(new QTableWidget(0, 3, this)),
      m_leaderboard(new QTableWidget(0, 0, this)),
      m_resultTabs(new QTabWidget(this)),
      m_setupTabs(new QTabWidget(this)),
      m_tune(new TunePanel(this)),
      m_confusion(new ConfusionMatrixView(this)),
      m_history(new FormHistory(
          this, [this] { return settings(); }, [this](const QVariantMap& state) { applySettings(state); }))
{
    setObjectName(QStringLiteral("trainPanel"));
    m_target->setObjectName(QStringLiteral("targetCombo"));
    m_model->setObjectName(QStringLiteral("modelCombo"));
    m_train->setObjectName(QStringLiteral("trainButton"));
    m_features->setToolTip(tr("Columns the model learns from; text columns are left out."));
    m_features->setMaximumHeight(140);

    m_validation->addItem(tr("Holdout (stratified for classes)"));
    m_validation->addItem(tr("k-fold cross-validation"));
    m_testShare->setRange(0.05, 0.95);
    m_testShare->setSingleStep(0.05);
    m_testShare->setValue(0.25);
    m_folds->setRange(2, 50);
    m_folds->setValue(5);
    m_folds->setEnabled(false);
    m_repeats->setRange(1, 100);
    m_repeats->setEnabled(false);
    m_repeats->setToolTip(tr("Repeated k-fold: each repeat reshuffles the folds."));
    m_seed->setRange(0, 1'000'000'000);
    m_folds->setObjectName(QStringLiteral("folds"));
    m_repeats->setObjectName(QStringLiteral("repeats"));
    m_seed->setObjectName(QStringLiteral("seed"));

    auto* setup = new QFormLayout();
    setup->addRow(tr("T&arget:"), m_target);
    setup->addRow(tr("&Features:"), m_features);
    setup->addRow(tr("&Model:"), m_model);
    auto* paramsBox = new QGroupBox(tr("Parameters"), this);
    auto* paramsLayout = new QVBoxLayout(paramsBox);
    paramsLayout->addWidget(m_params);
    setup->addRow(paramsBox);
    setup->addRow(tr("&Validation:"), m_validation);
    setup->addRow(tr("Test s&hare:"), m_testShare);
    setup->addRow(tr("F&olds:"), m_folds);
    setup->addRow(tr("&Repeats:"), m_repeats);
    setup->addRow(tr("&Seed:"), m_seed);

    auto* setupWidget = new QWidget(this);
    setupWidget->setLayout(setup);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(setupWidget);

    m_metrics->setObjectName(QStringLiteral("metricsTable"));
    m_metrics->setHorizontalHeaderLabels({tr("Metric"), tr("Value"), tr("± std")});
    m_metrics->verticalHeader()->hide();
    m_metrics->horizontalHeader()->setStretchLastSection(true);
    m_metrics->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_leaderboard->setObjectName(QStringLiteral("leaderboard"));
    m_leaderboard->verticalHeader()->hide();
    m_leaderboard->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_leaderboard->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_leaderboard->setSortingEnabled(true);

    m_resultTabs->setObjectName(QStringLiteral("resultTabs"));
    m_resultTabs->addTab(m_metrics, tr("Metrics"));
    m_resultTabs->addTab(m_confusion, tr("Confusion matrix"));
    const QString chartTitles[] = {tr("ROC"),       tr("Precision-recall"), tr("Predicted vs actual"),
                                   tr("Residuals"), tr("Cluster sizes"),    tr("Projection"),
                                   tr("Scree")};
    for (const QString& title : chartTitles) {
        auto* view = new QChartView(makeMessageChart(tr("Train a model to see this chart.")), this);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(160);
        m_charts.push_back(view);
        m_resultTabs->addTab(view, title);
    }
    auto* results = new QSplitter(Qt::Vertical, this);
    results->addWidget(m_resultTabs);
    auto* boardBox = new QGroupBox(tr("Leaderboard"), this);
    auto* boardLayout = new QVBoxLayout(boardBox);
    boardLayout->addWidget(m_leaderboard);
    results->addWidget(boardBox);

    m_setupTabs->setObjectName(QStringLiteral("setupTabs"));
    // The run row stays under the form, outside its scroll area: Train is always one click
    // away, however short the pane.
    auto* trainPage = new QWidget(this);
    auto* trainLayout = new QVBoxLayout(trainPage);
    trainLayout->setContentsMargins(0, 0, 0, 0);
    trainLayout->addWidget(scroll, 1);
    trainLayout->addWidget(m_run);
    m_setupTabs->addTab(trainPage, tr("Train"));
    auto* tuneScroll = new QScrollArea(this);
    tuneScroll->setWidgetResizable(true);
    tuneScroll->setWidget(m_tune);
    m_setupTabs->addTab(tuneScroll, tr("Tune"));

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_setupTabs);
    split->addWidget(results);
    // The setup is where a run starts: it gets the larger share, and neither pane can be
    // dragged away to nothing.
    split->setChildrenCollapsible(false);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(split);

    connect(m_model, &QComboBox::currentIndexChanged, this, &TrainPanel::showModelParams);
    connect(m_target, &QComboBox::currentIndexChanged, this, &TrainPanel::onTargetChanged);
    connect(m_validation, &QComboBox::currentIndexChanged, this, &TrainPanel::adaptToModelKind);
    connect(m_train, &QPushButton::clicked, this, &TrainPanel::train);
    connect(m_model, &QComboBox::currentIndexChanged, this, &TrainPanel::updateTuneBase);
    connect(m_target, &QComboBox::currentIndexChanged, this, &TrainPanel::updateTuneBase);
    connect(m_features, &QListWidget::itemChanged, this, &TrainPanel::updateTuneBase);
    connect(m_setupTabs, &QTabWidget::currentChanged, this, &TrainPanel::updateTuneBase);
    // The Tune page has its own leaderboard; the training results would only crowd it.
    connect(m_setupTabs, &QTabWidget::currentChanged, results, [results](int page) { results->setVisible(page == 0); });
    connect(m_tune, &TunePanel::useParameters, this, &TrainPanel::useTunedParameters);
    connect(m_run, &RunControls::jobStopped, this, [this](bool cancelled, const QString& message) {
        if (!cancelled) m_lastError = message;
        emit runFinished(false);
    });
    recordEdits();
    // Whatever the settings were when a run failed, its error is stale once they change.
    connect(m_history, &FormHistory::changed, m_run, &RunControls::clearError);
    setTable(nullptr);
}

void TrainPanel::recordEdits()
{
    // Connected after the controls' own reactions (new features for a new target, the
    // parameter form of a new kind), so that a step holds the state they lead to.
    connect(m_target, &QComboBox::currentIndexChanged, m_history,
            [this] { m_history->commit("target", tr("Change target")); });
    connect(m_features, &QListWidget::itemChanged, m_history,
            [this] { m_history->commit("features", tr("Change features")); });
    connect(m_model, &QComboBox::currentIndexChanged, m_history,
            [this] { m_history->commit("model", tr("Change model to %1").arg(m_model->currentText())); });
    connect(m_params, &ParamForm::edited, m_history, [this](const QString& name, bool step) {
        m_history->commit("param:" + name, tr("Change parameter %1").arg(name), step);
    });
    connect(m_validation, &QComboBox::currentIndexChanged, m_history,
            [this] { m_history->commit("validation", tr("Change validation")); });
    const std::pair<QSpinBox*, QString> spins[] = {
        {m_folds, tr("Change folds")}, {m_repeats, tr("Change repeats")}, {m_seed, tr("Change seed")}};
    for (const auto& entry : spins) {
        QSpinBox* spin = entry.first;
        connect(spin, &QSpinBox::valueChanged, m_history,
                [this, spin, text = entry.second] { m_history->commit(spin->objectName(), text, isStepping(spin)); });
    }
    connect(m_testShare, &QDoubleSpinBox::valueChanged, m_history,
            [this] { m_history->commit("testShare", tr("Change test share"), isStepping(m_testShare)); });
}

void TrainPanel::setUndoStack(QUndoStack* stack)
{
    m_history->setStack(stack);
    m_tune->setUndoStack(stack);
}

QVariantMap TrainPanel::settings() const
{
    QStringList features;
    for (int i = 0; i < m_features->count(); ++i)
        if (m_features->item(i)->checkState() == Qt::Checked) features << m_features->item(i)->text();
    return {{"target", m_target->currentData().toString()},
            {"features", features},
            {"model", m_model->currentData().toString()},
            {"params", m_params->values()},
            {"validation", m_validation->currentIndex()},
            {"testShare", m_testShare->value()},
            {"folds", m_folds->value()},
            {"repeats", m_repeats->value()},
            {"seed", m_seed->value()}};
}

void TrainPanel::applySettings(const QVariantMap& settings)
{
    // The controls' signals fill the features of a target and the form of a kind, as for a
    // user's change; the history is quiet meanwhile, so this records nothing.
    const int target = m_target->findData(settings.value("target").toString());
    if (target >= 0) m_target->setCurrentIndex(target);
    const QStringList features = settings.value("features").toStringList();
    for (int i = 0; i < m_features->count(); ++i)
        m_features->item(i)->setCheckState(features.contains(m_features->item(i)->text()) ? Qt::Checked
                                                                                          : Qt::Unchecked);
    const int model = m_model->findData(settings.value("model").toString());
    if (model >= 0) m_model->setCurrentIndex(model);
    m_params->setValues(settings.value("params").toMap());
    m_validation->setCurrentIndex(settings.value("validation").toInt());
    m_testShare->setValue(settings.value("testShare").toDouble());
    m_folds->setValue(settings.value("folds").toInt());
    m_repeats->setValue(settings.value("repeats").toInt());
    m_seed->setValue(settings.value("seed").toInt());
    adaptToModelKind();
    updateTuneBase();
}

QVariantMap TrainPanel::pageState() const
{
    return {{"train", settings()}, {"tune", m_tune->settings()}};
}

void TrainPanel::restorePageState(const QVariantMap& state)
{
    if (state.isEmpty()) return;
    {
        FormHistory::Quiet quiet(*m_history);
        applySettings(state.value("train").toMap());
    }
    m_history->reset();
    // After the Train page: its kind decides which fields the Tune page has.
    m_tune->restoreSettings(state.value("tune").toMap());
}

void TrainPanel::setTable(const core::TablePtr& table)
{
    // A new dataset is not an edit of the form (opening it is its own step): the form's
    // state afterwards is where its next edit starts.
    FormHistory::Quiet quiet(*m_history);
    // A run on the earlier dataset must never show its result on this one.
    m_jobs->discard();
    m_table = table;
    m_target->blockSignals(true);
    m_target->clear();
    if (table) {
        // "(none)": clustering and decomposition kinds can use every column.
        m_target->addItem(tr("(none)"), QString());
        for (const auto& column : table->columns()) {
            const QString name = QString::fromStdString(column->name());
            m_target->addItem(iconForColumnType(column->type()), name, name);
        }
        // The last column is the usual place for the label in data files.
        m_target->setCurrentIndex(m_target->count() - 1);
    }
    m_target->blockSignals(false);
    m_status->setText(table ? QString() : tr("Open a dataset to train a model."));
    onTargetChanged();
    m_tune->setTable(table);
    updateTuneBase();

    m_history->reset();
}

void TrainPanel::onTargetChanged()
{
    fillFeatures();
    fillModelKinds();
}

void TrainPanel::fillModelKinds()
{
    std::optional<core::ml::Task> task;  // none: no target, the unsupervised kinds
    bool noKindFits = false;
    const std::string target = m_target->currentData().toString().toStdString();
    if (m_table && !target.empty()) {
        const int index = m_table->indexOf(target);
        if (index >= 0) {
            task = core::ml::targetTask(m_table->column(static_cast<size_t>(index)));
            noKindFits = !task;
        }
    }
    const QString current = m_model->currentData().toString();
    {
        QSignalBlocker blocker(m_model);
        m_model->clear();
        for (const auto& kind : core::ml::ModelRegistry::instance().kinds()) {
            // Without a dataset nothing is chosen yet: every kind is listed.
            const bool fits = !m_table ? true : noKindFits ? false : task ? kind.supports(*task) : kind.unsupervised();
            if (!fits) continue;
            m_model->addItem(QString::fromStdString(kind.name), QString::fromStdString(kind.name));
            m_model->setItemData(m_model->count() - 1, QString::fromStdString(kind.description), Qt::ToolTipRole);
        }
        const int kept = m_model->findData(current);
        m_model->setCurrentIndex(kept >= 0 ? kept : 0);
    }
    if (m_model->currentData().toString() != current) showModelParams();
    adaptToModelKind();
    m_run->setReady(m_table && m_model->count() > 0);
    if (noKindFits)
        m_status->setText(tr("\"%1\" holds dates and times: no model predicts it. Choose another target.")
                              .arg(m_target->currentText()));
}

void TrainPanel::fillFeatures()
{
    // New items for a new target are part of that change, not edits of their own.
    FormHistory::Quiet quiet(*m_history);
    m_features->clear();
    if (!m_table) return;
    for (const auto& column : m_table->columns()) {
        const QString name = QString::fromStdString(column->name());
        if (name == m_target->currentData().toString()) continue;
        auto* item = new QListWidgetItem(iconForColumnType(column->type()), name, m_features);
        const bool usable = column->type() != core::ColumnType::Text;
        item->setCheckState(usable ? Qt::Checked : Qt::Unchecked);
        if (!usable) item->setToolTip(tr("Free text cannot be a feature yet."));
    }
}

void TrainPanel::showModelParams()
{
    const auto* kind = core::ml::ModelRegistry::instance().find(m_model->currentData().toString().toStdString());
    m_params->setSchema(kind ? kind->params : std::vector<core::ml::ParamSpec>{});
    adaptToModelKind();
}

bool TrainPanel::unsupervisedKindChosen() const
{
    const auto* kind = core::ml::ModelRegistry::instance().find(m_model->currentData().toString().toStdString());
    return kind && kind->unsupervised();
}

void TrainPanel::adaptToModelKind()
{
    const auto* kind = core::ml::ModelRegistry::instance().find(m_model->currentData().toString().toStdString());
    const bool unsupervised = kind && kind->unsupervised();
    const bool kFold = m_validation->currentIndex() == 1;
    m_validation->setEnabled(!unsupervised);
    m_testShare->setEnabled(!unsupervised && !kFold);
    m_folds->setEnabled(!unsupervised && kFold);
    m_repeats->setEnabled(!unsupervised && kFold);
    const QString fitsAllRows = tr("%1 fits on all rows: there is nothing to hold out.").arg(m_model->currentText());
    for (QWidget* control : {static_cast<QWidget*>(m_validation), static_cast<QWidget*>(m_testShare)})
        control->setToolTip(unsupervised ? fitsAllRows : QString());
    m_target->setToolTip(
        tr("The column the model learns to predict; the model list shows the kinds that fit it. "
           "(none): clustering and decomposition, which use no target."));
    for (int tab : {ConfusionTab, RocTab, PrTab, PredictedTab, ResidualTab})
        m_resultTabs->setTabVisible(tab, !unsupervised);
    m_resultTabs->setTabVisible(ClusterSizeTab, kind && kind->clustering);
    m_resultTabs->setTabVisible(ProjectionTab, unsupervised);
    m_resultTabs->setTabVisible(ScreeTab, kind && kind->decomposition);
}

void TrainPanel::updateTuneBase()
{
    m_tune->setBaseSpec(currentSpec());
}

void TrainPanel::useTunedParameters(const std::vector<std::string>& assignments)
{
    {
        FormHistory::Quiet quiet(*m_history);  // all the values are one step
        for (const auto& assignment : assignments) {
            const size_t eq = assignment.find('=');
            m_params->setValue(QString::fromStdString(assignment.substr(0, eq)),
                               QString::fromStdString(assignment.substr(eq + 1)));
        }
    }
    m_history->commit("use", tr("Use tuned parameters"));
    m_setupTabs->setCurrentIndex(0);
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Parameters copied from the search; press Train to fit them."));
}

core::ExperimentSpec TrainPanel::currentSpec() const
{
    core::ExperimentSpec spec;
    spec.target = m_target->currentData().toString().toStdString();
    for (int i = 0; i < m_features->count(); ++i)
        if (m_features->item(i)->checkState() == Qt::Checked)
            spec.features.push_back(m_features->item(i)->text().toStdString());
    spec.modelKind = m_model->currentData().toString().toStdString();
    spec.params = m_params->assignments();
    spec.folds = m_validation->currentIndex() == 1 ? m_folds->value() : 0;
    spec.repeats = m_validation->currentIndex() == 1 ? m_repeats->value() : 1;
    spec.testFraction = m_testShare->value();
    spec.seed = static_cast<uint64_t>(m_seed->value());
    return spec;
}

void TrainPanel::train()
{
    if (!m_table) return;
    core::ExperimentSpec spec = currentSpec();
    if (spec.features.empty()) {
        m_status->setText(tr("Choose at least one feature column."));
        return;
    }
    m_lastError.clear();
    m_run->showStarted();
    core::TablePtr table = m_table;
    m_jobs->run<core::ExperimentResult>(
        tr("Training %1").arg(QString::fromStdString(spec.modelKind)),
        [table, spec](core::JobContext& job) { return core::runExperiment(*table, spec, job); },
        [this, spec](core::Result<core::ExperimentResult> result) {
            if (!result.isOk()) return;  // jobFinished shows why
            showResult(spec, result.value());
            emit runFinished(true);
        },
        this);
}

int TrainPanel::seriesCount(int tab) const
{
    auto* view = qobject_cast<QChartView*>(m_resultTabs->widget(tab));
    return view && view->chart() ? static_cast<int>(view->chart()->series().size()) : -1;
}

void TrainPanel::showResult(const core::ExperimentSpec& spec, const core::ExperimentResult& result)
{
    const auto& diagnostics = result.diagnostics;
    QChart* charts[] = {makeRocChart(diagnostics, result.classNames),
                        makePrecisionRecallChart(diagnostics, result.classNames),
                        makePredictedVsActualChart(diagnostics.residuals),
                        makeResidualChart(diagnostics.residuals),
                        makeClusterSizeChart(result.unsupervised),
                        makeProjectionChart(result.unsupervised),
                        makeScreeChart(result.unsupervised)};
    for (size_t i = 0; i < m_charts.size(); ++i) {
        QChart* previous = m_charts[i]->chart();
        m_charts[i]->setChart(charts[i]);
        delete previous;  // setChart() hands the old chart back to us
    }
    m_confusion->setMatrix(diagnostics.confusion, result.classNames);

    const auto& unsupervised = result.unsupervised;
    const bool clustering = result.task == core::ml::Task::Clustering;
    const bool decomposition = result.task == core::ml::Task::Decomposition;
    m_metrics->setHorizontalHeaderLabels({tr("Metric"), tr("Value"),
                                          decomposition ? tr("Cumulative")
                                          : clustering  ? tr("Note")
                                                        : tr("± std")});
    m_metrics->setRowCount(0);
    const auto addRow = [this](const QString& name, const QString& value, const QString& third) {
        const int row = m_metrics->rowCount();
        m_metrics->insertRow(row);
        m_metrics->setItem(row, 0, new QTableWidgetItem(name));
        m_metrics->setItem(row, 1, new QTableWidgetItem(value));
        m_metrics->setItem(row, 2, new QTableWidgetItem(third));
    };
    for (const auto& metric : result.metrics.metrics) {
        QString third;
        for (const auto& summary : result.cv)
            if (summary.name == metric.name) third = formatMetric(summary.std);
        if (clustering && metric.name == "silhouette" && unsupervised.silhouetteRows < result.rows)
            third = tr("on a random sample of %L1 rows").arg(unsupervised.silhouetteRows);
        addRow(QString::fromStdString(metric.name), formatMetric(metric.value), third);
    }
    double cumulative = 0;
    for (size_t c = 0; c < unsupervised.explainedVarianceRatio.size(); ++c) {
        cumulative += unsupervised.explainedVarianceRatio[c];
        addRow(tr("PC%1 variance ratio").arg(c + 1), formatMetric(unsupervised.explainedVarianceRatio[c]),
               formatMetric(cumulative));
    }
    for (size_t c = 0; c < unsupervised.clusterSizes.size(); ++c)
        addRow(tr("cluster %1 rows").arg(c), QString::number(unsupervised.clusterSizes[c]), QString());
    m_metrics->resizeColumnsToContents();

    const QStringList& metricColumns = leaderboardColumns(result.task);
    QStringList headers{tr("Model"), tr("Parameters"), tr("Validation")};
    headers += metricColumns;
    headers << tr("Seconds");
    if (m_leaderboard->columnCount() != headers.size() ||
        m_leaderboard->horizontalHeaderItem(3)->text() != metricColumns.first()) {
        m_leaderboard->setRowCount(0);  // another task: its metrics do not compare
        m_leaderboard->setColumnCount(static_cast<int>(headers.size()));
        m_leaderboard->setHorizontalHeaderLabels(headers);
    }
    m_leaderboard->setSortingEnabled(false);
    const int row = m_leaderboard->rowCount();
    m_leaderboard->insertRow(row);
    QStringList params;
    for (const auto& assignment : spec.params) params << QString::fromStdString(assignment);
    m_leaderboard->setItem(row, 0, new QTableWidgetItem(QString::fromStdString(result.modelKind)));
    m_leaderboard->setItem(row, 1, new QTableWidgetItem(params.isEmpty() ? tr("defaults") : params.join(' ')));
    QString validation = clustering || decomposition ? tr("all rows")
                         : result.folds > 0          ? tr("%1-fold CV").arg(result.folds)
                                                     : tr("holdout %1%").arg(spec.testFraction * 100);
    if (result.repeats > 1) validation += tr(" × %1").arg(result.repeats);
    m_leaderboard->setItem(row, 2, new QTableWidgetItem(validation));
    for (int c = 0; c < metricColumns.size(); ++c) {
        auto* item = new QTableWidgetItem();
        item->setData(Qt::DisplayRole, result.metrics.value(metricColumns[c].toStdString()));
        m_leaderboard->setItem(row, 3 + c, item);
    }
    auto* seconds = new QTableWidgetItem();
    seconds->setData(Qt::DisplayRole, result.trainSeconds);
    m_leaderboard->setItem(row, 3 + static_cast<int>(metricColumns.size()), seconds);
    m_leaderboard->setSortingEnabled(true);
    m_leaderboard->resizeColumnsToContents();

    QString status = tr("%1 on %L2 rows, %3 features.")
                         .arg(QString::fromStdString(result.modelKind))
                         .arg(result.rows)
                         .arg(result.features);
    for (const auto& warning : result.warnings) status += QStringLiteral("\n⚠ ") + QString::fromStdString(warning);
    m_status->setText(status);
}

}  // namespace mlwb::ui
