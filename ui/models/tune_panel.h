// TunePanel: the Tune page of the Train and Evaluate dock: for the target, features and
// model chosen on the Train page, the values to try per parameter, grid or random search,
// folds and scoring; runs the search in the background with progress and Cancel, shows a
// sortable leaderboard, and hands the chosen candidate's parameters back to the Train page.
#pragma once

#include "core/data/table.h"
#include "core/experiment/experiment.h"
#include "core/experiment/search.h"

#include <QVariantMap>
#include <QWidget>

#include <map>
#include <string>
#include <vector>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QToolButton;
class QUndoStack;

namespace mlwb::ui {

class FormHistory;
class JobRunner;
class RunControls;

class TunePanel : public QWidget {
    Q_OBJECT
public:
    explicit TunePanel(QWidget* parent = nullptr);

    void setTable(const core::TablePtr& table);
    // What the Train page describes: target, features, model, seed, and the parameters set
    // there, which stay fixed unless a field here gives values to try.
    void setBaseSpec(const core::ExperimentSpec& base);
    // Every edit of this page becomes a step on `stack`; null, the default, keeps no history.
    void setUndoStack(QUndoStack* stack);

    // What the search controls show (mode, candidates, folds, scoring and the values to try
    // for the current model), and setting them back: the state an undo step holds.
    QVariantMap settings() const;
    void applySettings(const QVariantMap& settings);
    // applySettings() without a step: the state the next edit starts from.
    void restoreSettings(const QVariantMap& settings);

    // The controls, for tests and keyboard users.
    QComboBox* modeCombo() const { return m_mode; }
    QSpinBox* iterationsSpin() const { return m_iterations; }
    QSpinBox* foldsSpin() const { return m_folds; }
    QComboBox* scoringCombo() const { return m_scoring; }
    // The "values to try" field of a parameter of the current model, or null.
    QLineEdit* valuesEdit(const QString& param) const;
    QPushButton* runButton() const { return m_run; }
    QToolButton* cancelButton() const { return m_cancel; }
    QTableWidget* leaderboard() const { return m_leaderboard; }
    QPushButton* useButton() const { return m_use; }
    QString lastError() const { return m_lastError; }
    JobRunner* jobRunner() const { return m_jobs; }

    // The search the controls describe now.
    core::SearchSpec currentSpec() const;

public slots:
    void run();
    // Emits useParameters with the selected leaderboard row's parameters.
    void useSelected();

signals:
    void searchFinished(bool ok);
    // "NAME=VALUE" for each searched parameter of the chosen candidate.
    void useParameters(const std::vector<std::string>& assignments);

private:
    void rebuildFields();
    void showResult(const core::SearchResult& result);
    void updateSummary();
    void recordEdits();
    void watchValuesEdit(const QString& param, QLineEdit* edit);

    core::TablePtr m_table;
    core::ExperimentSpec m_base;
    JobRunner* m_jobs;
    QLabel* m_summary;
    QWidget* m_fieldsBox;
    QFormLayout* m_fields;
    std::vector<std::pair<std::string, QLineEdit*>> m_edits;  // per parameter of the model
    // The values typed for each model kind, by parameter: back when the kind is chosen again.
    std::map<std::string, QVariantMap> m_valuesByKind;
    std::string m_fieldsKind;  // the kind the fields are for
    QComboBox* m_mode;
    QSpinBox* m_iterations;
    QSpinBox* m_folds;
    QComboBox* m_scoring;
    RunControls* m_runControls;
    QPushButton* m_run;  // m_runControls' button, Cancel and status line
    QToolButton* m_cancel;
    QLabel* m_status;
    QTableWidget* m_leaderboard;
    QPushButton* m_use;
    QString m_lastError;
    FormHistory* m_history;
};

}  // namespace mlwb::ui
