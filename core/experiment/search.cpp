#include "core/experiment/search.h"

#include "core/base/text.h"
#include "core/base/thread_pool.h"
#include "core/experiment/fold_data.h"
#include "core/ml/registry.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <mutex>
#include <optional>
#include <set>

#if __has_include(<unistd.h>)
#include <unistd.h>
#endif

namespace mlwb::core {

namespace {

constexpr std::string_view kClassificationMetrics[] = {metric::kAccuracy,
                                                       metric::kBalancedAccuracy,
                                                       metric::kPrecisionMacro,
                                                       metric::kRecallMacro,
                                                       metric::kF1Macro,
                                                       metric::kPrecisionWeighted,
                                                       metric::kRecallWeighted,
                                                       metric::kF1Weighted,
                                                       metric::kRocAuc,
                                                       metric::kPrAuc,
                                                       metric::kLogLoss,
                                                       metric::kBrier,
                                                       metric::kMcc};
constexpr std::string_view kRegressionMetrics[] = {metric::kR2, metric::kRmse, metric::kMae, metric::kMape};

template <size_t N>
bool contains(const std::string_view (&names)[N], std::string_view name)
{
    return std::find(std::begin(names), std::end(names), name) != std::end(names);
}

template <size_t N>
std::string joinNames(const std::string_view (&names)[N])
{
    std::string out;
    for (auto name : names) {
        if (!out.empty()) out += ", ";
        out += name;
    }
    return out;
}

// What one (candidate, fold) pair produced.
struct PairOutcome {
    std::optional<MetricSet> metrics;
    Status error;
    double seconds = 0;
    std::vector<std::string> warnings;
};

// Best first. A NaN score (the metric undefined in every fold) ranks after real scores,
// failed candidates after those; equal scores keep generation order.
void rank(std::vector<SearchCandidate>& candidates, bool ascending)
{
    const auto group = [](const SearchCandidate& c) { return c.failed() ? 2 : std::isnan(c.score) ? 1 : 0; };
    std::stable_sort(candidates.begin(), candidates.end(), [&](const SearchCandidate& a, const SearchCandidate& b) {
        if (group(a) != group(b)) return group(a) < group(b);
        if (group(a) == 0 && a.score != b.score) return ascending ? a.score < b.score : a.score > b.score;
        return a.index < b.index;
    });
}

// Folds [first, last) prepared in parallel; the first failing fold (by index) explains.
Result<std::vector<FoldData>> prepareFolds(const Table& table, const ExperimentSpec& spec,
                                           const std::vector<Fold>& folds, size_t first, size_t last, ml::Task task,
                                           JobContext& job)
{
    const size_t count = last - first;
    std::vector<std::optional<Result<FoldData>>> prepared(count);
    std::mutex progressMutex;
    size_t done = 0;
    ThreadPool::global().parallelFor(count, [&](size_t i) {
        if (job.isCancelled()) return;
        prepared[i].emplace(prepareFold(table, spec, folds[first + i], task));
        std::lock_guard lock(progressMutex);
        ++done;
        job.setProgress(static_cast<double>(done) / static_cast<double>(count),
                        trf("Preparing fold {} of {}", first + done, folds.size()));
    });
    if (job.isCancelled()) return Status::cancelled();
    std::vector<FoldData> out;
    out.reserve(count);
    for (size_t i = 0; i < count; ++i) {
        if (!prepared[i]->isOk())
            return prepared[i]->status().withContext(
                folds.size() > 1 ? trf("fold {} of {}", first + i + 1, folds.size()) : std::string());
        out.push_back(std::move(*prepared[i]).value());
    }
    return out;
}

size_t foldBytes(const FoldData& fold)
{
    return static_cast<size_t>(fold.xTrain.size() + fold.xTest.size() + fold.yTrain.size() + fold.yTest.size()) *
           sizeof(double);
}

// A quarter of the machine's memory: what a search may hold in prepared folds at once.
size_t defaultFoldMemoryBudget()
{
    size_t physical = size_t{8} << 30;  // where the system does not say
#if defined(_SC_PHYS_PAGES) && defined(_SC_PAGE_SIZE)
    const long pages = ::sysconf(_SC_PHYS_PAGES);
    const long pageSize = ::sysconf(_SC_PAGE_SIZE);
    if (pages > 0 && pageSize > 0) physical = static_cast<size_t>(pages) * static_cast<size_t>(pageSize);
#endif
    return physical / 4;
}

}  // namespace

std::string_view defaultScoring(ml::Task task)
{
    return task == ml::Task::Classification ? metric::kAccuracy : metric::kR2;
}

bool lowerIsBetter(std::string_view name)
{
    return name == metric::kLogLoss || name == metric::kBrier || name == metric::kRmse || name == metric::kMae ||
           name == metric::kMape;
}

Status checkScoringName(std::string_view name)
{
    if (contains(kClassificationMetrics, name) || contains(kRegressionMetrics, name)) return Status::ok();
    return Status::invalidArgument(trf("unknown scoring metric {}; classification: {}; regression: {}",
                                       quoteForMessage(name), joinNames(kClassificationMetrics),
                                       joinNames(kRegressionMetrics)));
}

Status checkScoring(std::string_view name, ml::Task task)
{
    MLWB_RETURN_IF_ERROR(checkScoringName(name));
    const bool classification = task == ml::Task::Classification;
    if (classification ? contains(kClassificationMetrics, name) : contains(kRegressionMetrics, name))
        return Status::ok();
    return Status::invalidArgument(
        trf("scoring metric {} is not a {} metric; use one of {}", quoteForMessage(name), ml::taskDisplayName(task),
            classification ? joinNames(kClassificationMetrics) : joinNames(kRegressionMetrics)));
}

Result<SearchResult> runSearch(const Table& table, const SearchSpec& spec, JobContext& job)
{
    const auto started = std::chrono::steady_clock::now();
    const ExperimentSpec& base = spec.base;
    const auto& registry = ml::ModelRegistry::instance();

    // Everything that needs no training is checked first, so a typo fails in a second.
    MLWB_RETURN_IF_ERROR(checkExperimentSpec(table, base));
    const ml::ModelKind& kind = *registry.find(base.modelKind);
    auto fixed = ml::ParamValues::parse(kind.params, base.params, kind.name);
    if (!fixed.isOk()) return fixed.status();
    auto space = parseSearchSpace(kind, spec.space);
    if (!space.isOk()) return space.status();
    for (const auto& range : *space)
        if (fixed->isExplicit(range.spec.name))
            return Status::invalidArgument(
                trf("parameter \"{}\" is both fixed and searched; give it once", range.spec.name));
    if (!spec.scoring.empty()) MLWB_RETURN_IF_ERROR(checkScoringName(spec.scoring));
    auto candidates =
        spec.mode == SearchMode::Grid ? gridCandidates(*space) : randomCandidates(*space, spec.iterations, base.seed);
    if (!candidates.isOk()) return candidates.status();

    auto plan = planSplits(table, base);
    if (!plan.isOk()) return plan.status();
    MLWB_RETURN_IF_ERROR(registry.checkTask(kind, plan->task));
    const std::string scoring = spec.scoring.empty() ? std::string(defaultScoring(plan->task)) : spec.scoring;
    MLWB_RETURN_IF_ERROR(checkScoring(scoring, plan->task));

    SearchResult result;
    result.task = plan->task;
    result.modelKind = kind.name;
    result.mode = spec.mode;
    result.scoring = scoring;
    result.lowerIsBetter = lowerIsBetter(scoring);
    result.rows = table.rowCount();
    result.folds = base.folds >= 2 ? base.folds : 0;
    result.repeats = base.folds >= 2 ? base.repeats : 1;
    result.classNames = plan->classNames;
    if (spec.mode == SearchMode::Random && candidates->size() < static_cast<size_t>(spec.iterations))
        result.warnings.push_back(
            trf("The space holds only {} distinct candidates, fewer than the {} asked for; each "
                "is tried once.",
                candidates->size(), spec.iterations));

    // Preparing the folds is a small share of the work next to training every candidate.
    // Fold 1 alone first: its size tells whether every fold fits in memory at once.
    constexpr double kPrepareShare = 0.05;
    const size_t foldCount = plan->folds.size();
    JobContext preparing = job.subRange(0.0, kPrepareShare);
    auto firstFold = prepareFolds(table, base, plan->folds, 0, 1, plan->task, preparing);
    if (!firstFold.isOk()) return firstFold.status();
    const size_t budget = spec.foldMemoryBudget ? spec.foldMemoryBudget : defaultFoldMemoryBudget();
    const bool allFoldsAtOnce = foldBytes(firstFold->front()) * foldCount <= budget;
    std::vector<FoldData> folds = std::move(firstFold).value();
    if (allFoldsAtOnce && foldCount > 1) {
        auto rest = prepareFolds(table, base, plan->folds, 1, foldCount, plan->task, preparing);
        if (!rest.isOk()) return rest.status();
        for (auto& fold : *rest) folds.push_back(std::move(fold));
    }
    std::set<std::string> seenWarnings;
    for (const auto& warning : plan->warnings)
        if (seenWarnings.insert(warning).second) result.warnings.push_back(warning);
    auto collectWarnings = [&](const FoldData& fold) {
        for (const auto& warning : fold.warnings)
            if (seenWarnings.insert(warning).second) result.warnings.push_back(warning);
        result.features = fold.features;
    };
    for (const auto& fold : folds) collectWarnings(fold);

    const size_t candidateCount = candidates->size();
    const size_t pairCount = candidateCount * foldCount;
    std::vector<PairOutcome> pairs(pairCount);
    // The lowest failed fold of each candidate. Only later folds are skipped, so the error
    // reported is the same whichever order the threads ran the pairs in.
    std::vector<std::atomic<size_t>> firstFailure(candidateCount);
    for (auto& failure : firstFailure) failure.store(foldCount);
    JobContext training = job.subRange(kPrepareShare, 1.0);
    std::mutex progressMutex;
    size_t finished = 0;
    auto runPair = [&](size_t c, size_t f, const FoldData& fold) {
        if (job.isCancelled() || firstFailure[c].load() < f) return;
        std::vector<std::string> params = base.params;
        params.insert(params.end(), (*candidates)[c].begin(), (*candidates)[c].end());
        // Pairs run side by side: their own progress would make the bar jump, so each gets a
        // context that only hears cancellation, and this loop reports finished pairs.
        JobContext pairJob = job.withOwnProgress();
        PairOutcome& outcome = pairs[c * foldCount + f];
        const auto start = std::chrono::steady_clock::now();
        auto model = registry.train(kind.name, fold.xTrain, fold.yTrain, fold.target, params, base.seed, pairJob);
        outcome.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (model.isOk()) {
            outcome.warnings = (*model)->warnings();
            auto evaluation = evaluateOnFold(**model, fold);
            if (evaluation.isOk())
                outcome.metrics = std::move(evaluation->metrics);
            else
                outcome.error = evaluation.status();
        } else {
            outcome.error = model.status();
        }
        if (!outcome.error.isOk()) {
            if (outcome.error.isCancelled()) return;
            size_t current = firstFailure[c].load();
            while (f < current && !firstFailure[c].compare_exchange_weak(current, f)) {}
        }
        std::lock_guard lock(progressMutex);
        ++finished;
        training.setProgress(static_cast<double>(finished) / static_cast<double>(pairCount),
                             trf("Candidate {} of {}, fold {} of {}", c + 1, candidateCount, f + 1, foldCount));
    };
    if (allFoldsAtOnce) {
        // Pair p is candidate p / F on fold p % F: a candidate's folds run close together, and
        // a failed fold lets its candidate's later folds be skipped.
        ThreadPool::global().parallelFor(
            pairCount, [&](size_t p) { runPair(p / foldCount, p % foldCount, folds[p % foldCount]); });
    } else {
        // The folds do not all fit in memory: one at a time, every candidate on it, then the
        // next. The same pairs run, so the results are the same.
        for (size_t f = 0; f < foldCount; ++f) {
            if (f > 0) {
                folds.clear();
                JobContext quiet = job.withOwnProgress();  // the pairs' progress goes on
                auto next = prepareFolds(table, base, plan->folds, f, f + 1, plan->task, quiet);
                if (!next.isOk()) return next.status();
                folds = std::move(next).value();
                collectWarnings(folds.front());
            }
            ThreadPool::global().parallelFor(candidateCount, [&](size_t c) { runPair(c, f, folds.front()); });
            if (job.isCancelled()) break;
        }
    }
    if (job.isCancelled()) return Status::cancelled();

    result.leaderboard.reserve(candidateCount);
    for (size_t c = 0; c < candidateCount; ++c) {
        SearchCandidate candidate;
        candidate.index = c;
        candidate.params = (*candidates)[c];
        std::vector<MetricSet> perFold;
        std::set<std::string> seen;
        for (size_t f = 0; f < foldCount; ++f) {
            const PairOutcome& outcome = pairs[c * foldCount + f];
            candidate.fitSeconds += outcome.seconds;
            for (const auto& warning : outcome.warnings)
                if (seen.insert(warning).second) candidate.warnings.push_back(warning);
            if (outcome.metrics) perFold.push_back(*outcome.metrics);
        }
        const size_t failedFold = firstFailure[c].load();
        if (failedFold < foldCount) {
            candidate.error = pairs[c * foldCount + failedFold].error.withContext(
                foldCount > 1 ? trf("fold {} of {}", failedFold + 1, foldCount) : std::string());
        } else {
            candidate.metrics = averageMetricSets(perFold);
            for (const auto& summary : candidate.metrics) {
                if (summary.name != scoring) continue;
                candidate.score = summary.mean;
                candidate.scoreStd = summary.std;
            }
        }
        result.leaderboard.push_back(std::move(candidate));
    }
    rank(result.leaderboard, result.lowerIsBetter);
    const SearchCandidate& best = result.leaderboard.front();
    // Every candidate failing is a problem with the data or the spec, not with a value.
    if (best.failed()) return best.error;
    result.bestParams = base.params;
    result.bestParams.insert(result.bestParams.end(), best.params.begin(), best.params.end());
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    job.setProgress(1.0);
    return result;
}

}  // namespace mlwb::core
