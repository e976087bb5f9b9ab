// The clustering and decomposition half of runExperiment: one fit on all rows without a
// target, the metrics of the kind's task and the data of its charts. Called by
// runExperiment only (experiment.cpp), which has already found the kind.
#pragma once

#include "core/experiment/experiment.h"
#include "core/ml/registry.h"

namespace mlwb::core {

Result<ExperimentResult> runUnsupervised(const Table& table, const ExperimentSpec& spec, const ml::ModelKind& kind,
                                         JobContext& job);

}  // namespace mlwb::core
