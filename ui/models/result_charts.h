// Charts of a train-and-evaluate run: ROC and precision-recall curves (one line per class,
// or the positive class), predicted-vs-actual and residual scatter plots, and a confusion
// matrix drawn as a heat map. Used by the Train and Evaluate panel.
#pragma once

#include "core/experiment/experiment.h"

#include <QTableWidget>

#include <string>
#include <vector>

class QChart;

namespace mlwb::ui {

// Curves are labelled with the class names: for two classes, the positive (second) class.
QChart* makeRocChart(const core::ExperimentDiagnostics& diagnostics, const std::vector<std::string>& classNames);
QChart* makePrecisionRecallChart(const core::ExperimentDiagnostics& diagnostics,
                                 const std::vector<std::string>& classNames);
QChart* makePredictedVsActualChart(const core::Residuals& residuals);
QChart* makeResidualChart(const core::Residuals& residuals);
// An empty chart that says why there is nothing to show.
QChart* makeMessageChart(const QString& message);

// Rows: true class; columns: predicted class; cells shaded by the share of their row.
class ConfusionMatrixView : public QTableWidget {
    Q_OBJECT
public:
    explicit ConfusionMatrixView(QWidget* parent = nullptr);
    void setMatrix(const core::ConfusionMatrix& matrix, const std::vector<std::string>& classNames);
};

}  // namespace mlwb::ui
