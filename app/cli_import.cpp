#include "cli_import.h"

#include "cli_commands.h"
#include "core/io/import.h"

#include <cstdio>

namespace mlwb::cli {

namespace {

int exitCodeFor(const core::Status& status)
{
    switch (status.code()) {
    case core::ErrorCode::Ok: return kExitOk;
    case core::ErrorCode::InvalidArgument:
    case core::ErrorCode::IoError:
    case core::ErrorCode::ParseError:
    case core::ErrorCode::Unsupported: return kExitBadInput;
    case core::ErrorCode::Cancelled:
    case core::ErrorCode::Internal: return kExitRuntimeError;
    }
    return kExitRuntimeError;
}

}  // namespace

int fail(const core::Status& status)
{
    std::fprintf(stderr, "mlwb-cli: %s\n", status.message().c_str());
    return exitCodeFor(status);
}

std::optional<core::ImportResult> importDataFile(const CliArgs& args, int (*usage)(const std::string&), int& exitCode)
{
    core::ImportOptions options;
    if (auto error = importOptionsFrom(args, options); !error.empty()) {
        exitCode = usage(error);
        return std::nullopt;
    }
    auto imported = core::importFile(args.positionals.front(), options, currentJob());
    if (!imported.isOk()) {
        std::fprintf(stderr, "mlwb-cli: %s\n", imported.status().message().c_str());
        exitCode = imported.status().isCancelled() ? kExitRuntimeError : kExitBadInput;
        return std::nullopt;
    }
    return std::move(imported.value());
}

}  // namespace mlwb::cli
