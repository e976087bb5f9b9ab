// `mlwb-cli train` and `mlwb-cli models`: train and evaluate a model kind on a data file
// (holdout or k-fold), and list the model kinds with their parameters.
#pragma once

#include "cli_args.h"

namespace mlwb::cli {

OptionSpec trainOptions();
int runTrain(const CliArgs& args);

OptionSpec modelsOptions();
int runModels(const CliArgs& args);

}  // namespace mlwb::cli
