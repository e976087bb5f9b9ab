// Times model training on a benchmark CSV (e.g. /work/shared/bench num_200000.csv) the way
// /work/shared/bench/anchors.py times scikit-learn: a 75/25 split, fit on the 75%, ROC AUC
// and accuracy on the 25%.
//
// usage: bench_models CSV TARGET REPEATS KIND[:NAME=VALUE,...] ... [knn-predict]
//   -> one JSON line per model: {"task":..., "tool":"mlwb", "seconds": best of REPEATS, "auc":..., "acc":...}
// knn-predict times what anchors.py times for k-NN: predicting 10,000 test rows with k=15
// neighbours among the first 50,000 training rows.
#include "core/base/job_context.h"
#include "core/eval/metrics.h"
#include "core/eval/splits.h"
#include "core/io/csv/csv_reader.h"
#include "core/ml/features.h"
#include "core/ml/registry.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>
#include <vector>

using namespace mlwb::core;

namespace {

std::vector<std::string> splitOn(const std::string& text, char separator)
{
    std::vector<std::string> parts;
    size_t start = 0;
    while (start <= text.size()) {
        const size_t end = text.find(separator, start);
        parts.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos) break;
        start = end + 1;
    }
    return parts;
}

// CPU time of the whole process: on a busy machine a steadier measure of work than wall time.
double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

int fail(const Status& status)
{
    std::fprintf(stderr, "%s\n", status.message().c_str());
    return 2;
}

int timeKnnPredict(const Table& table, const std::string& target, const std::vector<size_t>& trainRows,
                   const std::vector<size_t>& testRows, int repeats)
{
    const std::vector<size_t> fitRows(trainRows.begin(), trainRows.begin() + std::min<size_t>(50000, trainRows.size()));
    const std::vector<size_t> queryRows(testRows.begin(), testRows.begin() + std::min<size_t>(10000, testRows.size()));
    auto prep = ml::FeaturePrep::fit(table, target, {}, fitRows);
    if (!prep.isOk()) return fail(prep.status());
    auto x = prep->transform(table, fitRows);
    auto y = prep->transformTarget(table, fitRows);
    auto queries = prep->transform(table, queryRows);
    if (!x.isOk() || !y.isOk() || !queries.isOk()) return fail(Status::invalidArgument("prep"));
    JobContext job;
    auto model =
        ml::ModelRegistry::instance().train("knn", *x, *y, {prep->task(), prep->classCount()},
                                            {"n_neighbors=15", "scale=false"}, 0, job);  // the anchor: raw features
    if (!model.isOk()) return fail(model.status());
    double best = 1e300;
    for (int r = 0; r < repeats; ++r) {
        const auto start = std::chrono::steady_clock::now();
        auto predicted = (*model)->predict(*queries);
        if (!predicted.isOk()) return fail(predicted.status());
        best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    std::printf("{\"task\": \"predict:knn15_50k_10k\", \"tool\": \"mlwb\", \"seconds\": %.3f}\n", best);
    std::fflush(stdout);
    return 0;
}

}  // namespace

int main(int argc, char** argv)
{
    if (argc < 5) {
        std::fprintf(stderr, "usage: bench_models CSV TARGET REPEATS KIND[:NAME=VALUE,...] ...\n");
        return 2;
    }
    JobContext job;
    auto loaded = readCsvFile(argv[1], ImportOptions{}, job);
    if (!loaded.isOk()) return fail(loaded.status());
    const Table& table = *loaded->table;
    const std::string target = argv[2];
    const int repeats = std::max(1, std::atoi(argv[3]));

    auto split = holdout(table.rowCount(), 0.25, 0);
    if (!split.isOk()) return fail(split.status());
    const std::vector<size_t> trainRows(split->train.begin(), split->train.end());
    const std::vector<size_t> testRows(split->test.begin(), split->test.end());

    for (int a = 4; a < argc; ++a) {
        const std::string spec = argv[a];
        if (spec == "knn-predict") {
            const int status = timeKnnPredict(table, target, trainRows, testRows, repeats);
            if (status != 0) return status;
            continue;
        }
        const size_t colon = spec.find(':');
        const std::string kindName = spec.substr(0, colon);
        std::vector<std::string> params;
        if (colon != std::string::npos) params = splitOn(spec.substr(colon + 1), ',');
        const ml::ModelKind* kind = ml::ModelRegistry::instance().find(kindName);
        if (!kind) return fail(Status::invalidArgument("unknown model " + kindName));

        ml::FeatureOptions options;
        options.nativeEncoding = kind->nativeFeatures;
        auto prep = ml::FeaturePrep::fit(table, target, {}, trainRows, options);
        if (!prep.isOk()) return fail(prep.status());
        auto xTrain = prep->transform(table, trainRows);
        auto yTrain = prep->transformTarget(table, trainRows);
        auto xTest = prep->transform(table, testRows);
        auto yTest = prep->transformTarget(table, testRows);
        if (!xTrain.isOk() || !yTrain.isOk() || !xTest.isOk() || !yTest.isOk())
            return fail(Status::invalidArgument("prep"));
        const ml::TargetInfo info{prep->task(), prep->classCount(), prep->categoryCounts()};

        double best = 1e300, bestCpu = 1e300;
        double auc = 0, accuracy = 0;
        for (int r = 0; r < repeats; ++r) {
            const auto start = std::chrono::steady_clock::now();
            const double cpuStart = cpuSeconds();
            auto model = ml::ModelRegistry::instance().train(kindName, *xTrain, *yTrain, info, params, 0, job);
            const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            if (!model.isOk()) return fail(model.status());
            best = std::min(best, seconds);
            bestCpu = std::min(bestCpu, cpuSeconds() - cpuStart);
            if (r > 0) continue;
            auto proba = (*model)->predictProba(*xTest);
            auto predicted = (*model)->predict(*xTest);
            if (!proba.isOk() || !predicted.isOk()) return fail(Status::invalidArgument("predict"));
            std::vector<int32_t> truth(static_cast<size_t>(yTest->size()));
            std::vector<double> scores(truth.size());
            size_t correct = 0;
            for (size_t i = 0; i < truth.size(); ++i) {
                const auto row = static_cast<Eigen::Index>(i);
                truth[i] = static_cast<int32_t>((*yTest)[row]);
                scores[i] = (*proba)(row, proba->cols() - 1);
                correct += (*predicted)[row] == (*yTest)[row] ? 1 : 0;
            }
            auc = proba->cols() == 2 ? rocAuc(truth, scores) : rocAucOvr(truth, *proba);
            accuracy = static_cast<double>(correct) / static_cast<double>(truth.size());
        }
        std::printf(
            "{\"task\": \"train:%s\", \"tool\": \"mlwb\", \"seconds\": %.3f, \"cpu_seconds\": %.3f, \"auc\": %.4f, "
            "\"acc\": %.4f}\n",
            spec.c_str(), best, bestCpu, auc, accuracy);
        std::fflush(stdout);
    }
    return 0;
}
