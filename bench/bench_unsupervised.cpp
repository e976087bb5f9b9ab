// Times the kmeans and pca fits on a CSV with a numeric target column y (dropped), as the
// scikit-learn anchors in /work/shared/bench/anchors.py: KMeans(n_clusters=8, n_init=1,
// random_state=0).fit(X) and PCA(n_components=10).fit(X). The file is read with the
// workbench's CSV reader and prepared with FeaturePrep; only the fits are timed.
//
// usage: bench_unsupervised CSV [REPEATS]   -> one JSON line per task (best of REPEATS)
// bench/unsupervised_anchor.py runs it after timing sklearn on the same file, in the same run.
#include "core/base/job_context.h"
#include "core/base/thread_pool.h"
#include "core/eval/metrics.h"
#include "core/io/csv/csv_reader.h"
#include "core/ml/features.h"
#include "core/ml/kmeans/kmeans_model.h"
#include "core/ml/pca/pca_model.h"

#include <fmt/format.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <string>

using namespace mlwb::core;

namespace {

template <class Fit>
double bestOf(int repeats, Fit&& fit)
{
    double best = std::numeric_limits<double>::infinity();
    for (int r = 0; r < repeats; ++r) {
        const auto start = std::chrono::steady_clock::now();
        fit();
        best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    return best;
}

}  // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_unsupervised CSV [REPEATS]\n");
        return 2;
    }
    const int repeats = argc > 2 ? std::atoi(argv[2]) : 3;
    JobContext job;
    auto loaded = readCsvFile(argv[1], {}, job);
    if (!loaded.isOk()) {
        std::fprintf(stderr, "%s\n", loaded.status().toString().c_str());
        return 1;
    }
    const Table& table = *loaded->table;
    std::vector<std::string> features;
    for (const auto& name : table.columnNames())
        if (name != "y") features.push_back(name);
    ml::FeatureOptions options;
    options.task = ml::Task::Clustering;
    auto prep = ml::FeaturePrep::fit(table, "", features, options);
    if (!prep.isOk()) {
        std::fprintf(stderr, "%s\n", prep.status().toString().c_str());
        return 1;
    }
    const ml::Matrix X = *prep->transform(table);
    const unsigned threads = ThreadPool::global().threadCount();

    ml::KMeansParams kmeans;
    kmeans.nClusters = 8;
    kmeans.nInit = 1;
    kmeans.scale = false;  // the anchor clusters the raw features
    std::unique_ptr<ml::KMeansModel> clustered;
    const double kmeansSeconds = bestOf(repeats, [&] {
        JobContext ctx;
        clustered = std::move(ml::trainKMeans(X, kmeans, 0, ctx)).value();
    });
    std::printf(
        "{\"task\": \"fit:kmeans8\", \"tool\": \"mlwb\", \"rows\": %lld, \"features\": %lld, \"threads\": %u, "
        "\"seconds\": %.4f, \"inertia\": %.17g, \"n_iter\": %d}\n",
        static_cast<long long>(X.rows()), static_cast<long long>(X.cols()), threads, kmeansSeconds,
        clustered->trainingInertia(), clustered->iterations());

    // What a GUI or CLI run adds after the fit: the silhouette on its 10,000-row sample.
    const double silhouetteSeconds = bestOf(1, [&] {
        auto score = silhouetteScore(X, clustered->trainingLabels(), 10000, 0);
        std::printf("{\"task\": \"metric:silhouette_sample10000\", \"tool\": \"mlwb\", \"silhouette\": %.6f, ",
                    score.isOk() ? *score : -2.0);
    });
    std::printf("\"seconds\": %.4f}\n", silhouetteSeconds);

    ml::PcaParams pca;
    pca.nComponents = 10;
    std::unique_ptr<ml::PcaModel> decomposed;
    const double pcaSeconds = bestOf(repeats, [&] {
        JobContext ctx;
        decomposed = std::move(ml::fitPca(X, pca, ctx)).value();
    });
    std::string ratios;
    for (Eigen::Index c = 0; c < decomposed->componentCount(); ++c)
        ratios += fmt::format("{}{:.17g}", c ? ", " : "", decomposed->explainedVarianceRatio()[c]);
    std::printf(
        "{\"task\": \"fit:pca10\", \"tool\": \"mlwb\", \"threads\": %u, \"seconds\": %.4f, "
        "\"explained_variance_ratio\": [%s]}\n",
        threads, pcaSeconds, ratios.c_str());
    return 0;
}
