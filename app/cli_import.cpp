#include "cli_import.h"

#include "cli_commands.h"
#include "core/io/import.h"

namespace mlwb::cli {

std::optional<core::ImportResult> importDataFile(const CliArgs& args, int& exitCode)
{
    core::ImportOptions options;
    if (auto error = importOptionsFrom(args, options); !error.empty()) {
        exitCode = usageError(args.command, error);
        return std::nullopt;
    }
    const std::string& file = args.positionals.front();
    setActivity("reading " + file);
    auto imported = core::importFile(file, options, currentJob());
    if (!imported.isOk()) {
        exitCode = fail(imported.status());
        return std::nullopt;
    }
    return std::move(imported.value());
}

}  // namespace mlwb::cli
