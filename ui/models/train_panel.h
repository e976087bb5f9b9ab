// TrainPanel: the Train and Evaluate view: choose the target, the features, a model kind and
// its parameters (a form generated from the schema) and the validation scheme; train in the
// background with progress and Cancel; see the metrics and charts and compare runs in a
// leaderboard. Clustering and decomposition kinds need no target and fit on all rows.
#pragma once

#include "core/data/table.h"
#include "core/experiment/experiment.h"

#include <QVariantMap>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;
class QChartView;
class QToolButton;
class QUndoStack;

namespace mlwb::ui {

class JobRunner;
class ParamForm;
class ConfusionMatrixView;
class FormHistory;
class RunControls;
class TunePanel;

class TrainPanel : public QWidget {
    Q_OBJECT
public:
    explicit TrainPanel(QWidget* parent = nullptr);

    void setTable(const core::TablePtr& table);
    // Every edit of this page and of the Tune page becomes a step on `stack` (the main
    // window's); null, the default, keeps no history.
    void setUndoStack(QUndoStack* stack);

    // What the setup controls show (target, features, model kind with its parameter values,
    // validation, seed), and setting them back: the state an undo step holds.
    QVariantMap settings() const;
    void applySettings(const QVariantMap& settings);

    // This page's and the Tune page's settings together, and setting them back without
    // making a step: undoing the open of another dataset brings back what the pages showed
    // for the earlier one. Restoring an empty state does nothing.
    QVariantMap pageState() const;
    void restorePageState(const QVariantMap& state);

    // The controls, for tests and keyboard users.
    QComboBox* targetCombo() const { return m_target; }
    QComboBox* modelCombo() const { return m_model; }
    QComboBox* validationCombo() const { return m_validation; }
    QSpinBox* foldsSpin() const { return m_folds; }
    QSpinBox* repeatsSpin() const { return m_repeats; }
    QListWidget* featureList() const { return m_features; }
    ParamForm* paramForm() const { return m_params; }
    QPushButton* trainButton() const { return m_train; }
    QToolButton* cancelButton() const { return m_cancel; }
    QLabel* statusLabel() const { return m_status; }
    QTableWidget* metricsTable() const { return m_metrics; }
    QTableWidget* leaderboard() const { return m_leaderboard; }
    ConfusionMatrixView* confusionMatrix() const { return m_confusion; }
    // The Train and Tune pages of the setup.
    QTabWidget* setupTabs() const { return m_setupTabs; }
    TunePanel* tunePanel() const { return m_tune; }
    QTabWidget* resultTabs() const { return m_resultTabs; }
    // Series in the chart of a result tab (ROC, PR, predicted vs actual, residuals, cluster
    // sizes, projection, scree); -1 when the tab holds no chart.
    int seriesCount(int tab) const;
    // Result tabs by what they show; tabs that do not fit the chosen model kind are hidden.
    enum ResultTab {
        MetricsTab,
        ConfusionTab,
        RocTab,
        PrTab,
        PredictedTab,
        ResidualTab,
        ClusterSizeTab,
        ProjectionTab,
        ScreeTab
    };
    QString lastError() const { return m_lastError; }
    JobRunner* jobRunner() const { return m_jobs; }

    // The experiment the controls describe now.
    core::ExperimentSpec currentSpec() const;

public slots:
    void train();

signals:
    void runFinished(bool ok);

private:
    void showModelParams();
    // Target and validation controls, and result tabs, for a supervised or unsupervised kind.
    void adaptToModelKind();
    bool unsupervisedKindChosen() const;
    void onTargetChanged();
    void fillFeatures();
    // The kinds that fit the chosen target: its task's (classification or regression), or
    // clustering and decomposition when there is none; the chosen kind stays if it fits.
    void fillModelKinds();
    void showResult(const core::ExperimentSpec& spec, const core::ExperimentResult& result);
    // The Tune page searches what this page describes.
    void updateTuneBase();
    void useTunedParameters(const std::vector<std::string>& assignments);
    void recordEdits();

    core::TablePtr m_table;
    JobRunner* m_jobs;
    QComboBox* m_target;
    QListWidget* m_features;
    QComboBox* m_model;
    ParamForm* m_params;
    QComboBox* m_validation;
    QDoubleSpinBox* m_testShare;
    QSpinBox* m_folds;
    QSpinBox* m_repeats;
    QSpinBox* m_seed;
    RunControls* m_run;
    QPushButton* m_train;  // m_run's button, Cancel and status line
    QToolButton* m_cancel;
    QLabel* m_status;
    QTableWidget* m_metrics;
    QTableWidget* m_leaderboard;
    QTabWidget* m_resultTabs;
    QTabWidget* m_setupTabs;
    TunePanel* m_tune;
    ConfusionMatrixView* m_confusion;
    std::vector<QChartView*> m_charts;  // ROC, PR, predicted vs actual, residuals, cluster sizes, projection, scree
    QString m_lastError;
    FormHistory* m_history;
};

}  // namespace mlwb::ui
