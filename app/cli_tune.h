// `mlwb-cli tune`: grid or random hyperparameter search of a model kind on a data file,
// cross-validated, printed as a leaderboard (a table or JSON).
#pragma once

#include "cli_args.h"

namespace mlwb::cli {

OptionSpec tuneOptions();
int runTune(const CliArgs& args);

}  // namespace mlwb::cli
