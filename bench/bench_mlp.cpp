// Times the "mlp" kind's training on num_200000.csv (20 float features, 0/1 label y) against
// bench/mlp_anchor.py: MLPClassifier(hidden_layer_sizes=(100,), max_iter=20, random_state=0)
// behind a StandardScaler, 25% held out, fit time best of REPEATS, ROC AUC on the held-out rows.
//
// usage: bench_mlp [CSV] [REPEATS] [MAX_ITER]   -> one JSON line
// CSV defaults to /tmp/mlwb-b200/num_200000.csv (made by /work/shared/bench/gen_data.py).
#include "core/base/job_context.h"
#include "core/base/thread_pool.h"
#include "core/eval/metrics.h"
#include "core/eval/splits.h"
#include "core/io/csv/csv_reader.h"
#include "core/ml/features.h"
#include "core/ml/mlp/mlp_model.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using namespace mlwb::core;

namespace {

[[noreturn]] void fail(const Status& status)
{
    std::fprintf(stderr, "%s\n", status.toString().c_str());
    std::exit(1);
}

}  // namespace

int main(int argc, char** argv)
{
    const std::string path = argc > 1 ? argv[1] : "/tmp/mlwb-b200/num_200000.csv";
    const int repeats = argc > 2 ? std::atoi(argv[2]) : 3;
    const int maxIter = argc > 3 ? std::atoi(argv[3]) : 20;

    JobContext job;
    auto loaded = readCsvFile(path, ImportOptions{}, job);
    if (!loaded.isOk()) fail(loaded.status());
    const Table& table = *loaded->table;
    auto fold = holdout(table.rowCount(), 0.25, 0);
    if (!fold.isOk()) fail(fold.status());
    const std::vector<size_t> trainRows(fold->train.begin(), fold->train.end());
    const std::vector<size_t> testRows(fold->test.begin(), fold->test.end());
    ml::FeatureOptions options;
    options.task = ml::Task::Classification;
    auto prep = ml::FeaturePrep::fit(table, "y", {}, trainRows, options);
    if (!prep.isOk()) fail(prep.status());
    auto Xtrain = prep->transform(table, trainRows);
    auto ytrain = prep->transformTarget(table, trainRows);
    auto Xtest = prep->transform(table, testRows);
    auto ytest = prep->transformTarget(table, testRows);
    if (!Xtrain.isOk() || !ytrain.isOk() || !Xtest.isOk() || !ytest.isOk()) fail(Status::internal("transform"));

    ml::MlpParams params;
    params.hiddenLayerSizes = {100};
    params.maxIter = maxIter;
    double best = 1e30;
    std::unique_ptr<ml::MlpModel> model;
    for (int r = 0; r < repeats; ++r) {
        JobContext ctx;
        const auto start = std::chrono::steady_clock::now();
        auto trained = ml::trainMlp(*Xtrain, *ytrain, {ml::Task::Classification, 2}, params, 0, ctx);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (!trained.isOk()) fail(trained.status());
        best = std::min(best, seconds);
        model = std::move(trained).value();
    }
    auto proba = model->predictProba(*Xtest);
    if (!proba.isOk()) fail(proba.status());
    std::vector<int32_t> labels(static_cast<size_t>(ytest->size()));
    for (size_t i = 0; i < labels.size(); ++i) labels[i] = static_cast<int32_t>((*ytest)[Eigen::Index(i)]);
    const Eigen::VectorXd positive = proba->col(1);
    const double auc = rocAuc(labels, std::span<const double>(positive.data(), size_t(positive.size())));
    const Eigen::VectorXd predicted = *model->predict(*Xtest);
    const double accuracy = (predicted.array() == ytest->array()).cast<double>().mean();
    std::printf(
        "{\"task\": \"train:mlp100\", \"tool\": \"mlwb\", \"rows\": %lld, \"threads\": %u, \"max_iter\": %d, "
        "\"epochs\": %d, \"seconds\": %.3f, \"auc\": %.4f, \"acc\": %.4f}\n",
        static_cast<long long>(Xtrain->rows()), ThreadPool::global().threadCount(), maxIter, model->epochs(), best, auc,
        accuracy);
    return 0;
}
