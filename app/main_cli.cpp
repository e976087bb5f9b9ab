// mlwb-cli: the headless twin of the workbench, for scripts and CI. Links mlwb_core only,
// so it runs on machines without a display.
#include "cli_commands.h"
#include "cli_exit.h"
#include "cli_progress.h"
#include "cli_train.h"
#include "cli_tune.h"
#include "core/base/logging.h"
#include "core/base/version.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace {

const char* const kUsage = R"(Usage: mlwb-cli [--version] [--help] COMMAND [ARGS]

Commands:
  inspect FILE     Load a data file and describe its columns.
  convert IN OUT   Load a data file and write it as CSV.
  train FILE       Train and evaluate a model: --target COL --model KIND
                   [--param NAME=VALUE]... [--cv K [--repeats R] | --test-size F] [--seed S]
                   [--features A,B,...]  (default: a stratified 75/25 holdout);
                   clustering and decomposition kinds (kmeans, pca) need no --target
                   and fit on all rows
  tune FILE        Search hyperparameters by cross-validation: --target COL --model KIND
                   (--grid NAME=v1,v2,... | --random N --space NAME=LOW:HIGH[:log]|v1,v2)...
                   [--param NAME=VALUE]... [--cv K (default 5)] [--scoring METRIC] [--seed S]
                   [--top N]  (prints a leaderboard, best first)
  models           List the model kinds and their parameters.

Import options (inspect, convert, train, tune):
  --delimiter C    Field delimiter: , ; | or 'tab' (default: detected)
  --encoding E     utf-8, latin-1 or windows-1252 (default: detected)
  --na LIST        Comma-separated missing-value tokens (default: "",NA,N/A,NaN,null,?)
  --header         The first row holds column names
  --no-header      The first row is data (columns are named column_1, column_2, ...)
  --lenient        Skip malformed rows instead of failing, and count them
  --table NAME     SQLite: the table to read
  --query SQL      SQLite: a SELECT statement to read

Output options:
  --json           Print one JSON object (inspect, convert, train, tune, models)
  --correlations   inspect: also compute correlations
  --output-delimiter C   convert: delimiter of the written CSV (default ',')

While a command runs, a progress line is shown on stderr when it is a terminal.
Warnings go to stderr as "warning: ..." (with --json, into the "warnings" array).
Ctrl+C cancels the running command (exit 1); a second Ctrl+C ends it at once.

Exit codes: 0 success, 1 runtime error, internal error or cancelled,
2 bad usage or bad input (unknown option, bad value, unreadable file, unknown column,
rejected parameter, data too large for the memory).
)";

extern "C" void onInterrupt(int)
{
    // Only an atomic store: safe in a signal handler. The running job stops at its next check,
    // and the command exits with 1. A second Ctrl+C gets the default action (signal() is
    // async-signal-safe), for a user who will not wait for that check.
    mlwb::cli::currentJob().requestCancel();
    std::signal(SIGINT, SIG_DFL);
}

}  // namespace

int main(int argc, char** argv)
{
    using namespace mlwb::cli;
    if (argc < 2) {
        std::fputs(kUsage, stderr);
        return kExitBadInput;
    }
    const std::string first = argv[1];
    if (first == "--version" || first == "-v") {
        std::printf("mlwb-cli %s\n", mlwb::core::versionString().c_str());
        for (const auto& [library, version] : mlwb::core::libraryVersions())
            std::printf("  %s %s\n", library.c_str(), version.c_str());
        return kExitOk;
    }
    if (first == "--help" || first == "-h" || first == "help") {
        std::fputs(kUsage, stdout);
        return kExitOk;
    }

    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("mlwb"));
    QCoreApplication::setApplicationName(QStringLiteral("ML Workbench"));
    mlwb::core::initLogging({}, std::getenv("MLWB_VERBOSE") != nullptr);
    std::signal(SIGINT, onInterrupt);

    struct Command {
        const char* name;
        OptionSpec (*options)();
        int (*run)(const CliArgs&);
    };
    const Command commands[] = {
        {"inspect", inspectOptions, runInspect}, {"convert", convertOptions, runConvert},
        {"train", trainOptions, runTrain},       {"tune", tuneOptions, runTune},
        {"models", modelsOptions, runModels},
    };
    for (const Command& command : commands) {
        if (first != command.name) continue;
        CliArgs args;
        args.command = first;
        const std::string error = parseArgs(argc, argv, 2, command.options(), args);
        if (!error.empty()) return usageError(command.name, error);
        // Expected failures come back as a Status; what is thrown is either the data
        // outgrowing the memory (std::bad_alloc, from any thread: the pool rethrows here) or a
        // bug. Either way one line that says what was being done, not std::terminate.
        try {
            return command.run(args);
        } catch (...) {
            const ExceptionReport report = describeException(std::current_exception(), currentActivity());
            stopProgress();
            std::fprintf(stderr, "mlwb-cli: %s\n", report.message.c_str());
            return report.exitCode;
        }
    }
    std::fprintf(stderr, "mlwb-cli: unknown command '%s'\nRun 'mlwb-cli --help' for usage.\n", first.c_str());
    return kExitBadInput;
}
