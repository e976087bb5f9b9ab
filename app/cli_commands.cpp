#include "cli_commands.h"

#include "cli_import.h"
#include "cli_json.h"
#include "cli_progress.h"
#include "core/base/status.h"
#include "core/base/text.h"
#include "core/io/export/csv_writer.h"
#include "core/stats/profile.h"

#include <QJsonDocument>

#include <chrono>
#include <cstdio>
#include <iostream>

namespace mlwb::cli {

core::JobContext& currentJob()
{
    static core::JobContext job;
    return job;
}

OptionSpec inspectOptions()
{
    return withImportOptions({{"json", "correlations"}, {}});
}

int runInspect(const CliArgs& args)
{
    if (args.positionals.size() != 1) return usageError("inspect", "expected one FILE to inspect");

    const auto start = std::chrono::steady_clock::now();
    const std::string& file = args.positionals.front();
    ProgressLine progress(currentJob());
    int exitCode = kExitOk;
    const auto imported = importDataFile(args, exitCode);
    if (!imported) return exitCode;

    core::ProfileOptions profileOptions;
    profileOptions.correlations = args.flags.count("correlations") > 0;
    setActivity("profiling the columns of " + file);
    auto profile = core::profileTable(*imported->table, profileOptions, currentJob());
    progress.stop();
    if (!profile.isOk()) return fail(profile.status());
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

    if (args.flags.count("json")) {
        QJsonObject object = inspectionToJson(file, *imported, profile.value());
        object["seconds"] = seconds;
        std::cout << QJsonDocument(object).toJson(QJsonDocument::Indented).toStdString();
    } else {
        std::cout << inspectionToText(file, *imported, profile.value());
        std::printf("(%.3f s)\n", seconds);
    }
    return kExitOk;
}

OptionSpec convertOptions()
{
    return withImportOptions({{"json"}, {"output-delimiter"}});
}

int runConvert(const CliArgs& args)
{
    if (args.positionals.size() != 2) return usageError("convert", "expected INPUT and OUTPUT.csv");
    core::CsvWriteOptions writeOptions;
    if (args.has("output-delimiter")) {
        const std::string d = args.value("output-delimiter");
        if (d == "tab")
            writeOptions.delimiter = '\t';
        else if (d.size() == 1)
            writeOptions.delimiter = d[0];
        else
            return usageError("convert", "--output-delimiter must be one character or 'tab'");
    }
    const auto start = std::chrono::steady_clock::now();
    ProgressLine progress(currentJob());
    int exitCode = kExitOk;
    const auto imported = importDataFile(args, exitCode);
    if (!imported) return exitCode;
    setActivity("writing " + args.positionals[1]);
    const core::Status written = core::writeCsvFile(*imported->table, args.positionals[1], writeOptions, currentJob());
    progress.stop();
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
