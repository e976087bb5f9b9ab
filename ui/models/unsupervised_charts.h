// Charts of a clustering or decomposition run: rows per cluster, the rows on the first two
// principal components coloured by cluster (with the centres), and the scree chart of a PCA
// (variance ratio bars and the cumulative line). Used by the Train and Evaluate panel.
#pragma once

#include "core/experiment/experiment.h"

#include <QColor>

class QChart;

namespace mlwb::ui {

// Bars coloured like the cluster's points in the projection.
QChart* makeClusterSizeChart(const core::UnsupervisedDiagnostics& diagnostics);
// One scatter series per cluster (one for all rows without clusters), plus the centres.
QChart* makeProjectionChart(const core::UnsupervisedDiagnostics& diagnostics);
QChart* makeScreeChart(const core::UnsupervisedDiagnostics& diagnostics);

// The colour of cluster `code` of `count`: a qualitative palette, evenly spaced hues past ten.
QColor clusterColor(int code, int count);

}  // namespace mlwb::ui
