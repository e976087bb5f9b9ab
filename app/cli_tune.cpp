#include "cli_tune.h"

#include "cli_commands.h"
#include "cli_import.h"
#include "cli_progress.h"
#include "core/base/text.h"
#include "core/experiment/search.h"
#include "core/ml/registry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <iostream>

namespace mlwb::cli {

namespace {

// Rows of the human leaderboard when --top is not given (JSON lists every candidate).
constexpr size_t kDefaultTopRows = 10;

QJsonValue jsonNumber(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

int usage(const std::string& message)
{
    return usageError("tune", message);
}

bool parseWholeNumber(const std::string& text, double low, double high, double& out)
{
    char* end = nullptr;
    out = std::strtod(text.c_str(), &end);
    return !text.empty() && end && *end == '\0' && std::isfinite(out) && out == std::floor(out) && out >= low &&
           out <= high;
}

// {"n_neighbors": 15, "weights": "distance"}: numbers and flags typed by the schema, so
// scripts need not parse them; int lists ("64,32") stay text.
QJsonObject paramsToJson(const core::ml::ModelKind& kind, const std::vector<std::string>& assignments)
{
    QJsonObject object;
    for (const auto& assignment : assignments) {
        const size_t eq = assignment.find('=');
        const std::string name = assignment.substr(0, eq);
        const std::string text = eq == std::string::npos ? std::string() : assignment.substr(eq + 1);
        QJsonValue value = QString::fromStdString(text);
        for (const auto& spec : kind.params) {
            if (spec.name != name) continue;
            if (spec.type == core::ml::ParamType::Int || spec.type == core::ml::ParamType::Double)
                value = std::strtod(text.c_str(), nullptr);
            else if (spec.type == core::ml::ParamType::Bool)
                value = text == "true";
        }
        object[QString::fromStdString(name)] = value;
    }
    return object;
}

QJsonObject resultToJson(const core::SearchResult& result, const core::SearchSpec& spec, size_t top)
{
    const auto& kind = *core::ml::ModelRegistry::instance().find(result.modelKind);
    QJsonObject object;
    object["model"] = QString::fromStdString(result.modelKind);
    object["task"] = core::ml::taskName(result.task);
    object["search"] = core::searchModeName(result.mode);
    object["scoring"] = QString::fromStdString(result.scoring);
    object["lower_is_better"] = result.lowerIsBetter;
    object["candidates"] = static_cast<qint64>(result.leaderboard.size());
    object["folds"] = result.folds;
    object["repeats"] = result.repeats;
    object["rows"] = static_cast<qint64>(result.rows);
    object["features"] = static_cast<qint64>(result.features);
    object["seed"] = static_cast<qint64>(spec.base.seed);
    const auto& best = result.leaderboard.front();
    object["best"] = QJsonObject{{"params", paramsToJson(kind, result.bestParams)},
                                 {"score", jsonNumber(best.score)},
                                 {"std", jsonNumber(best.scoreStd)}};
    QJsonArray board;
    for (size_t i = 0; i < result.leaderboard.size() && i < top; ++i) {
        const auto& candidate = result.leaderboard[i];
        QJsonObject entry;
        entry["rank"] = static_cast<qint64>(i + 1);
        entry["params"] = paramsToJson(kind, candidate.params);
        entry["score"] = jsonNumber(candidate.score);
        QJsonObject mean, spread;
        for (const auto& summary : candidate.metrics) {
            mean[QString::fromStdString(summary.name)] = jsonNumber(summary.mean);
            spread[QString::fromStdString(summary.name)] = jsonNumber(summary.std);
        }
        entry["mean"] = mean;
        entry["std"] = spread;
        entry["fit_seconds"] = candidate.fitSeconds;
        if (candidate.failed()) entry["error"] = QString::fromStdString(candidate.error.message());
        if (!candidate.warnings.empty()) {
            QJsonArray warnings;
            for (const auto& warning : candidate.warnings) warnings.append(QString::fromStdString(warning));
            entry["warnings"] = warnings;
        }
        board.append(entry);
    }
    object["leaderboard"] = board;
    object["seconds"] = result.seconds;
    return object;
}

std::string joinParams(const std::vector<std::string>& params, const char* separator)
{
    std::string out;
    for (const auto& param : params) {
        if (!out.empty()) out += separator;
        out += param;
    }
    return out;
}

void printTable(const core::SearchResult& result, size_t top)
{
    const size_t candidates = result.leaderboard.size();
    std::printf("%s (%s) on %zu rows, %ld features: %s search of %zu candidate%s, %s, scoring %s (%s is better)\n",
                result.modelKind.c_str(), core::ml::taskName(result.task), result.rows, result.features,
                core::searchModeName(result.mode), candidates, candidates == 1 ? "" : "s",
                result.folds > 0 ? (std::to_string(result.folds) + "-fold cross-validation" +
                                    (result.repeats > 1 ? " x " + std::to_string(result.repeats) : ""))
                                       .c_str()
                                 : "holdout",
                result.scoring.c_str(), result.lowerIsBetter ? "lower" : "higher");
    std::printf("%4s  %-20s  %8s  %s\n", "rank", (result.scoring + " ± std").c_str(), "fit s", "parameters");
    for (size_t i = 0; i < candidates && i < top; ++i) {
        const auto& candidate = result.leaderboard[i];
        const std::string params = joinParams(candidate.params, " ");
        if (candidate.failed()) {
            std::printf("%4zu  %-20s  %8.3f  %s\n      %s\n", i + 1, "failed", candidate.fitSeconds, params.c_str(),
                        candidate.error.message().c_str());
            continue;
        }
        char score[64];
        std::snprintf(score, sizeof score, "%.4f ± %.4f", candidate.score, candidate.scoreStd);
        std::printf("%4zu  %-20s  %8.3f  %s\n", i + 1, score, candidate.fitSeconds, params.c_str());
    }
    if (top < candidates) std::printf("  ... %zu more (--top N shows more)\n", candidates - top);
    std::printf("best: --param %s\n", joinParams(result.bestParams, " --param ").c_str());
    std::printf("searched in %.3f s\n", result.seconds);
}

}  // namespace

OptionSpec tuneOptions()
{
    return withImportOptions({{"json"},
                              {"target", "model", "grid", "random", "space", "param", "cv", "repeats", "scoring",
                               "seed", "top", "features"}});
}

int runTune(const CliArgs& args)
{
    if (args.positionals.size() != 1) return usage("expected one FILE to tune on");
    if (!args.has("target")) return usage("--target COLUMN is required");
    if (!args.has("model")) return usage("--model KIND is required (see 'mlwb-cli models')");
    const bool random = args.has("random");
    if (random && args.has("grid")) return usage("give --grid NAME=v1,v2,... or --random N with --space, not both");
    if (args.has("space") && !random) return usage("--space needs --random N; a grid takes --grid NAME=v1,v2,...");
    if (random && !args.has("space"))
        return usage("--random needs at least one --space NAME=LOW:HIGH[:log] or NAME=v1,v2,...");
    if (!random && !args.has("grid"))
        return usage("give the values to try: --grid NAME=v1,v2,... or --random N --space NAME=LOW:HIGH");

    core::SearchSpec spec;
    spec.base.target = args.value("target");
    spec.base.modelKind = args.value("model");
    spec.base.params = args.all("param");
    if (args.has("features")) spec.base.features = core::splitString(args.value("features"), ',');
    spec.mode = random ? core::SearchMode::Random : core::SearchMode::Grid;
    spec.space = random ? args.all("space") : args.all("grid");
    double number = 0;
    if (random) {
        if (!parseWholeNumber(args.value("random"), 1, double(core::kMaxSearchCandidates), number))
            return usage("--random must be a whole number of candidates from 1 to " +
                         std::to_string(core::kMaxSearchCandidates) + ", got '" + args.value("random") + "'");
        spec.iterations = static_cast<int>(number);
    }
    if (args.has("cv")) {
        if (!parseWholeNumber(args.value("cv"), 2, 1000, number))
            return usage("--cv must be a whole number of folds, at least 2, got '" + args.value("cv") + "'");
        spec.base.folds = static_cast<int>(number);
    }
    if (args.has("repeats")) {
        if (!parseWholeNumber(args.value("repeats"), 1, 100, number))
            return usage("--repeats must be a whole number from 1 to 100, got '" + args.value("repeats") + "'");
        spec.base.repeats = static_cast<int>(number);
    }
    if (args.has("seed")) {
        if (!parseWholeNumber(args.value("seed"), 0, 9007199254740992.0, number))
            return usage("--seed must be a whole number >= 0, got '" + args.value("seed") + "'");
        spec.base.seed = static_cast<uint64_t>(number);
    }
    size_t top = args.flags.count("json") ? SIZE_MAX : kDefaultTopRows;
    if (args.has("top")) {
        if (!parseWholeNumber(args.value("top"), 1, 1e9, number))
            return usage("--top must be a whole number of rows, at least 1, got '" + args.value("top") + "'");
        top = static_cast<size_t>(number);
    }
    if (args.has("scoring")) {
        spec.scoring = args.value("scoring");
        // Checked before the file is read: a typo should not wait for a large load.
        if (auto status = core::checkScoringName(spec.scoring); !status.isOk()) return usage(status.message());
    }

    ProgressLine progress(currentJob());
    int exitCode = kExitOk;
    const auto imported = importDataFile(args, exitCode);
    if (!imported) return exitCode;
    setActivity("searching the parameters of " + spec.base.modelKind + " on " + args.positionals.front());
    auto result = core::runSearch(*imported->table, spec, currentJob());
    progress.stop();
    if (!result.isOk()) return fail(result.status());
    std::vector<std::string> allWarnings = imported->warnings;
    allWarnings.insert(allWarnings.end(), result->warnings.begin(), result->warnings.end());
    if (args.flags.count("json")) {
        QJsonObject object = resultToJson(*result, spec, top);
        QJsonArray warnings;
        for (const auto& warning : allWarnings) warnings.append(QString::fromStdString(warning));
        object["warnings"] = warnings;
        std::cout << QJsonDocument(object).toJson(QJsonDocument::Indented).toStdString();
        return kExitOk;
    }
    printTable(*result, top);
    std::fflush(stdout);  // the leaderboard first, then what to watch out for
    printWarnings(allWarnings);
    return kExitOk;
}

}  // namespace mlwb::cli
