// Times profileTable() on a generated table shaped like /work/shared/bench cls_1000000.csv:
// 20 float64 features (1% missing in f1, f5, f9), categorical city/plan/channel (1% missing in
// city and plan) and a text label y. Generated in-process with a fixed seed.
//
// usage: bench_profile [ROWS] [REPEATS]   -> one JSON line per variant (best of REPEATS)
// Compare with bench/profile_anchor.py (pandas) on the same machine, in the same run.
#include "core/base/job_context.h"
#include "core/base/thread_pool.h"
#include "core/data/column.h"
#include "core/data/table.h"
#include "core/io/csv/csv_reader.h"
#include "core/stats/profile.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <mutex>
#include <random>
#include <string>
#include <vector>

using namespace mlwb::core;

namespace {

// Six significant digits, like the "%.6g" the CSV generator writes and a reader parses back.
double roundSignificant(double v)
{
    if (v == 0.0 || !std::isfinite(v)) return v;
    const double scale = std::pow(10.0, 5 - std::floor(std::log10(std::fabs(v))));
    return std::nearbyint(v * scale) / scale;
}

std::vector<uint64_t> validityWithMissing(size_t rows, double fraction, std::mt19937_64& rng)
{
    std::vector<uint64_t> bits((rows + 63) / 64, 0);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    for (size_t r = 0; r < rows; ++r) {
        if (u(rng) >= fraction) bits[r >> 6] |= uint64_t{1} << (r & 63);
    }
    return bits;
}

TablePtr makeTable(size_t rows)
{
    std::mt19937_64 rng(7);
    std::normal_distribution<double> normal(0.0, 1.0);
    std::vector<ColumnPtr> columns;
    // Correlated features: 10 latent factors mixed into 20 columns.
    constexpr size_t kLatent = 10;
    std::vector<std::vector<double>> latent(kLatent, std::vector<double>(rows));
    for (auto& factor : latent)
        for (double& v : factor) v = normal(rng);
    std::uniform_real_distribution<double> weight(-1.0, 1.0);
    for (size_t f = 0; f < 20; ++f) {
        std::vector<double> w(kLatent);
        for (double& x : w) x = weight(rng);
        std::vector<double> values(rows);
        for (size_t r = 0; r < rows; ++r) {
            double v = 0.3 * normal(rng);
            for (size_t k = 0; k < kLatent; ++k) v += w[k] * latent[k][r];
            values[r] = roundSignificant(v);
        }
        std::vector<uint64_t> validity;
        if (f == 1 || f == 5 || f == 9) validity = validityWithMissing(rows, 0.01, rng);
        columns.push_back(Column::fromFloat64("f" + std::to_string(f), std::move(values), std::move(validity)));
    }
    const std::vector<std::pair<std::string, std::vector<std::string>>> cats = {
        {"city", {"Seoul", "Busan", "Incheon", "Daegu", "Daejeon", "Gwangju"}},
        {"plan", {"free", "basic", "pro", "enterprise"}},
        {"channel", {"web", "mobile", "store"}}};
    for (size_t c = 0; c < cats.size(); ++c) {
        std::uniform_int_distribution<int32_t> pick(0, static_cast<int32_t>(cats[c].second.size()) - 1);
        std::vector<int32_t> codes(rows);
        for (auto& code : codes) code = pick(rng);
        std::vector<uint64_t> validity;
        if (c < 2) {
            validity = validityWithMissing(rows, 0.01, rng);
            for (size_t r = 0; r < rows; ++r)
                if (!((validity[r >> 6] >> (r & 63)) & 1u)) codes[r] = -1;
        }
        columns.push_back(
            Column::fromCategorical(cats[c].first, std::move(codes), cats[c].second, std::move(validity)));
    }
    std::vector<uint64_t> offsets{0};
    std::string chars;
    std::bernoulli_distribution churn(0.5);
    for (size_t r = 0; r < rows; ++r) {
        chars += churn(rng) ? "churn" : "stay";
        offsets.push_back(chars.size());
    }
    columns.push_back(Column::fromText("y", std::move(offsets), std::move(chars)));
    auto table = Table::make(std::move(columns));
    if (!table.isOk()) {
        std::fprintf(stderr, "%s\n", table.status().toString().c_str());
        std::exit(1);
    }
    return *table;
}

struct Timing {
    double total = 1e30;
    std::map<std::string, double> phases;  // progress message -> seconds until the next one
};

// Best of `repeats`; phases are timed from the progress messages the profile reports.
Timing timeProfile(const Table& table, const ProfileOptions& options, int repeats)
{
    Timing best;
    for (int i = 0; i < repeats; ++i) {
        JobContext job;
        std::mutex mutex;
        std::vector<std::pair<std::string, double>> marks;
        const auto start = std::chrono::steady_clock::now();
        job.setObserver([&](double, const std::string& message) {
            // "Profiling columns" / "Profiled 3 of 24 columns" -> "columns"; "Computing Pearson ..." -> "Pearson".
            const std::string phase =
                message.rfind("Profil", 0) == 0
                    ? std::string("columns")
                    : message.substr(message.find(' ') + 1,
                                     message.find(' ', message.find(' ') + 1) - message.find(' ') - 1);
            std::lock_guard lock(mutex);
            if (marks.empty() || marks.back().first != phase)
                marks.emplace_back(phase,
                                   std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        });
        auto result = profileTable(table, options, job);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (!result.isOk()) {
            std::fprintf(stderr, "%s\n", result.status().toString().c_str());
            std::exit(1);
        }
        if (seconds < best.total) {
            best.total = seconds;
            best.phases.clear();
            for (size_t m = 0; m < marks.size(); ++m)
                best.phases[marks[m].first] += (m + 1 < marks.size() ? marks[m + 1].second : seconds) - marks[m].second;
        }
    }
    return best;
}

}  // namespace

int main(int argc, char** argv)
{
    // The first argument is a row count (generate a table) or a CSV file (profile what it loads).
    const std::string source = argc > 1 ? argv[1] : "1000000";
    const bool fromFile = !source.empty() && !std::isdigit(static_cast<unsigned char>(source[0]));
    const int repeats = argc > 2 ? std::atoi(argv[2]) : 5;
    const auto genStart = std::chrono::steady_clock::now();
    TablePtr table;
    if (fromFile) {
        JobContext job;
        auto loaded = readCsvFile(source, ImportOptions{}, job);
        if (!loaded.isOk()) {
            std::fprintf(stderr, "%s\n", loaded.status().toString().c_str());
            return 2;
        }
        table = loaded->table;
    } else {
        table = makeTable(std::strtoull(source.c_str(), nullptr, 10));
    }
    const size_t rows = table->rowCount();
    const double genSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - genStart).count();
    std::fprintf(stderr, "generated %zu x %zu in %.2f s, %u threads\n", table->rowCount(), table->columnCount(),
                 genSeconds, ThreadPool::global().threadCount());

    auto run = [&](const char* variant, bool correlations, bool spearman) {
        ProfileOptions options;
        options.correlations = correlations;
        options.spearman = spearman;
        const Timing timing = timeProfile(*table, options, repeats);
        std::printf(
            "{\"task\": \"profile\", \"tool\": \"mlwb\", \"variant\": \"%s\", \"rows\": %zu, "
            "\"threads\": %u, \"seconds\": %.4f, \"phases\": {",
            variant, rows, ThreadPool::global().threadCount(), timing.total);
        const char* separator = "";
        for (const auto& [phase, seconds] : timing.phases) {
            std::printf("%s\"%s\": %.4f", separator, phase.c_str(), seconds);
            separator = ", ";
        }
        std::printf("}}\n");
        std::fflush(stdout);
    };
    const char* only = std::getenv("BENCH_PROFILE_ONLY");  // "spearman": just that variant (for profilers)
    if (!only || std::string(only) != "spearman") {
        run("columns", false, false);
        run("columns+pearson", true, false);
    }
    run("columns+pearson+spearman", true, true);
    return 0;
}
