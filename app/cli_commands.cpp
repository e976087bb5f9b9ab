#include "cli_commands.h"

#include "cli_import.h"
#include "cli_json.h"
#include "core/base/status.h"
#include "core/base/text.h"
#include "core/io/export/csv_writer.h"
#include "core/io/import.h"
#include "core/stats/profile.h"

#include <QJsonDocument>

#include <chrono>
#include <cstdio>
#include <iostream>

namespace mlwb::cli {

namespace {

int usageError(const std::string& message, const char* command)
{
    std::fprintf(stderr, "mlwb-cli %s: %s\nRun 'mlwb-cli --help' for usage.\n", command, message.c_str());
    return kExitBadInput;
}

}  // namespace

core::JobContext& currentJob()
{
    static core::JobContext job;
    return job;
}

OptionSpec inspectOptions()
{
    OptionSpec spec = importOptionSpec();
    spec.flags.insert({"json", "correlations"});
    return spec;
}

int runInspect(const CliArgs& args)
{
    if (args.positionals.size() != 1) return usageError("expected one FILE to inspect", "inspect");
    core::ImportOptions options;
    if (auto error = importOptionsFrom(args, options); !error.empty()) return usageError(error, "inspect");

    const auto start = std::chrono::steady_clock::now();
    const std::string& file = args.positionals.front();
    auto imported = core::importFile(file, options, currentJob());
    if (!imported.isOk()) return fail(imported.status());

    core::ProfileOptions profileOptions;
    profileOptions.correlations = args.flags.count("correlations") > 0;
    auto profile = core::profileTable(*imported->table, profileOptions, currentJob());
    if (!profile.isOk()) return fail(profile.status());
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

    if (args.flags.count("json")) {
        QJsonObject object = inspectionToJson(file, imported.value(), profile.value());
        object["seconds"] = seconds;
        std::cout << QJsonDocument(object).toJson(QJsonDocument::Indented).toStdString();
    } else {
        std::cout << inspectionToText(file, imported.value(), profile.value());
        std::printf("(%.3f s)\n", seconds);
    }
    return kExitOk;
}

OptionSpec convertOptions()
{
    OptionSpec spec = importOptionSpec();
    spec.flags.insert("json");
    spec.withValue.insert("output-delimiter");
    return spec;
}

int runConvert(const CliArgs& args)
{
    if (args.positionals.size() != 2) return usageError("expected INPUT and OUTPUT.csv", "convert");
    core::ImportOptions options;
    if (auto error = importOptionsFrom(args, options); !error.empty()) return usageError(error, "convert");
    core::CsvWriteOptions writeOptions;
    if (args.has("output-delimiter")) {
        const std::string d = args.value("output-delimiter");
        if (d == "tab")
            writeOptions.delimiter = '\t';
        else if (d.size() == 1)
            writeOptions.delimiter = d[0];
        else
            return usageError("--output-delimiter must be one character or 'tab'", "convert");
    }
    const auto start = std::chrono::steady_clock::now();
    auto imported = core::importFile(args.positionals[0], options, currentJob());
    if (!imported.isOk()) return fail(imported.status());
    const core::Status written = core::writeCsvFile(*imported->table, args.positionals[1], writeOptions, currentJob());
    if (!written.isOk()) return fail(written);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (args.flags.count("json")) {
        QJsonObject object;
        object["input"] = QString::fromStdString(args.positionals[0]);
        object["output"] = QString::fromStdString(args.positionals[1]);
        object["rows"] = static_cast<qint64>(imported->table->rowCount());
        object["columns"] = static_cast<qint64>(imported->table->columnCount());
        object["seconds"] = seconds;
        std::cout << QJsonDocument(object).toJson(QJsonDocument::Indented).toStdString();
    } else {
        std::printf("wrote %zu rows x %zu columns to %s\n", imported->table->rowCount(), imported->table->columnCount(),
                    args.positionals[1].c_str());
    }
    return kExitOk;
}

}  // namespace mlwb::cli
