#include "cli_train.h"

#include "cli_commands.h"
#include "cli_import.h"
#include "cli_progress.h"
#include "core/base/text.h"
#include "core/experiment/experiment.h"
#include "core/ml/registry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <iostream>

namespace mlwb::cli {

namespace {

QJsonValue jsonNumber(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonObject metricsToJson(const core::MetricSet& metrics)
{
    QJsonObject object;
    for (const auto& metric : metrics.metrics) object[QString::fromStdString(metric.name)] = jsonNumber(metric.value);
    return object;
}

int usage(const std::string& message)
{
    return usageError("train", message);
}

bool parseNumber(const std::string& text, double& out)
{
    char* end = nullptr;
    out = std::strtod(text.c_str(), &end);
    return !text.empty() && end && *end == '\0' && std::isfinite(out);
}

}  // namespace

OptionSpec trainOptions()
{
    return withImportOptions(
        {{"json"}, {"target", "model", "param", "cv", "repeats", "test-size", "seed", "features"}});
}

int runTrain(const CliArgs& args)
{
    if (args.positionals.size() != 1) return usage("expected one FILE to train on");
    if (!args.has("model")) return usage("--model KIND is required (see 'mlwb-cli models')");
    const core::ml::ModelKind* kind = core::ml::ModelRegistry::instance().find(args.value("model"));
    const bool unsupervised = kind && kind->unsupervised();
    if (!args.has("target") && !unsupervised)
        return usage(
            "--target COLUMN is required (only clustering and decomposition models such as kmeans and pca "
            "run without)");
    if (args.has("cv") && args.has("test-size")) return usage("give either --cv K or --test-size F, not both");

    core::ExperimentSpec spec;
    if (args.has("target")) spec.target = args.value("target");
    spec.modelKind = args.value("model");
    spec.params = args.all("param");
    if (args.has("features")) spec.features = core::splitString(args.value("features"), ',');
    double number = 0;
    if (args.has("cv")) {
        if (!parseNumber(args.value("cv"), number) || number != std::floor(number) || number < 2 || number > 1000)
            return usage("--cv must be a whole number of folds, at least 2, got '" + args.value("cv") + "'");
        spec.folds = static_cast<int>(number);
    }
    if (args.has("repeats")) {
        if (!args.has("cv")) return usage("--repeats needs --cv K");
        if (!parseNumber(args.value("repeats"), number) || number != std::floor(number) || number < 1 || number > 100)
            return usage("--repeats must be a whole number from 1 to 100, got '" + args.value("repeats") + "'");
        spec.repeats = static_cast<int>(number);
    }
    if (args.has("test-size")) {
        if (!parseNumber(args.value("test-size"), number) || number <= 0 || number >= 1)
            return usage("--test-size must be a share of the rows between 0 and 1, got '" + args.value("test-size") +
                         "'");
        spec.testFraction = number;
    }
    if (args.has("seed")) {
        if (!parseNumber(args.value("seed"), number) || number < 0 || number != std::floor(number))
            return usage("--seed must be a whole number >= 0, got '" + args.value("seed") + "'");
        spec.seed = static_cast<uint64_t>(number);
    }

    ProgressLine progress(currentJob());
    int exitCode = kExitOk;
    const auto imported = importDataFile(args, exitCode);
    if (!imported) return exitCode;
    setActivity("training " + spec.modelKind + " on " + args.positionals.front());
    auto result = core::runExperiment(*imported->table, spec, currentJob());
    progress.stop();
    if (!result.isOk()) return fail(result.status());

    QJsonObject object;
    object["model"] = QString::fromStdString(result->modelKind);
    object["task"] = core::ml::taskName(result->task);
    object["rows"] = static_cast<qint64>(result->rows);
    object["features"] = static_cast<qint64>(result->features);
    object["metrics"] = metricsToJson(result->metrics);
    const auto& unsup = result->unsupervised;
    if (result->task == core::ml::Task::Clustering) {
        QJsonArray sizes;
        for (int64_t size : unsup.clusterSizes) sizes.append(static_cast<qint64>(size));
        object["cluster_sizes"] = sizes;
        object["silhouette_rows"] = static_cast<qint64>(unsup.silhouetteRows);
    } else if (result->task == core::ml::Task::Decomposition) {
        QJsonArray ratios, cumulative;
        double sum = 0;
        for (double ratio : unsup.explainedVarianceRatio) {
            ratios.append(jsonNumber(ratio));
            cumulative.append(jsonNumber(sum += ratio));
        }
        object["explained_variance_ratio"] = ratios;
        object["cumulative_variance_ratio"] = cumulative;
    } else if (result->folds > 0) {
        QJsonObject cv, mean, spread;
        for (const auto& summary : result->cv) {
            mean[QString::fromStdString(summary.name)] = jsonNumber(summary.mean);
            spread[QString::fromStdString(summary.name)] = jsonNumber(summary.std);
        }
        cv["folds"] = result->folds;
        cv["repeats"] = result->repeats;
        cv["mean"] = mean;
        cv["std"] = spread;
        object["cv"] = cv;
    } else {
        object["test_size"] = spec.testFraction;
    }
    if (!result->classNames.empty()) {
        QJsonArray classes;
        for (const auto& name : result->classNames) classes.append(QString::fromStdString(name));
        object["classes"] = classes;
    }
    object["seed"] = static_cast<qint64>(spec.seed);
    object["train_seconds"] = result->trainSeconds;
    std::vector<std::string> allWarnings = imported->warnings;
    if (unsupervised && args.has("test-size"))
        allWarnings.push_back(spec.modelKind + " fits on all rows: --test-size does not apply and was not used");
    allWarnings.insert(allWarnings.end(), result->warnings.begin(), result->warnings.end());
    QJsonArray warnings;
    for (const auto& warning : allWarnings) warnings.append(QString::fromStdString(warning));
    object["warnings"] = warnings;

    if (args.flags.count("json")) {
        std::cout << QJsonDocument(object).toJson(QJsonDocument::Indented).toStdString();
        return kExitOk;
    }
    const std::string scheme = unsupervised        ? "fitted on all rows"
                               : result->folds > 0 ? std::to_string(result->folds) + "-fold cross-validation"
                                                   : "holdout";
    std::printf("%s (%s) on %zu rows, %ld features, %s\n", result->modelKind.c_str(), core::ml::taskName(result->task),
                result->rows, result->features, scheme.c_str());
    for (const auto& metric : result->metrics.metrics) {
        std::printf("  %-18s %.4f", metric.name.c_str(), metric.value);
        for (const auto& summary : result->cv)
            if (summary.name == metric.name) std::printf("  (± %.4f)", summary.std);
        std::printf("\n");
    }
    if (result->task == core::ml::Task::Clustering) {
        if (unsup.silhouetteRows < result->rows)
            std::printf("  (silhouette on a random sample of %zu rows)\n", unsup.silhouetteRows);
        std::printf("  cluster sizes:");
        for (int64_t size : unsup.clusterSizes) std::printf(" %lld", static_cast<long long>(size));
        std::printf("\n");
    }
    double cumulative = 0;
    for (size_t c = 0; c < unsup.explainedVarianceRatio.size(); ++c)
        std::printf("  PC%-3zu variance ratio %.4f  cumulative %.4f\n", c + 1, unsup.explainedVarianceRatio[c],
                    cumulative += unsup.explainedVarianceRatio[c]);
    std::printf("trained in %.3f s\n", result->trainSeconds);
    std::fflush(stdout);  // the results first, then what to watch out for
    printWarnings(allWarnings);
    return kExitOk;
}

OptionSpec modelsOptions()
{
    return {{"json"}, {}};
}

int runModels(const CliArgs& args)
{
    const auto& kinds = core::ml::ModelRegistry::instance().kinds();
    if (args.flags.count("json")) {
        QJsonArray list;
        for (const auto& kind : kinds) {
            QJsonObject object;
            object["name"] = QString::fromStdString(kind.name);
            object["description"] = QString::fromStdString(kind.description);
            object["classification"] = kind.classification;
            object["regression"] = kind.regression;
            object["clustering"] = kind.clustering;
            object["decomposition"] = kind.decomposition;
            QJsonArray params;
            for (const auto& spec : kind.params) {
                QJsonObject param;
                param["name"] = QString::fromStdString(spec.name);
                param["type"] = core::ml::paramTypeName(spec.type);
                param["default"] = QString::fromStdString(spec.defaultValue);
                if (std::isfinite(spec.min)) param["min"] = spec.min;
                if (std::isfinite(spec.max)) param["max"] = spec.max;
                if (!spec.choices.empty()) {
                    QJsonArray choices;
                    for (const auto& choice : spec.choices) choices.append(QString::fromStdString(choice));
                    param["choices"] = choices;
                }
                param["help"] = QString::fromStdString(spec.help);
                params.append(param);
            }
            object["params"] = params;
            list.append(object);
        }
        std::cout << QJsonDocument(QJsonObject{{"models", list}}).toJson(QJsonDocument::Indented).toStdString();
        return kExitOk;
    }
    // Columns as wide as the longest entry ("validation_fraction", "int list"), so they line up.
    int nameWidth = 0, typeWidth = 0;
    for (const auto& kind : kinds)
        for (const auto& spec : kind.params) {
            nameWidth = std::max(nameWidth, static_cast<int>(spec.name.size()));
            typeWidth = std::max(typeWidth, static_cast<int>(std::strlen(core::ml::paramTypeName(spec.type))));
        }
    for (const auto& kind : kinds) {
        std::string tasks;
        for (auto task : {core::ml::Task::Classification, core::ml::Task::Regression, core::ml::Task::Clustering,
                          core::ml::Task::Decomposition})
            if (kind.supports(task)) tasks += (tasks.empty() ? "" : ", ") + std::string(core::ml::taskName(task));
        std::printf("%s (%s): %s\n", kind.name.c_str(), tasks.c_str(), kind.description.c_str());
        for (const auto& spec : kind.params)
            std::printf("    %-*s %-*s default %-8s %s\n", nameWidth, spec.name.c_str(), typeWidth,
                        core::ml::paramTypeName(spec.type), spec.defaultValue.c_str(), spec.help.c_str());
    }
    return kExitOk;
}

}  // namespace mlwb::cli
