// bench_csv_load: times readCsvFile on one file and prints rows, seconds and peak RSS, with
// pandas.read_csv on the same file in the same run when Debian's python3-pandas is present.
// usage: bench_csv_load FILE [--threads N] [--repeat N] [--no-pandas]
#include "core/base/job_context.h"
#include "core/base/thread_pool.h"
#include "core/io/csv/csv_reader.h"
#include "core/io/csv/csv_reader_tuning.h"

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>

namespace {

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;  // Linux reports KiB
}

// pandas in a child process, so its memory is measured on its own.
// Best of `repeat` runs, like the workbench's side: the same protocol on both sides.
void runPandas(const std::string& path, int repeat)
{
    const std::string script =
        "import time, resource, sys\n"
        "import pandas as pd\n"
        "base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024\n"
        "t = float('inf')\n"
        "df = None\n"
        "for _ in range(int(sys.argv[2])):\n"
        "    df = None  # free the previous frame first, so peak memory is that of one load\n"
        "    s = time.perf_counter(); df = pd.read_csv(sys.argv[1]); t = min(t, time.perf_counter() - s)\n"
        "print('pandas.read_csv rows %d seconds %.3f peak_rss_mb %.1f (interpreter+pandas before reading %.1f)' % "
        "(len(df), t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, base))\n";
    const std::string command =
        "/usr/bin/python3 -c \"$MLWB_BENCH_SCRIPT\" '" + path + "' " + std::to_string(repeat) + " 2>/dev/null";
    setenv("MLWB_BENCH_SCRIPT", script.c_str(), 1);
    if (std::system(command.c_str()) != 0) std::printf("pandas: not available\n");
}

}  // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s FILE [--threads N] [--repeat N] [--no-pandas]\n", argv[0]);
        return 2;
    }
    const std::string path = argv[1];
    unsigned threads = 0;
    int repeat = 1;
    bool pandas = true;
    for (int i = 2; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--threads") && i + 1 < argc)
            threads = static_cast<unsigned>(std::atoi(argv[++i]));
        else if (!std::strcmp(argv[i], "--repeat") && i + 1 < argc)
            repeat = std::atoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--no-pandas"))
            pandas = false;
    }
    std::unique_ptr<mlwb::core::ThreadPool> ownPool;
    mlwb::core::CsvReadTuning tuning;
    if (threads > 0) {
        ownPool = std::make_unique<mlwb::core::ThreadPool>(threads);
        tuning.pool = ownPool.get();
    }
    const unsigned usedThreads =
        tuning.pool ? tuning.pool->threadCount() : mlwb::core::ThreadPool::global().threadCount();
    double best = 1e30;
    double bestCpu = 1e30;
    size_t rows = 0, columns = 0;
    for (int r = 0; r < repeat; ++r) {
        mlwb::core::JobContext job;
        const double cpuStart = cpuSeconds();
        const auto start = std::chrono::steady_clock::now();
        auto result = mlwb::core::readCsvFileTuned(path, mlwb::core::ImportOptions{}, job, tuning);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (!result.isOk()) {
            std::fprintf(stderr, "%s\n", result.status().toString().c_str());
            return 1;
        }
        rows = result->table->rowCount();
        columns = result->table->columnCount();
        best = std::min(best, seconds);
        bestCpu = std::min(bestCpu, cpuSeconds() - cpuStart);
    }
    std::printf("mlwb readCsvFile rows %zu columns %zu seconds %.3f cpu_seconds %.3f peak_rss_mb %.1f threads %u\n",
                rows, columns, best, bestCpu, peakRssMb(), usedThreads);
    std::fflush(stdout);
    if (pandas) runPandas(path, repeat);
    return 0;
}
